import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import WebSocket from 'ws';

/**
 * Hand-made bytes for the browser front door: what a hostile or broken local process could
 * send, below what any well-behaved client library would let a test say.
 */

/** Where a running front door listens and the secret its printed link carries. */
export interface FrontDoor {
  port: number;
  token: string;
}

export const frontDoorOf = (link: string): FrontDoor => {
  const url = new URL(link);
  return { port: Number(url.port), token: url.hash.replace('#token=', '') };
};

/** A raw TCP connection to the front door, open. */
export const openSocket = (port: number) =>
  new Promise<Socket>((resolveSocket, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolveSocket(socket));
    socket.once('error', reject);
  });

/** Everything the server sends until it closes the connection (an error counts as a close). */
export const readUntilClosed = (socket: Socket) =>
  new Promise<Buffer>((resolveBytes) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.once('close', () => resolveBytes(Buffer.concat(chunks)));
  });

/** Sends `bytes` on a fresh connection and returns all the server answered before closing. */
export const exchange = async (port: number, bytes: string | Buffer): Promise<string> => {
  const socket = await openSocket(port);
  const answer = readUntilClosed(socket);
  socket.write(bytes);
  return (await answer).toString('latin1');
};

/** The request line and headers of a WebSocket handshake for the bridge. */
export const upgradeRequest = (
  door: FrontDoor,
  target = `/bridge?token=${door.token}`,
  origin = `http://127.0.0.1:${door.port}`,
) =>
  `GET ${target} HTTP/1.1\r\n` +
  `Host: 127.0.0.1:${door.port}\r\n` +
  `Origin: ${origin}\r\n` +
  'Upgrade: websocket\r\nConnection: Upgrade\r\n' +
  `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n` +
  'Sec-WebSocket-Version: 13\r\n\r\n';

/** A plain GET with `target` as its request target, answered with Connection: close. */
export const plainRequest = (door: FrontDoor, target: string) =>
  `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${door.port}\r\nConnection: close\r\n\r\n`;

/** An authenticated bridge connection on a raw socket, past the `101 Switching Protocols`. */
export const openRawBridge = async (door: FrontDoor): Promise<Socket> => {
  const socket = await openSocket(door.port);
  socket.write(upgradeRequest(door));
  await new Promise<void>((resolveHandshake, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('latin1');
      if (!seen.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      if (seen.startsWith('HTTP/1.1 101 ')) resolveHandshake();
      else reject(new Error(`handshake refused: ${seen.split('\r\n')[0]}`));
    };
    socket.on('data', onData);
  });
  return socket;
};

export interface FrameOptions {
  opcode?: number;
  /** Clients must mask (RFC 6455 §5.1); false sends the payload in the clear. */
  masked?: boolean;
  /** The length the header claims, when it should differ from the payload's. */
  claimedLength?: number;
}

/** One final WebSocket frame carrying `payload`. */
export const wsFrame = (payload: Buffer, options: FrameOptions = {}): Buffer => {
  const { opcode = 0x1, masked = true } = options;
  const length = options.claimedLength ?? payload.length;
  const head: number[] = [0x80 | opcode];
  const maskBit = masked ? 0x80 : 0;
  if (length < 126) head.push(maskBit | length);
  else if (length < 65536) head.push(maskBit | 126, length >> 8, length & 0xff);
  else {
    const extended = Buffer.alloc(8);
    extended.writeBigUInt64BE(BigInt(length));
    head.push(maskBit | 127, ...extended);
  }
  if (!masked) return Buffer.concat([Buffer.from(head), payload]);
  const mask = randomBytes(4);
  const body = Buffer.from(payload.map((byte, index) => byte ^ mask[index % 4]));
  return Buffer.concat([Buffer.from(head), mask, body]);
};

/**
 * The status code of the close frame the server sent before closing, or undefined when it
 * closed without one.
 */
export const closeCodeIn = (bytes: Buffer): number | undefined => {
  // Server frames are unmasked; a close frame's payload starts with its 2-byte code.
  if (bytes.length < 4 || bytes[0] !== 0x88) return undefined;
  return bytes.readUInt16BE(2);
};

/** A well-behaved client: the `ws` library, with the page's own origin. */
export const connectBridge = (door: FrontDoor) =>
  new Promise<WebSocket>((resolveSocket, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${door.port}/bridge?token=${door.token}`, {
      origin: `http://127.0.0.1:${door.port}`,
    });
    ws.once('open', () => resolveSocket(ws));
    ws.once('unexpected-response', (_request, response) =>
      reject(new Error(`HTTP ${response.statusCode}`)),
    );
    ws.once('error', reject);
  });

/** Invokes `channel` on an open bridge connection and returns the result envelope. */
export const invoke = (ws: WebSocket, channel: string, id = 1) =>
  new Promise<unknown>((resolveResult, reject) => {
    const onMessage = (data: WebSocket.RawData) => {
      const frame = JSON.parse(data.toString()) as { type: string; id?: number; result?: unknown };
      if (frame.type !== 'result' || frame.id !== id) return;
      ws.off('message', onMessage);
      resolveResult(frame.result);
    };
    ws.on('message', onMessage);
    ws.once('close', () => reject(new Error('the bridge closed before answering')));
    ws.send(JSON.stringify({ type: 'invoke', id, channel }));
  });

/** The page's status line, fetched on a fresh connection. */
export const pageStatus = async (door: FrontDoor): Promise<string> =>
  (await exchange(door.port, plainRequest(door, '/'))).split('\r\n')[0];
