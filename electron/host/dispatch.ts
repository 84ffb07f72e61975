import { z } from 'zod';
import {
  channels,
  isChannel,
  type ApiResult,
  type Channel,
  type RequestOf,
  type ResponseOf,
} from '../../shared/contract';
import { errorInfoOf } from './app-error';

/** What a handler knows about who called it (for audit and per-door behaviour). */
export interface CallContext {
  frontDoor: 'electron' | 'browser';
}

export type Handler<C extends Channel> = (
  request: z.output<(typeof channels)[C]['request']>,
  context: CallContext,
) => Promise<ResponseOf<C>> | ResponseOf<C>;

export type Handlers = { [C in Channel]: Handler<C> };

export type Dispatch = (
  channel: string,
  payload: unknown,
  context: CallContext,
) => Promise<ApiResult<unknown>>;

/**
 * The one place every call from either front door passes through: unknown channels and
 * malformed payloads get a clear error envelope instead of reaching (or crashing) a handler.
 */
export const createDispatch = (handlers: Handlers): Dispatch => {
  return async (channelName, payload, context) => {
    if (!isChannel(channelName)) {
      return {
        ok: false,
        error: { code: 'ipc.unknownChannel', message: `Unknown channel "${String(channelName)}".` },
      };
    }
    const spec = channels[channelName];
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'ipc.badPayload',
          message: `Invalid request for "${channelName}": ${z.prettifyError(parsed.error)}`,
        },
      };
    }
    try {
      const handler = handlers[channelName] as Handler<typeof channelName>;
      const value = await handler(parsed.data as never, context);
      // Parse the response as well: zod objects drop unknown keys, so nothing a handler
      // returned beyond the contract (a secret, say) reaches the renderer.
      return { ok: true, value: spec.response.parse(value) };
    } catch (error) {
      return { ok: false, error: errorInfoOf(error) };
    }
  };
};

export type { RequestOf };
