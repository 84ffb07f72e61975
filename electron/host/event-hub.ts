import type { EventName, EventPayload } from '../../shared/contract';

export type HostEventListener = (event: EventName, payload: unknown) => void;

/** Main → renderer notifications, fanned out to every connected front door. */
export class EventHub {
  private readonly listeners = new Set<HostEventListener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  subscribe(listener: HostEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
