import type { WebSocket } from 'ws';
import { errorInfoOf } from './app-error';
import { ClientFrame, type ServerFrame } from './bridge-protocol';
import type { Host } from './host';

export type Log = (message: string) => void;

/**
 * Serves one browser tab's bridge connection: each frame is an invoke answered with a result.
 * Nothing this connection sends can reach past it: a protocol error (oversize frame, invalid
 * UTF-8, unmasked frame, bad opcode) closes it with the code `ws` picked, and a call that
 * fails in the host is answered with an error envelope.
 */
export const serveBridgeConnection = (ws: WebSocket, host: Host, log: Log): void => {
  // `ws` has already sent the close frame (1002, 1007, 1009…) when it emits this; without a
  // listener the EventEmitter would throw it and end the process.
  ws.on('error', (error) => log(`bridge connection closed: ${error.message}`));
  ws.on('message', (data) => void answer(ws, host, data.toString(), log));
};

const answer = async (ws: WebSocket, host: Host, text: string, log: Log) => {
  let frame: ClientFrame;
  try {
    frame = ClientFrame.parse(JSON.parse(text));
  } catch {
    return sendFrame(
      ws,
      {
        type: 'error',
        message: 'Malformed bridge frame: expected {type:"invoke", id, channel, payload}.',
      },
      log,
    );
  }
  let result: unknown;
  try {
    result = await host.dispatch(frame.channel, frame.payload, { frontDoor: 'browser' });
  } catch (error) {
    // Dispatch answers failures itself; this is a bug in it. The caller still gets an answer.
    log(`${frame.channel} failed in dispatch: ${String(error)}`);
    result = { ok: false, error: errorInfoOf(error) };
  }
  sendFrame(ws, { type: 'result', id: frame.id, result }, log);
};

/** Sends to an open connection; a frame that cannot be sent is logged, never thrown. */
export const sendFrame = (ws: WebSocket, frame: ServerFrame, log: Log): void => {
  if (ws.readyState !== ws.OPEN) return;
  try {
    ws.send(JSON.stringify(frame));
  } catch (error) {
    log(`could not send a ${frame.type} frame: ${String(error)}`);
  }
};
