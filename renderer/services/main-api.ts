import type {
  Channel,
  EventName,
  EventPayload,
  RequestOf,
  ResponseOf,
} from '../../shared/contract';

type RequestArgs<C extends Channel> = RequestOf<C> extends undefined ? [] : [RequestOf<C>];

/**
 * What the views need from renderer/api: the typed `invoke` and `on`. Views receive it through
 * context, so tests can hand in a stand-in for main without touching the real bridge.
 */
export interface MainApi {
  invoke<C extends Channel>(channel: C, ...request: RequestArgs<C>): Promise<ResponseOf<C>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
