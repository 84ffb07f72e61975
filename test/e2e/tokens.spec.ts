import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Settings } from '../../shared/domain/settings';
import { decodeContentToken } from '../../electron/sandbox/apple/token-codec';
import { freePort, startConsole, type ConsoleServer } from './console-server';
import { demoTokenFile } from './demo-tokens';

/**
 * Issue 8's flow in the browser front door, on a fresh data folder, with the built-in sandbox:
 * Tokens → Add Demo Token → set the vault passphrase → the demo school's apps and books with
 * Apple's counts → licenses bought in the sandbox → Sync Now → the new counts.
 */

interface AdminAsset {
  adamId: string;
  productType: string;
  name?: string;
  totalCount: number;
  availableCount: number;
}

const PASSPHRASE = 'regenboog-2026';

let server: ConsoleServer;
let dataDir: string;
let sandboxOrigin: string;

const adminAssets = async (): Promise<AdminAsset[]> => {
  const response = await fetch(`${sandboxOrigin}/sandbox-admin/assets`);
  return ((await response.json()) as { assets: AdminAsset[] }).assets;
};

const listRows = (page: Page) => page.getByRole('listbox').first().getByRole('option');

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'vpp-e2e-tokens-'));
  await writeFile(
    join(dataDir, 'settings.json'),
    JSON.stringify(Settings.parse({ language: 'en' })),
  );
  const sandboxPort = await freePort();
  sandboxOrigin = `http://127.0.0.1:${sandboxPort}`;
  server = await startConsole({ dataDir, sandboxPort });
});
test.afterEach(async () => {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

test('a newcomer adds the demo token and sees the school’s apps and books, and Sync Now brings new licenses', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Sidebar' }).getByText('Tokens').click();
  await expect(page.getByText('No Tokens', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Add Token…' }).first().click();
  const sheet = page.getByRole('dialog', { name: 'Add Token' });
  await sheet.getByRole('button', { name: 'Add Demo Token' }).click();
  // Apple's answer comes before anything is saved.
  await expect(
    sheet.getByText('Here’s what Apple says about this token.', { exact: false }),
  ).toBeVisible();
  await expect(sheet.getByText('OBS De Regenboog').first()).toBeVisible();
  await sheet.getByRole('button', { name: 'Add', exact: true }).click();

  const vault = page.getByRole('dialog', { name: 'Set a Vault Passphrase' });
  await vault.getByLabel('Passphrase').fill(PASSPHRASE);
  await vault.getByLabel('Verify').fill(PASSPHRASE);
  await vault.getByRole('button', { name: 'Set Passphrase' }).click();
  await expect(vault).toBeHidden();

  // The first sync starts by itself and ends in Completed Tasks.
  await expect(listRows(page)).toHaveCount(1);
  const apple = await adminAssets();
  const apps = apple.filter((asset) => asset.productType === 'App');
  const books = apple.filter((asset) => asset.productType === 'Book');

  await page
    .getByRole('navigation', { name: 'Sidebar' })
    .getByText('Apps', { exact: true })
    .click();
  await expect(listRows(page)).toHaveCount(apps.length, { timeout: 30_000 });
  for (const app of apps) {
    await expect(listRows(page).filter({ hasText: app.name! }).first()).toContainText(
      `${app.availableCount} of ${app.totalCount} available`,
    );
  }
  await page
    .getByRole('navigation', { name: 'Sidebar' })
    .getByText('Books', { exact: true })
    .click();
  await expect(listRows(page)).toHaveCount(books.length);

  // The school buys ten more licenses of the first app; Sync Now brings them in.
  const bought = apps[0]!;
  const purchase = await fetch(`${sandboxOrigin}/sandbox-admin/purchase`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ adamId: bought.adamId, count: 10 }),
  });
  expect(purchase.status).toBe(200);
  await page
    .getByRole('navigation', { name: 'Sidebar' })
    .getByText('Apps', { exact: true })
    .click();
  await page.getByRole('button', { name: 'Sync Now' }).first().click();
  await expect(listRows(page).filter({ hasText: bought.name! }).first()).toContainText(
    `${bought.availableCount + 10} of ${bought.totalCount + 10} available`,
    { timeout: 30_000 },
  );
});

test('the token goes from the file to main once, and is nowhere else: not in what main sends, the database, the data folder or the log', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const content = demoTokenFile();
  const inner = decodeContentToken(content)!.token;
  const secrets = [content, inner];
  const sent: string[] = [];
  const received: string[] = [];
  page.on('websocket', (socket) => {
    socket.on('framesent', (frame) => sent.push(String(frame.payload)));
    socket.on('framereceived', (frame) => received.push(String(frame.payload)));
  });
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Sidebar' }).getByText('Tokens').click();
  await page.getByRole('button', { name: 'Add Token…' }).first().click();
  const sheet = page.getByRole('dialog', { name: 'Add Token' });
  await sheet.getByLabel('Choose File…').setInputFiles({
    name: 'OBS De Regenboog.vpptoken',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(content),
  });
  await expect(
    sheet.getByText('Here’s what Apple says about this token.', { exact: false }),
  ).toBeVisible();
  await sheet.getByRole('button', { name: 'Add', exact: true }).click();
  const vault = page.getByRole('dialog', { name: 'Set a Vault Passphrase' });
  await vault.getByLabel('Passphrase').fill(PASSPHRASE);
  await vault.getByLabel('Verify').fill(PASSPHRASE);
  await vault.getByRole('button', { name: 'Set Passphrase' }).click();
  await page
    .getByRole('navigation', { name: 'Sidebar' })
    .getByText('Apps', { exact: true })
    .click();
  await expect(listRows(page).first()).toBeVisible({ timeout: 30_000 });

  // The file's content once, on its way to main (the inspect request), and never back; the
  // token inside it never in the clear.
  expect(sent.filter((frame) => frame.includes(content))).toHaveLength(1);
  expect(sent.filter((frame) => frame.includes(inner))).toEqual([]);
  for (const secret of secrets)
    expect(received.filter((frame) => frame.includes(secret))).toEqual([]);

  const database = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('vpp-console');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames]) {
      dump[name] = await new Promise((resolve) => {
        const all = db.transaction(name).objectStore(name).getAll();
        all.onsuccess = () => resolve(all.result);
      });
    }
    db.close();
    return JSON.stringify(dump);
  });
  expect(database).toContain('OBS De Regenboog');
  for (const secret of secrets) expect(database.includes(secret)).toBe(false);

  const files = (await readdir(dataDir)).filter((name) => name !== 'vault.json');
  expect(files).toContain('tokens.json');
  for (const name of files) {
    const path = join(dataDir, name);
    if (!(await stat(path)).isFile()) continue;
    const text = await readFile(path, 'utf8');
    for (const secret of secrets) expect(text.includes(secret), name).toBe(false);
  }
  const vaultFile = await readFile(join(dataDir, 'vault.json'), 'utf8');
  for (const secret of secrets) expect(vaultFile.includes(secret)).toBe(false);
  for (const secret of secrets) expect(server.output().includes(secret)).toBe(false);
});
