import { defineConfig } from '@playwright/test';

// End-to-end tests drive the full console through the browser front door (`npm run web`) in
// Debian's Chromium: no Playwright browser download is needed (or possible) here.
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  // 60 s and 2 workers hold for the slowest test too: the 50,000-user list seeds in about 10 s
  // on disk (large-lists.spec.ts; in Chromium's in-memory IndexedDB it took 60 s, which was the
  // flake) and measures its timings in the page, best of 3, so the other worker does not decide
  // them. CI runs one worker.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    locale: 'en-GB',
  },
});
