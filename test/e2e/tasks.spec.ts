import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures';
import { startConsole } from './console-server';
import type { Page } from '@playwright/test';

const openSection = (page: Page, section: string) =>
  page.getByRole('navigation', { name: 'Sidebar' }).locator(`[data-section="${section}"]`).click();

const useCustomService = async (page: Page, url: string) => {
  await openSection(page, 'settings');
  await page.getByLabel('Custom URL').check();
  await page.getByLabel('Service URL').fill(url);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
};

/** A server that accepts connections and never answers: the check stays in progress. */
const startSilentServer = async (): Promise<Server> => {
  const server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
};

test('checking the built-in sandbox runs as a task and lands in Completed Tasks', async ({
  app,
}) => {
  await openSection(app, 'settings');
  await app.getByRole('button', { name: 'Check Connection' }).click();
  await openSection(app, 'completed-tasks');
  const row = app.getByRole('listitem').filter({ hasText: 'Check Apple service' }).first();
  await expect(row).toContainText('Succeeded');
  await expect(row).toContainText(/answered in \d+ ms/);
  await app.screenshot({ path: 'test-results/screenshots/completed-tasks.png' });
});

test('a service that cannot be reached fails with a plain-language error', async ({ app }) => {
  const closed = await startSilentServer();
  const port = (closed.address() as AddressInfo).port;
  closed.close();
  await useCustomService(app, `http://127.0.0.1:${port}/mdm/v2`);
  await app.getByRole('button', { name: 'Check Connection' }).click();
  await openSection(app, 'completed-tasks');
  const row = app.getByRole('listitem').filter({ hasText: 'Check Apple service' }).first();
  await expect(row).toContainText('Failed');
  await expect(row).toContainText(`could not reach the service at 127.0.0.1:${port}`);
});

test('tasks survive a restart: finished ones stay, cut-off ones show as interrupted', async ({
  page,
  problems,
}) => {
  problems.allow(/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/);
  const silent = await startSilentServer();
  const first = await startConsole();
  try {
    await page.goto(first.url);
    await openSection(page, 'settings');
    await page.getByRole('button', { name: 'Check Connection' }).click();
    await openSection(page, 'completed-tasks');
    await expect(page.getByRole('listitem').filter({ hasText: 'Succeeded' }).first()).toBeVisible();

    await useCustomService(
      page,
      `http://127.0.0.1:${(silent.address() as AddressInfo).port}/mdm/v2`,
    );
    await page.getByRole('button', { name: 'Check Connection' }).click();
    await openSection(page, 'active-tasks');
    const running = page.getByRole('listitem').filter({ hasText: 'Check Apple service' });
    await expect(running.getByRole('progressbar')).toBeVisible();
    await expect(page.locator('[data-section="active-tasks"]')).toContainText('1');
  } finally {
    await first.stop();
  }

  // Same port, same data directory: the same console, restarted.
  const second = await startConsole({ port: first.port, dataDir: first.dataDir });
  try {
    await page.goto(second.url);
    await openSection(page, 'completed-tasks');
    await expect(page.getByRole('listitem').filter({ hasText: 'Succeeded' }).first()).toBeVisible();
    const interrupted = page.getByRole('listitem').filter({ hasText: 'Interrupted' }).first();
    await expect(interrupted).toContainText('The console closed before this task finished.');
    await openSection(page, 'active-tasks');
    await expect(page.getByText('No tasks are running.')).toBeVisible();
  } finally {
    await second.stop();
    silent.close();
  }
});
