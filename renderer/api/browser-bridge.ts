import type { ApiResult, BridgeApi } from '../../shared/contract';
import { isEventName } from '../../shared/contract/names';

const TOKEN_KEY = 'vpp-console.bridge-token';
const BRIDGE_PATH = '/bridge';

/** Thrown when the page was opened without the per-run secret `npm run web` printed. */
export class MissingBridgeTokenError extends Error {
  constructor() {
    super('Open the console with the link that "npm run web" printed.');
    this.name = 'MissingBridgeTokenError';
  }
}

/**
 * The browser's stand-in for the Electron preload: the same `window.api`, carried over a
 * loopback WebSocket. The secret arrives in the URL fragment, is kept for this tab only, and
 * is removed from the address bar.
 */
export const takeBridgeToken = (): string | null => {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY);
};

/**
 * Pasting a new run's link into an open tab changes only the fragment, which reloads nothing;
 * take the new secret and start over with it.
 */
export const reloadOnNewToken = (): void => {
  window.addEventListener('hashchange', () => {
    if (new URLSearchParams(location.hash.slice(1)).get('token')) {
      takeBridgeToken();
      location.reload();
    }
  });
};

export const forgetBridgeToken = (): void => sessionStorage.removeItem(TOKEN_KEY);

export const connectBrowserBridge = (token: string): Promise<BridgeApi> => {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  let nextId = 1;
  let socket: WebSocket;

  const open = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${BRIDGE_PATH}?token=${encodeURIComponent(token)}`;
      const ws = new WebSocket(url);
      ws.addEventListener('open', () => {
        socket = ws;
        resolve();
      });
      ws.addEventListener('error', () =>
        reject(new Error('The console’s host did not accept the connection.')),
      );
      ws.addEventListener('message', (message) => onMessage(String(message.data)));
      ws.addEventListener('close', () => {
        for (const [id, settle] of pending) {
          settle({
            ok: false,
            error: {
              code: 'bridge.disconnected',
              message: 'The connection to the console’s host was lost.',
            },
          });
          pending.delete(id);
        }
        window.dispatchEvent(new CustomEvent('vpp-bridge-closed'));
      });
    });

  // As the preload does: a frame that can't be read is dropped, only contract events reach
  // listeners, and one failing listener does not keep the event from the others.
  const onMessage = (text: string) => {
    let frame:
      | { type: 'result'; id: number; result: ApiResult<unknown> }
      | { type: 'event'; event: string; payload: unknown }
      | { type: 'error'; message: string };
    try {
      frame = JSON.parse(text) as typeof frame;
    } catch {
      console.warn('Bridge: dropped a message that is not JSON');
      return;
    }
    if (frame.type === 'result') {
      pending.get(frame.id)?.(frame.result);
      pending.delete(frame.id);
    } else if (frame.type === 'event') {
      if (!isEventName(frame.event)) return;
      for (const listener of [...(listeners.get(frame.event) ?? [])]) {
        try {
          listener(frame.payload);
        } catch (error) {
          console.error(`A listener for "${frame.event}" failed`, error);
        }
      }
    } else {
      console.warn(`Bridge: ${frame.message}`);
    }
  };

  const api: BridgeApi = {
    invoke: (channel, payload) =>
      new Promise((resolve) => {
        if (socket.readyState !== WebSocket.OPEN) {
          resolve({
            ok: false,
            error: {
              code: 'bridge.disconnected',
              message: 'The connection to the console’s host was lost.',
            },
          });
          return;
        }
        const id = nextId++;
        pending.set(id, resolve);
        socket.send(JSON.stringify({ type: 'invoke', id, channel, payload }));
      }),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  return open().then(() => api);
};
