import type { ApiResult, BridgeApi } from '../../shared/contract';
import { isChannel, isEventName } from '../../shared/contract/names';
import { API_EVENT_CHANNEL, isApiEventMessage } from './api-event';

/** The part of Electron's `webUtils` the bridge uses. */
export interface WebUtilsLike {
  getPathForFile(file: File): string;
}

/** The part of Electron's `ipcRenderer` the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type Listener = (payload: unknown) => void;

/**
 * `window.api` for the sandboxed page, built from the contract's names: only contract channels
 * reach main, only contract events can be subscribed to, and listeners receive the payload
 * alone, never Electron's event object (which would hand the page `sender`).
 */
export const createBridgeApi = (ipc: IpcRendererLike, webUtils?: WebUtilsLike): BridgeApi => {
  const listeners = new Map<string, Set<Listener>>();

  ipc.on(API_EVENT_CHANNEL, (_event, message) => {
    if (!isApiEventMessage(message)) return;
    for (const listener of [...(listeners.get(message.event) ?? [])]) {
      try {
        listener(message.payload);
      } catch (error) {
        // One failing view must not stop the others from hearing the event.
        console.error(`A listener for "${message.event}" failed`, error);
      }
    }
  });

  return {
    /**
     * A chosen or dropped file's path, so main reads a content token itself and the page
     * never holds it (Electron's documented way: webUtils in the preload). Undefined for
     * anything that isn't a file from disk.
     */
    pathForFile: (file) => {
      if (!webUtils) return undefined;
      try {
        // Electron checks it is a File (and throws if not); a file not from disk has no path.
        return webUtils.getPathForFile(file as File) || undefined;
      } catch {
        return undefined;
      }
    },
    invoke: async (channel, payload) => {
      if (!isChannel(channel)) {
        return {
          ok: false,
          error: { code: 'ipc.unknownChannel', message: `Unknown channel "${String(channel)}".` },
        };
      }
      try {
        return (await ipc.invoke(channel, payload)) as ApiResult<unknown>;
      } catch (error) {
        // Main answers with envelopes; a rejection means IPC itself broke (e.g. during quit).
        const reason = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          error: { code: 'ipc.failed', message: `The call to "${channel}" failed: ${reason}` },
        };
      }
    },
    on: (event, listener) => {
      if (!isEventName(event) || typeof listener !== 'function') {
        console.warn(`window.api.on: "${String(event)}" is not an event main sends.`);
        return () => {};
      }
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => {
        set.delete(listener);
      };
    },
  };
};
