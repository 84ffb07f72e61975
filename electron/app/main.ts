import { startMainProcess } from './app-lifecycle';

// The desktop app's entry (bundled to dist/electron/main.cjs by scripts/bundle-electron.mjs).
void startMainProcess(process.argv);
