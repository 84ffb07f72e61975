import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { refusalLine, type SandboxLog } from './sandbox-log';
import { errorBody } from '../apple/error-catalogue';

/** The statuses Node's own default answer uses for its parser's errors; 400 for the rest. */
const statusFor = (code: string | undefined): number => {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return 413;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
};

const rawAnswer = (status: number, body: object, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body);
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'Content-Type: application/json;charset=UTF-8',
    `Content-Length: ${Buffer.byteLength(text)}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    'Connection: close',
  ];
  return `${lines.join('\r\n')}\r\n\r\n${text}`;
};

/** The answer still open on a socket, if any (Node keeps it there; not public API). */
const responseOn = (socket: Duplex): ServerResponse | null | undefined =>
  (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;

/**
 * The server's 'clientError' handler: a request Node's parser could not read (a broken
 * header, an unknown method, an oversized head, broken chunked framing, a TLS hello on the
 * plain port). Answers Apple's 400 body (431/413/408 where Node names a better status) and
 * closes, logging one line. Without this handler Node answers with an empty body; a socket
 * that has already begun another answer, or whose peer is gone, is only closed.
 */
export const answerClientError =
  (log: SandboxLog) =>
  (error: NodeJS.ErrnoException, socket: Duplex): void => {
    if (error.code === 'ECONNRESET' || !socket.writable || responseOn(socket)?.headersSent) {
      socket.destroy();
      return;
    }
    const status = statusFor(error.code);
    const reason =
      error.code === 'HPE_INVALID_EOF_STATE'
        ? 'the client ended the connection inside a request'
        : error.message.replace(/^Parse Error: /, '');
    log(`VPP sandbox: ${status} for an unreadable request: ${reason} (${error.code ?? 'error'})`);
    const body =
      status === 408 ? { errorMessage: 'The request took too long to arrive.' } : errorBody(9602);
    socket.end(rawAnswer(status, body), () => socket.destroy());
  };

/**
 * CONNECT asks the sandbox to be a proxy, which it is not. Node would close such a socket
 * without a word; the sandbox answers Apple's 405 for an unsupported method (9726).
 */
export const refuseConnect =
  (log: SandboxLog) =>
  (req: IncomingMessage, socket: Duplex): void => {
    log(refusalLine(405, 'CONNECT', req.url ?? '', 'the sandbox is not a proxy'));
    socket.on('error', () => socket.destroy());
    socket.end(rawAnswer(405, errorBody(9726), { Allow: 'GET, POST' }), () => socket.destroy());
  };
