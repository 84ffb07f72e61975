import { randomUUID } from 'node:crypto';
import { TaskTally } from './task-tally';
import { APPLE_ERRORS } from '../apple/error-catalogue';
import type { EventType, SandboxEvent } from './sandbox-event';
import type { Location } from '../state/location';

/** The processing of one event; it reports every task to the tally. */
export type EventWork = (tally: TaskTally) => void;

/** Told about every finished event, with what its tasks did (the notifications listen here). */
export type EventFinishedListener = (
  location: Location,
  event: SandboxEvent,
  tally: TaskTally,
) => void;

/**
 * Apple's asynchronous side: a write request returns an eventId at once; the work happens
 * `delayMs` later (PENDING until then) and the event ends COMPLETE, or FAILED if any task
 * failed. Events run in the order they were accepted.
 */
export class EventEngine {
  private readonly queued = new Map<string, { timer: NodeJS.Timeout; run: () => void }>();

  constructor(
    private readonly delayMs: number,
    private readonly now: () => Date,
    private readonly onFinished: EventFinishedListener = () => undefined,
  ) {}

  submit(location: Location, type: EventType, numRequested: number, work: EventWork): SandboxEvent {
    const event: SandboxEvent = {
      eventId: randomUUID(),
      type,
      location: location.key,
      numRequested,
      status: 'PENDING',
      numCompleted: 0,
      failures: [],
      createdAt: this.now(),
    };
    location.events.set(event.eventId, event);
    const run = () => {
      const entry = this.queued.get(event.eventId);
      if (!entry) return;
      clearTimeout(entry.timer);
      this.queued.delete(event.eventId);
      this.process(location, event, work);
    };
    this.queued.set(event.eventId, { timer: setTimeout(run, this.delayMs), run });
    return event;
  }

  /** Processes every pending event now, oldest first (admin/tests: no waiting). */
  flush(): void {
    for (const { run } of [...this.queued.values()]) run();
  }

  get pendingCount(): number {
    return this.queued.size;
  }

  close(): void {
    for (const { timer } of this.queued.values()) clearTimeout(timer);
    this.queued.clear();
  }

  private process(location: Location, event: SandboxEvent, work: EventWork): void {
    const tally = new TaskTally();
    try {
      location.mutate(() => work(tally));
      event.failures = tally.failures();
    } catch (error) {
      // A sandbox bug must still end the event, the way Apple reports an internal error.
      console.error(`VPP sandbox: event ${event.eventId} failed:`, error);
      event.failures = [
        ...tally.failures(),
        { errorNumber: 9603, errorMessage: APPLE_ERRORS[9603].message, errorInfo: {} },
      ];
    }
    event.numCompleted = tally.completed;
    event.status = event.failures.length > 0 ? 'FAILED' : 'COMPLETE';
    event.finishedAt = this.now();
    try {
      this.onFinished(location, event, tally);
    } catch (error) {
      console.error(`VPP sandbox: event ${event.eventId} could not be announced:`, error);
    }
  }
}
