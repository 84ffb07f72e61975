import { connect } from 'node:net';

export interface RawResponse {
  /** 0 when the server closed the connection without a status line. */
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends bytes exactly as given over a fresh loopback socket and reads the answer until the
 * server closes the connection or `waitMs` passes: fetch and node:http refuse to send the
 * malformed requests these tests need (bad targets, broken headers, stray Host headers).
 */
export const rawExchange = (port: number, request: string | Buffer, waitMs = 2000) =>
  new Promise<RawResponse>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(parseResponse(Buffer.concat(chunks)));
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      // A complete answer with a Content-Length need not wait for the close.
      const parsed = parseResponse(Buffer.concat(chunks));
      const length = Number(parsed.headers['content-length']);
      if (parsed.status && Number.isInteger(length) && parsed.bodyBytes >= length) finish();
    });
    socket.on('close', finish);
    socket.on('error', finish);
    socket.write(request);
  });

const parseResponse = (bytes: Buffer): RawResponse & { bodyBytes: number } => {
  const headEnd = bytes.indexOf('\r\n\r\n');
  if (headEnd < 0) return { status: 0, headers: {}, body: '', bodyBytes: 0 };
  const [statusLine, ...headerLines] = bytes.subarray(0, headEnd).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = bytes.subarray(headEnd + 4);
  return { status, headers, body: body.toString('utf8'), bodyBytes: body.length };
};

/** A GET as a browser or client would send it, with the Host header given. */
export const rawGet = (port: number, target: string, host = `127.0.0.1:${port}`, extra = '') =>
  rawExchange(port, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\n${extra}Connection: close\r\n\r\n`);
