import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createHost, type Host } from '../../../electron/host/host';
import { startWebServer, type RunningWebServer } from '../../../electron/host/web-server';

/** A minimal stand-in Apple service so this test does not depend on the sandbox's seeds. */
const startServiceConfigServer = async (): Promise<Server> => {
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/mdm/v2/service/config') {
      res.end(
        JSON.stringify({
          errorCodes: [{ errorNumber: 9601, errorMessage: 'Login required' }],
          limits: { maxRequestPerSecond: 15 },
          urls: {},
          notificationTypes: [],
        }),
      );
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
};

const rawGet = (port: number, path: string, host = `127.0.0.1:${port}`) =>
  new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );

describe('browser front door', () => {
  let host: Host;
  let web: RunningWebServer;
  let apple: Server;
  let token: string;

  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'vpp-web-'));
    const rendererDir = join(root, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>VPP Console</title>');
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(root, 'secret.txt'), 'outside the renderer');
    apple = await startServiceConfigServer();
    const appleUrl = `http://127.0.0.1:${(apple.address() as AddressInfo).port}/mdm/v2`;
    host = await createHost({
      dataDir: join(root, 'data'),
      frontDoor: 'browser',
      appVersion: '0.0.0-test',
      systemLocale: 'nl-NL',
      startSandbox: async () => ({ baseUrl: appleUrl, close: async () => {} }),
    });
    web = await startWebServer({ host, rendererDir, port: 0 });
    token = new URL(web.url).hash.replace('#token=', '');
  });

  afterAll(async () => {
    await web.close();
    await host.close();
    apple.close();
  });

  const connect = (options: { token?: string; origin?: string } = {}) =>
    new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(
        `ws://127.0.0.1:${web.port}/bridge?token=${options.token ?? token}`,
        {
          origin: options.origin ?? `http://127.0.0.1:${web.port}`,
        },
      );
      ws.once('open', () => resolve(ws));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once('error', reject);
    });

  const call = (ws: WebSocket, frame: unknown) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(data.toString());
        if (message.type !== 'event') {
          ws.off('message', onMessage);
          resolve(message);
        }
      };
      ws.on('message', onMessage);
      ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
    });

  it('prints a loopback URL that carries the secret only in the fragment', () => {
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
  });

  it('serves the renderer with the console’s CSP', async () => {
    const page = await rawGet(web.port, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('VPP Console');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('does not serve files outside the renderer', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await rawGet(web.port, path);
      expect(response.body).not.toContain('outside the renderer');
    }
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect((await rawGet(web.port, '/', 'evil.example:80')).status).toBe(421);
  });

  it('refuses a bridge connection without the secret or from another origin', async () => {
    await expect(connect({ token: 'wrong' })).rejects.toThrow('HTTP 403');
    await expect(connect({ origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
  });

  it('answers calls, and refuses malformed frames and payloads clearly', async () => {
    const ws = await connect();
    expect(await call(ws, { type: 'invoke', id: 1, channel: 'app:info' })).toMatchObject({
      type: 'result',
      id: 1,
      result: { ok: true, value: { frontDoor: 'browser', version: '0.0.0-test' } },
    });
    expect(await call(ws, 'not json')).toMatchObject({ type: 'error' });
    expect(
      await call(ws, {
        type: 'invoke',
        id: 2,
        channel: 'settings:update',
        payload: { language: 'fr' },
      }),
    ).toMatchObject({
      result: { ok: false, error: { code: 'ipc.badPayload' } },
    });
    ws.close();
  });

  it('runs the check-service task and streams its progress as events', async () => {
    const ws = await connect();
    const id = '3d0c1e7a-9b2f-4c55-8e11-6f7a8b9c0d1e';
    const finished = new Promise<Record<string, unknown>>((resolve) => {
      ws.on('message', (data) => {
        const message = JSON.parse(data.toString());
        if (message.type === 'event' && message.payload.id === id && message.payload.finishedAt)
          resolve(message.payload);
      });
    });
    await call(ws, {
      type: 'invoke',
      id: 3,
      channel: 'tasks:start',
      payload: { id, kind: 'apple:checkService', params: { service: 'sandbox' } },
    });
    const task = await finished;
    expect(task).toMatchObject({
      status: 'succeeded',
      progress: { done: 3, total: 3 },
      result: { errorCodes: 1, maxRequestPerSecond: 15 },
    });
    ws.close();
  });
});
