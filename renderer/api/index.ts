import {
  ApiError,
  type BridgeApi,
  type Channel,
  type EventName,
  type EventPayload,
  type RequestOf,
  type ResponseOf,
} from '../../shared/contract';
import {
  connectBrowserBridge,
  forgetBridgeToken,
  MissingBridgeTokenError,
  reloadOnNewToken,
  takeBridgeToken,
} from './browser-bridge';

declare global {
  interface Window {
    /** Installed by the Electron preload, or by the browser bridge below. */
    api?: BridgeApi;
  }
}

export { MissingBridgeTokenError };

let bridge: BridgeApi | undefined;

/**
 * Resolves once main can be reached: at once in Electron (the preload already installed
 * `window.api`), after the WebSocket opens in a browser.
 */
export const connectApi = async (): Promise<void> => {
  if (bridge) return;
  if (window.api) {
    bridge = window.api;
    return;
  }
  reloadOnNewToken();
  const token = takeBridgeToken();
  if (!token) throw new MissingBridgeTokenError();
  try {
    bridge = await connectBrowserBridge(token);
  } catch {
    // The page loaded, so the host runs: it refused this tab's secret, which belongs to an
    // earlier run. Only the link the current run printed can help.
    forgetBridgeToken();
    throw new MissingBridgeTokenError();
  }
  window.api = bridge;
};

const current = (): BridgeApi => {
  if (!bridge) throw new Error('connectApi() must finish before the console calls main.');
  return bridge;
};

type Args<C extends Channel> = RequestOf<C> extends undefined ? [] : [RequestOf<C>];

/** The renderer's only way to main: typed by the contract in shared/. */
export const api = {
  async invoke<C extends Channel>(channel: C, ...request: Args<C>): Promise<ResponseOf<C>> {
    const result = await current().invoke(channel, request[0]);
    if (!result.ok) throw new ApiError(result.error);
    return result.value as ResponseOf<C>;
  },
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return current().on(event, (payload) => listener(payload as EventPayload<E>));
  },
};

export type ConsoleApi = typeof api;
