import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import {
  createAppProtocolHandler,
  registerAppScheme,
  serveRenderer,
} from '../../../electron/app/protocol';
import { fake, resetElectronMock } from '../../mocks/electron';

const INDEX = '<!doctype html><title>VPP Console</title><script src="/assets/app.js"></script>';

describe('app:// protocol', () => {
  let root: string;
  let rendererDir: string;
  let serve: ReturnType<typeof createAppProtocolHandler>;
  const get = (url: string, method = 'GET') => serve({ url, method });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vpp-protocol-'));
    rendererDir = join(root, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), INDEX);
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("hi")');
    await writeFile(join(rendererDir, 'assets', 'app.css'), 'body{}');
    await writeFile(join(rendererDir, 'assets', 'icon.svg'), '<svg/>');
    // A secret right next to the renderer: no URL may reach it.
    await writeFile(join(root, 'secret.txt'), 'content token');
    serve = createAppProtocolHandler(rendererDir);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('registers app: as standard and secure before ready, so IndexedDB works there', () => {
    resetElectronMock();
    registerAppScheme();
    expect(fake.session.defaultSession.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false },
      },
    ]);
  });

  it('serves the renderer with the right types, the CSP and nosniff on every response', async () => {
    const cases = [
      ['app://console/', 'text/html; charset=utf-8', INDEX],
      ['app://console/assets/app.js', 'text/javascript; charset=utf-8', 'console.log("hi")'],
      ['app://console/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
      ['app://console/assets/icon.svg', 'image/svg+xml', '<svg/>'],
    ] as const;
    for (const [url, type, body] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(await response.text(), url).toBe(body);
    }
  });

  it('serves a CSP that allows scripts only from the console itself', async () => {
    const csp = (await get('app://console/')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('answers in-app routes with index.html (the page routes itself)', async () => {
    const response = await get('app://console/users/42');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
  });

  it.each([
    'app://console/..%2fsecret.txt',
    'app://console/%2e%2e/secret.txt',
    'app://console/assets/..%2f..%2fsecret.txt',
    'app://console/..%5csecret.txt',
    'app://console/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  ])('refuses a path that climbs out of the renderer: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('content token');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers a missing file with 404, not index.html', async () => {
    expect((await get('app://console/assets/missing.js')).status).toBe(404);
  });

  it('answers 404 for any host but console', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses methods that write', async () => {
    const head = await get('app://console/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://console/', 'POST')).status).toBe(405);
  });

  it('is bound to the app scheme by serveRenderer()', async () => {
    resetElectronMock();
    serveRenderer(rendererDir);
    const handler = fake.session.defaultSession.protocol.handlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler!(new Request('app://console/assets/app.js'));
    expect(await response.text()).toBe('console.log("hi")');
  });
});
