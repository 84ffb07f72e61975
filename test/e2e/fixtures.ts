import { test as base, expect, type Page } from '@playwright/test';
import { startConsole, type ConsoleServer } from './console-server';

/** Console messages no test expects; each test ends by asserting there were none. */
export interface ConsoleProblems {
  list: string[];
  /** Allow messages matching this pattern (e.g. the CSP violation a security test provokes). */
  allow(pattern: RegExp): void;
}

export const test = base.extend<{
  consoleServer: ConsoleServer;
  problems: ConsoleProblems;
  app: Page;
}>({
  // Playwright fixtures must destructure their dependencies, even when there are none.
  // eslint-disable-next-line no-empty-pattern
  consoleServer: async ({}, use) => {
    const server = await startConsole();
    await use(server);
    await server.stop();
  },
  problems: async ({ page }, use) => {
    const allowed: RegExp[] = [];
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
