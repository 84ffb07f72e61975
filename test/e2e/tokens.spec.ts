import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Settings } from '../../shared/domain/settings';
import { freePort, startConsole, type ConsoleServer } from './console-server';

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
