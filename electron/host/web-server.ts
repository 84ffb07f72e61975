import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { serveBridgeConnection, sendFrame, type Log } from './bridge-connection';
import { BRIDGE_PATH } from './bridge-protocol';
import type { Host } from './host';
import { parseRequestTarget } from './request-target';
import { readStaticFile } from './static-files';

export interface WebServerOptions {
  host: Host;
  rendererDir: string;
  port: number;
  /** Per-run secret; generated when not given. */
  secret?: string;
  /** Where a failed request or connection is reported (one line each). */
  log?: Log;
}

export interface RunningWebServer {
  port: number;
  /** The address to open, with the secret in the fragment (never sent to a server). */
  url: string;
  close(): Promise<void>;
}

const MAX_FRAME_BYTES = 8 * 1024 * 1024;

/**
 * The browser front door: serves the built renderer and the host's channels over a WebSocket,
 * on 127.0.0.1 only. A connection must present the per-run secret and come from this page's
 * own origin; requests naming another Host are refused (DNS rebinding). Whatever one request
 * or connection does ends at most that request or connection, never the process.
 */
export const startWebServer = async (options: WebServerOptions): Promise<RunningWebServer> => {
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  let port = options.port;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const log = options.log ?? ((message: string) => console.warn(`[web] ${message}`));

  // Node's default 'clientError' answer (400, 408 or 431, then destroy) already keeps the
  // process alive for bytes that are not HTTP; the tests hold it to that.
  const server = createServer((request, response) => {
    serveStatic(request, response).catch((error: unknown) => {
      log(`${request.method} ${JSON.stringify(request.url)} failed: ${String(error)}`);
      if (!response.headersSent) refuse(response, 500, 'Internal error');
      else response.destroy();
    });
  });

  const serveStatic = async (request: IncomingMessage, response: ServerResponse) => {
    const target = parseRequestTarget(request.url);
    if (!target) return refuse(response, 400, 'Bad request target');
    if (!allowedHosts().has(request.headers.host ?? ''))
      return refuse(response, 421, 'Misdirected request');
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return refuse(response, 405, 'Method not allowed');
    const file = await readStaticFile(options.rendererDir, target.pathname);
    if (!file) return refuse(response, 404, 'Not found');
    response.writeHead(200, {
      'content-type': file.contentType,
      'content-security-policy': contentSecurityPolicy([
        `ws://127.0.0.1:${port}`,
        `ws://localhost:${port}`,
      ]),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': file.contentType.startsWith('text/html')
        ? 'no-cache'
        : 'public, max-age=3600',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  };

  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node hands the socket over without its error listener: until `ws` takes it, a reset
    // (ECONNRESET on a refused handshake) must end this socket, not the process.
    socket.on('error', () => socket.destroy());
    try {
      upgrade(request, socket, head);
    } catch (error) {
      log(`WebSocket handshake failed: ${String(error)}`);
      socket.destroy();
    }
  });

  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const target = parseRequestTarget(request.url);
    if (!target) return refuseUpgrade(socket, '400 Bad Request');
    const ok =
      target.pathname === BRIDGE_PATH &&
      allowedHosts().has(request.headers.host ?? '') &&
      allowedOrigins().has(request.headers.origin ?? '') &&
      secretMatches(target.searchParams.get('token'), secret);
    if (!ok) return refuseUpgrade(socket, '403 Forbidden');
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      serveBridgeConnection(ws, options.host, log);
    });
  };

  const unsubscribe = options.host.subscribe((event, payload) => {
    for (const ws of sockets) sendFrame(ws, { type: 'event', event, payload }, log);
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  // Once listening, a server error (say EMFILE on accept) is one lost connection, not the end.
  server.on('error', (error) => log(`the server: ${String(error)}`));

  return {
    port,
    url: `http://127.0.0.1:${port}/#token=${secret}`,
    close: async () => {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
      const closed = new Promise<void>((resolvePromise) => server.close(() => resolvePromise()));
      server.closeAllConnections();
      await closed;
    },
  };
};

const refuse = (response: ServerResponse, status: number, text: string) => {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
};

/** Answers a handshake it will not take, then lets the socket go (ws's abortHandshake does so). */
const refuseUpgrade = (socket: Duplex, status: string) => {
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
};

const secretMatches = (given: string | null, secret: string): boolean => {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
};
