import type {
  Channel,
  EventName,
  EventPayload,
  RequestOf,
  ResponseOf,
} from '../../../../shared/contract';
import { ApiError } from '../../../../shared/contract';
import type { AppInfo } from '../../../../shared/domain/app-info';
import { Settings } from '../../../../shared/domain/settings';
import type { MainApi } from '../../../../renderer/services/main-api';

/** What a handler may do besides answering: push events, as main does after a change. */
export interface FakeMainContext {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

type Handler<C extends Channel> = (
  request: RequestOf<C>,
  main: FakeMainContext,
) => ResponseOf<C> | Promise<ResponseOf<C>>;

export type FakeMainHandlers = { [C in Channel]?: Handler<C> };

/**
 * A stand-in for main behind the renderer's `MainApi`: handlers per channel and a way to push
 * events (also handed to each handler). Channels without a handler reject the way the real
 * dispatcher does.
 */
export const createFakeMain = (handlers: FakeMainHandlers = {}) => {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: { channel: Channel; request: unknown }[] = [];
  const api: MainApi = {
    invoke: (async (channel: Channel, request?: unknown) => {
      calls.push({ channel, request });
      const handler = handlers[channel] as Handler<Channel> | undefined;
      if (!handler) {
        throw new ApiError({
          code: 'ipc.unknownChannel',
          message: `Unknown channel "${channel}".`,
        });
      }
      return handler(request as never, { emit });
    }) as MainApi['invoke'],
    on: ((event: EventName, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    }) as MainApi['on'],
  };
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  const listenerCount = (event: EventName) => listeners.get(event)?.size ?? 0;
  return { api, emit, calls, listenerCount };
};

export const testAppInfo: AppInfo = {
  name: 'VPP Console',
  version: '0.1.0-test',
  frontDoor: 'browser',
  platform: 'linux',
  systemLocale: 'en-GB',
  appleServiceUrl: 'sandbox',
};

export const defaultSettings = (): Settings => Settings.parse({});
