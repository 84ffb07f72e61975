import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { startSandbox } from '../../electron/sandbox';
import { startConsole } from './console-server';
import { test, expect } from './fixtures';

const openSection = (page: Page, section: string) =>
  page.getByRole('navigation', { name: 'Sidebar' }).locator(`[data-section="${section}"]`).click();

const openAppleService = async (page: Page) => {
  await openSection(page, 'settings');
  await page.getByRole('tab', { name: 'Apple Service' }).click();
};

/** Chooses Custom URL and types an address, without saving it. */
const typeCustomService = async (page: Page, url: string) => {
  await openAppleService(page);
  await page.getByLabel('Custom URL').check();
  await page.getByLabel('Service URL').fill(url);
};

const saveCustomService = async (page: Page, url: string) => {
  await typeCustomService(page, url);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
};

/** A server that accepts connections and never answers: the check stays in progress. */
const startSilentServer = async (): Promise<Server> => {
  const server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
};

/** A port nothing listens on. */
const deadPort = async () => {
  const server = await startSilentServer();
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
};

const taskRows = (page: Page) => page.getByRole('grid').getByRole('row');
const taskRow = (page: Page, title: string) => taskRows(page).filter({ hasText: title }).first();

test('checking the built-in sandbox runs as a task and says so in words, without its port', async ({
  app,
}) => {
  await openAppleService(app);
  await app.getByRole('button', { name: 'Check Connection' }).click();
  await expect(app.locator('.check-status')).toContainText('The built-in sandbox answered.');
  await openSection(app, 'completed-tasks');
  const row = taskRow(app, 'Check the built-in sandbox');
  await expect(row).toContainText('On this computer');
  await expect(row).toContainText('Succeeded');
  await row.click();
  const detail = app.locator('.task-detail');
  await expect(detail).toContainText('The built-in sandbox answered.');
  // The figures are details, not the result; the random port appears nowhere.
  await expect(detail).toContainText('Error codes known');
  await expect(detail).toContainText('Reading the service’s answer…');
  await expect(app.locator('.content')).not.toContainText('127.0.0.1');
});

test('Check Connection checks the address on screen, before it is saved', async ({ app }) => {
  const port = await deadPort();
  await typeCustomService(app, `http://127.0.0.1:${port}/mdm/v2`);
  await app.getByRole('button', { name: 'Check Connection' }).click();
  // Not the saved built-in sandbox's success: the address in the field, and why it failed.
  const status = app.locator('.check-status');
  await expect(status).toContainText('Failed');
  await expect(status).toContainText(`Nothing answered at 127.0.0.1:${port} on this computer.`);
  await expect(status).not.toContainText('internet');
  // Checking saved nothing.
  await expect(app.getByRole('button', { name: 'Save' })).toBeEnabled();

  await openSection(app, 'completed-tasks');
  const row = taskRow(app, `Check the service at 127.0.0.1:${port}`);
  await expect(row).toContainText('Failed');
  await expect(row.locator('.tone-failure')).toBeVisible();
});

test('Run Again reruns what ran, not today’s setting, under the same label', async ({ app }) => {
  const port = await deadPort();
  await typeCustomService(app, `http://127.0.0.1:${port}/mdm/v2`);
  await app.getByRole('button', { name: 'Check Connection' }).click();
  await expect(app.locator('.check-status')).toContainText('Failed');

  // Another service is saved since: a working sandbox elsewhere.
  const other = await startSandbox();
  try {
    await saveCustomService(app, `${other.baseUrl}`);
    await openSection(app, 'completed-tasks');
    const title = `Check the service at 127.0.0.1:${port}`;
    await taskRow(app, title).click();
    await app.locator('.task-detail').getByRole('button', { name: 'Run Again' }).click();
    // Two rows of the same check, both failed: the rerun checked the address it names.
    await expect(taskRows(app).filter({ hasText: title })).toHaveCount(2);
    for (const row of await taskRows(app).filter({ hasText: title }).all())
      await expect(row).toContainText('Failed');
    await expect(taskRows(app).filter({ hasText: 'Succeeded' })).toHaveCount(0);
  } finally {
    await other.close();
  }
});

test('Cancel ends a check at once against a slow service, and a cancel is not a failure', async ({
  app,
}) => {
  const slow = await startSandbox({ faults: 'slow:ms=9000' });
  try {
    await typeCustomService(app, slow.baseUrl);
    await app.getByRole('button', { name: 'Check Connection' }).click();
    await openSection(app, 'active-tasks');
    const row = taskRow(app, `Check the service at 127.0.0.1:${slow.port}`);
    await expect(row).toContainText('In Progress');
    const started = Date.now();
    await row.click();
    await app.locator('.task-detail').getByRole('button', { name: 'Cancel Task' }).click();
    await expect(app.getByText('No Active Tasks')).toBeVisible({ timeout: 3000 });
    expect(Date.now() - started).toBeLessThan(3000);

    await openSection(app, 'completed-tasks');
    const done = taskRow(app, `Check the service at 127.0.0.1:${slow.port}`);
    await expect(done).toContainText('Canceled');
    await expect(done.locator('.tone-neutral')).toBeVisible();
    await openAppleService(app);
    await expect(app.locator('.check-status')).toContainText('Canceled before it finished.');
    await expect(app.locator('.check-status')).not.toContainText(/fail/i);
  } finally {
    await slow.close();
  }
});

test('tasks survive a restart, and the page says a new link was printed', async ({
  page,
  problems,
}) => {
  problems.allow(/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/);
  const silent = await startSilentServer();
  const first = await startConsole();
  try {
    await page.goto(first.url);
    await openAppleService(page);
    await page.getByRole('button', { name: 'Check Connection' }).click();
    await expect(page.locator('.check-status')).toContainText('answered');

    await saveCustomService(
      page,
      `http://127.0.0.1:${(silent.address() as AddressInfo).port}/mdm/v2`,
    );
    await page.getByRole('button', { name: 'Check Connection' }).click();
    await openSection(page, 'active-tasks');
    await expect(taskRows(page).filter({ hasText: 'In Progress' })).toHaveCount(1);
    await expect(page.locator('[data-section="active-tasks"]')).toContainText('1');
  } finally {
    await first.stop();
  }
  // The host is gone: the page says what brings it back, and that its link is spent.
  await expect(page.getByRole('alert')).toContainText(
    'VPP Console has stopped. Start it again with “npm run web” in Terminal, then open the new link it prints there',
  );

  // Same port, same data directory: the same console, restarted. The old link is refused and
  // the page says where the new one is.
  const second = await startConsole({ port: first.port, dataDir: first.dataDir });
  try {
    await page.reload();
    await expect(
      page.getByRole('heading', { name: 'Open VPP Console with its link' }),
    ).toBeVisible();
    await expect(
      page.getByText(/printed in the Terminal window where you started it/),
    ).toBeVisible();
    await expect(page.getByText(/Each start prints a new link/)).toBeVisible();

    await page.goto(second.url);
    await openSection(page, 'completed-tasks');
    await expect(taskRows(page).filter({ hasText: 'Succeeded' }).first()).toBeVisible();
    const interrupted = taskRows(page).filter({ hasText: 'Interrupted' }).first();
    await interrupted.click();
    await expect(page.locator('.task-detail')).toContainText(
      'VPP Console closed before this task finished.',
    );
    await openSection(page, 'active-tasks');
    await expect(page.getByText('No Active Tasks')).toBeVisible();
  } finally {
    await second.stop();
    silent.close();
  }
});
