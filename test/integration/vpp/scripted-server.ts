import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
  /** performance.now() when the request arrived (before its body was read). */
  at: number;
}

export type Script = (
  request: SeenRequest,
  response: ServerResponse,
  nth: number,
) => void | Promise<void>;

export interface ScriptedServer {
  baseUrl: string;
  requests: SeenRequest[];
  /** Most requests being handled at the same time. */
  maxInFlight(): number;
  close(): Promise<void>;
}

/**
 * A small real HTTP server on 127.0.0.1 whose answers a test scripts exactly: for faults the
 * sandbox cannot produce on demand (dropped sockets, precise Retry-After, slow pages).
 */
export const startScriptedServer = async (script: Script): Promise<ScriptedServer> => {
  const requests: SeenRequest[] = [];
  let inFlight = 0;
  let most = 0;
  const server = createServer(async (req, res) => {
    const arrivedAt = performance.now();
    inFlight++;
    most = Math.max(most, inFlight);
    res.on('close', () => inFlight--);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const seen: SeenRequest = {
      method: req.method ?? 'GET',
      path: url.pathname.replace(/^\/mdm\/v2/, ''),
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: arrivedAt,
    };
    requests.push(seen);
    try {
      await script(seen, res, requests.length);
    } catch (error) {
      if (!res.headersSent) json(res, 500, { bug: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/mdm/v2`,
    requests,
    maxInFlight: () => most,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

export const json = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

export const SERVICE_CONFIG = (limits: Record<string, number> = {}) => ({
  errorCodes: [{ errorNumber: 9646, errorMessage: 'Too many requests' }],
  limits: { maxAssets: 25, maxRequestPerSecond: 15, ...limits },
  notificationTypes: ['ASSET_COUNT'],
  urls: {},
});

export const COMMON = {
  tokenExpirationDate: '2031-03-14T09:26:53+0000',
  uId: '3049025000123456',
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
