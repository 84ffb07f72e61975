import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startConsole, type ConsoleServer } from './console-server';

/** Console messages no test expects; each test ends by asserting there were none. */
export interface ConsoleProblems {
  list: string[];
  /** Allow messages matching this pattern (e.g. the CSP violation a security test provokes). */
  allow(pattern: RegExp): void;
}

export const test = base.extend<{
  /**
   * Run the page in a browser profile on disk, as the console's users do, instead of
   * Playwright's default off-the-record context. Chromium keeps an off-the-record profile's
   * IndexedDB in memory, and there every write gets slower as the database grows: 50,000 users
   * took about 60 s to write there, against about 10 s on disk (test/e2e/large-lists.spec.ts).
   */
  profileOnDisk: boolean;
  consoleServer: ConsoleServer;
  problems: ConsoleProblems;
  app: Page;
}>({
  profileOnDisk: [false, { option: true }],
  page: async (
    { page, profileOnDisk, playwright, browserName, launchOptions, locale, viewport },
    use,
  ) => {
    if (!profileOnDisk) return use(page);
    const profile = await mkdtemp(join(tmpdir(), 'vpp-e2e-profile-'));
    const context = await playwright[browserName].launchPersistentContext(profile, {
      ...launchOptions,
      locale,
      viewport,
    });
    try {
      await use(context.pages()[0] ?? (await context.newPage()));
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  },
  // Playwright fixtures must destructure their dependencies, even when there are none.
  // eslint-disable-next-line no-empty-pattern
  consoleServer: async ({}, use) => {
    const server = await startConsole();
    await use(server);
    await server.stop();
  },
  problems: async ({ page }, use) => {
    // axe and the accessibility tree reach into the Outbox's mail frame, which is sandboxed
    // without scripts and says so: the sandbox working, not a fault. (The mail itself holds no
    // script; test/integration/mail checks what it holds.)
    const allowed: RegExp[] = [/Blocked script execution in 'about:srcdoc'/];
    const list: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        list.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => list.push(`pageerror: ${error.message}`));
    const problems = { list, allow: (pattern: RegExp) => allowed.push(pattern) };
    await use(problems);
    expect(list.filter((line) => !allowed.some((pattern) => pattern.test(line)))).toEqual([]);
  },
  /** The console, opened with the link `npm run web` printed, ready to use. */
  app: async ({ page, consoleServer, problems }, use) => {
    void problems;
    await page.goto(consoleServer.url);
    await expect(page.getByRole('navigation', { name: 'Sidebar' })).toBeVisible();
    await use(page);
  },
});

export { expect };
