import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { ELECTRON_MISSING_REASON, findElectronBinary } from './electron-binary';

// The desktop app itself, driven by Playwright: the same console as the browser door, plus the
// Electron shell's promises (sandboxed page, window.api, no way out of app://console).
const electronBinary = findElectronBinary();
test.skip(!electronBinary, ELECTRON_MISSING_REASON);
// The list reporter shows skips without their reason; say it where everyone sees it.
if (!electronBinary) console.warn(`Electron spec skipped: ${ELECTRON_MISSING_REASON}`);

const repoRoot = resolve(import.meta.dirname, '../..');

let dataDir: string;
let app: ElectronApplication;
let page: Page;
let closed: boolean;

test.beforeAll(() => {
  for (const built of [
    'dist/electron/main.cjs',
    'dist/electron/preload.cjs',
    'dist/renderer/index.html',
  ]) {
    if (!existsSync(join(repoRoot, built)))
      throw new Error(`${built} is missing: run "npm run build" before this spec.`);
  }
});

test.beforeEach(async () => {
  // Each test gets its own profile: settings, window place and the page's IndexedDB.
  dataDir = await mkdtemp(join(tmpdir(), 'vpp-electron-'));
  app = await _electron.launch({
    executablePath: electronBinary,
    // Chromium refuses to start as root (CI containers) unless its OS sandbox is off.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.', '--data-dir', dataDir],
    cwd: repoRoot,
  });
  closed = false;
  app.on('close', () => (closed = true));
  page = await app.firstWindow();
});

test.afterEach(async () => {
  if (!closed) await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('opens the console window with its sidebar, on app://console', async () => {
  await expect(page.getByRole('navigation').first()).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/console\//);
  expect(await page.title()).toContain('VPP Console');
  expect(await app.evaluate(({ app }) => app.getPath('userData'))).toBe(dataDir);
});

test('gives the page window.api and nothing of Node', async () => {
  const globals = await page.evaluate(() => ({
    api: typeof window.api,
    invoke: typeof window.api?.invoke,
    on: typeof window.api?.on,
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    module: typeof (window as unknown as { module?: unknown }).module,
  }));
  expect(globals).toEqual({
    api: 'object',
    invoke: 'function',
    on: 'function',
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
  });
  const info = await page.evaluate(() => window.api!.invoke('app:info'));
  expect(info).toMatchObject({ ok: true, value: { name: 'VPP Console', frontDoor: 'electron' } });
  const refused = await page.evaluate(() => window.api!.invoke('vault:dumpSecrets'));
  expect(refused).toMatchObject({ ok: false, error: { code: 'ipc.unknownChannel' } });
});

test('stays on the console: external navigation and new windows are blocked', async () => {
  const start = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(start);

  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('serves the page with the console’s CSP, and IndexedDB works on its origin', async () => {
  const csp = await page.evaluate(() =>
    fetch('/').then((response) => response.headers.get('content-security-policy')),
  );
  expect(csp).toContain("script-src 'self'");
  const stored = await page.evaluate(
    () =>
      new Promise<string>((resolvePromise, reject) => {
        const request = indexedDB.open('vpp-electron-probe', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('probe');
        request.onsuccess = () => {
          request.result.close();
          resolvePromise('ok');
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(stored).toBe('ok');
});

test('remembers the window’s place in the data folder', async () => {
  const window = await app.browserWindow(page);
  await window.evaluate((win) => win.setBounds({ x: 40, y: 50, width: 1000, height: 700 }));
  await app.close();
  const saved = JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8'));
  expect(saved.bounds).toMatchObject({ width: 1000, height: 700 });
});
