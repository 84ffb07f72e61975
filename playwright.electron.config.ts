import { defineConfig } from '@playwright/test';

// The desktop app's end-to-end spec (test/e2e-electron). It needs the Electron binary and the
// build (`npm run build`); where the binary is missing every test skips and says why.
export default defineConfig({
  testDir: 'test/e2e-electron',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results/electron',
});
