import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  channelNames,
  type ApiResult,
  type EventName,
  type EventPayload,
} from '../../shared/contract';
import { errorInfoOf } from '../host/app-error';
import type { Dispatch } from '../host/dispatch';
import type { Host } from '../host/host';
import { API_EVENT_CHANNEL, type ApiEventMessage } from '../preload/api-event';
import { isSameAppOrigin } from '../security/app-origin';
import { isTrustedSender, type IpcSender } from '../security/policy';
import type { TrustedSenders } from './trusted-senders';

type Log = (message: string) => void;
const defaultLog: Log = (message) => console.warn(`[ipc] ${message}`);

const senderOf = (event: IpcMainInvokeEvent): IpcSender => {
  try {
    const frame = event.senderFrame;
    return {
      webContentsId: event.sender.id,
      frame: frame ? { url: frame.url, isMainFrame: frame.parent === null } : null,
    };
  } catch {
    // A frame that is being torn down can throw on access; it is no trusted sender then.
    return { webContentsId: event.sender.id, frame: null };
  }
};

/**
 * The one binding of the contract to `ipcMain`: every channel first checks who is calling,
 * then goes through the host's dispatcher, which validates the payload against the contract.
 * Answers are always envelopes; nothing a page sends can make a handler throw across IPC.
 * Returns a function that removes the handlers again.
 */
export const handle = (
  dispatch: Dispatch,
  senders: TrustedSenders,
  log: Log = defaultLog,
): (() => void) => {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<ApiResult<unknown>> => {
      const sender = senderOf(event);
      if (!isTrustedSender(sender, senders.ids())) {
        const where = sender.frame?.url || 'a closed frame';
        log(`refused "${channel}" from webContents ${sender.webContentsId} (${where})`);
        return {
          ok: false,
          error: {
            code: 'ipc.untrustedSender',
            message: `Refused "${channel}": the call did not come from the console's own window.`,
          },
        };
      }
      try {
        return await dispatch(channel, payload, { frontDoor: 'electron' });
      } catch (error) {
        return { ok: false, error: errorInfoOf(error) };
      }
    });
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(channel);
  };
};

/**
 * Forwards the host's events to the console's windows on the single `api:event` channel.
 * A trusted window that has navigated away from the console hears nothing.
 */
export const forwardHostEvents = (
  host: Pick<Host, 'subscribe'>,
  senders: TrustedSenders,
): (() => void) =>
  host.subscribe((event, payload) =>
    sendToConsole(senders, event, payload as EventPayload<EventName>),
  );

/** Sends one contract event to the console's windows (those still showing the console). */
export const sendToConsole = (
  senders: TrustedSenders,
  event: EventName,
  payload: EventPayload<EventName>,
): void => {
  const message: ApiEventMessage = { event, payload };
  for (const contents of senders.list()) {
    if (isSameAppOrigin(contents.getURL())) contents.send(API_EVENT_CHANNEL, message);
  }
};
