import type { z } from 'zod';
import { channels, events } from './channels';
import type { ApiResult } from './result';

export { channels, events } from './channels';
export { channel, type ChannelSpec } from './define';
export { ApiError, ApiErrorInfo, type ApiResult } from './result';

export type Channel = keyof typeof channels;
export type EventName = keyof typeof events;

export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof channels)[C]['response']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const channelNames = Object.keys(channels) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(channels, name);
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.hasOwn(events, name);

/**
 * What the preload (Electron) or the browser bridge installs as `window.api`: untyped at the
 * boundary, typed by renderer/api. Calls resolve to envelopes, never reject for app errors.
 */
export interface BridgeApi {
  invoke(channel: string, payload?: unknown): Promise<ApiResult<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
