import { Notification, safeStorage } from 'electron';
import { startMainProcess } from './app-lifecycle';

// The desktop app's entry (bundled to dist/electron/main.cjs by scripts/bundle-electron.mjs).
// The vault keeps its key in the system keychain through safeStorage; notices (a token about
// to expire) become system notifications.
void startMainProcess(process.argv, undefined, {
  safeStorage,
  notify: ({ title, body }) => {
    if (Notification.isSupported()) new Notification({ title, body }).show();
  },
});
