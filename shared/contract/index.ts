import type { z } from 'zod';
import type { channels, events } from './channels';
import type { ApiResult } from './result';

export { channels, events } from './channels';
export { channel, type ChannelSpec } from './define';
export { ApiError, ApiErrorInfo, type ApiResult } from './result';

export type Channel = keyof typeof channels;
export type EventName = keyof typeof events;

export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof channels)[C]['response']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export { channelNames, eventNames, isChannel, isEventName } from './names';

/**
 * What the preload (Electron) or the browser bridge installs as `window.api`: untyped at the
 * boundary, typed by renderer/api. Calls resolve to envelopes, never reject for app errors.
 */
export interface BridgeApi {
  invoke(channel: string, payload?: unknown): Promise<ApiResult<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** The desktop app only: a chosen or dropped file's path on disk, for main to read. */
  pathForFile?(file: unknown): string | undefined;
}
