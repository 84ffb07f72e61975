import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { BRIDGE_PATH, ClientFrame, type ServerFrame } from './bridge-protocol';
import type { Host } from './host';
import { readStaticFile } from './static-files';

export interface WebServerOptions {
  host: Host;
  rendererDir: string;
  port: number;
  /** Per-run secret; generated when not given. */
  secret?: string;
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
 * own origin; requests naming another Host are refused (DNS rebinding).
 */
export const startWebServer = async (options: WebServerOptions): Promise<RunningWebServer> => {
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  let port = options.port;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const server = createServer((request, response) => {
    void serveStatic(request, response);
  });

  const serveStatic = async (request: IncomingMessage, response: ServerResponse) => {
    if (!allowedHosts().has(request.headers.host ?? ''))
      return refuse(response, 421, 'Misdirected request');
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return refuse(response, 405, 'Method not allowed');
    const file = await readStaticFile(options.rendererDir, request.url ?? '/');
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
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const ok =
      url.pathname === BRIDGE_PATH &&
      allowedHosts().has(request.headers.host ?? '') &&
      allowedOrigins().has(request.headers.origin ?? '') &&
      secretMatches(url.searchParams.get('token'), secret);
    if (!ok) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => void onFrame(ws, data.toString()));
    });
  });

  const onFrame = async (ws: WebSocket, text: string) => {
    let frame: ClientFrame;
    try {
      frame = ClientFrame.parse(JSON.parse(text));
    } catch {
      return send(ws, {
        type: 'error',
        message: 'Malformed bridge frame: expected {type:"invoke", id, channel, payload}.',
      });
    }
    const result = await options.host.dispatch(frame.channel, frame.payload, {
      frontDoor: 'browser',
    });
    send(ws, { type: 'result', id: frame.id, result });
  };

  const unsubscribe = options.host.subscribe((event, payload) => {
    for (const ws of sockets) send(ws, { type: 'event', event, payload });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;

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

const send = (ws: WebSocket, frame: ServerFrame) => {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
};

const refuse = (response: ServerResponse, status: number, text: string) => {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
};

const secretMatches = (given: string | null, secret: string): boolean => {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
};
