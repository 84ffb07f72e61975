import { join } from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { Settings } from '../../shared/domain/settings';
import { lockDataDir } from '../host/data-dir-lock';
import { APP_DIR_NAME } from '../host/default-data-dir';
import { createHost, type Host, type HostOptions } from '../host/host';
import { keepRunningOnUncaughtErrors } from '../host/last-resort';
import { dataDirFromArgv } from './cli-args';
import { forwardHostEvents, handle, sendToConsole } from './ipc';
import { installApplicationMenu } from './menu';
import { menuLanguage } from './menu-labels';
import { registerAppScheme, serveRenderer } from './protocol';
import { installWebContentsPolicy, openAllowedExternal, secureSession } from './security';
import { TrustedSenders } from './trusted-senders';
import { APP_NAME, createMainWindow } from './window';
import {
  rememberWindowPlacement,
  restoreWindowPlacement,
  type PlacementTracker,
} from './window-state';

type Log = (message: string) => void;

/** What only the real Electron gives (main.ts passes them; the unit tests' fake has none). */
export type DesktopServices = Pick<HostOptions, 'safeStorage' | 'notify'>;

export interface RunningConsole {
  host: Host;
  dataDir: string;
  mainWindow(): BrowserWindow | undefined;
}

/**
 * The desktop app's life: one instance per data folder, the host composed once `ready`, one
 * main window, and on quit the window's place saved and the host closed before Electron exits.
 * Resolves with the running console, or undefined when this copy hands over and quits.
 */
export const startMainProcess = (
  argv: readonly string[],
  log: Log = (message) => console.warn(`[main] ${message}`),
  desktop: DesktopServices = {},
): Promise<RunningConsole | undefined> => {
  // A bug nothing caught costs a line in the log, not the console (and not Electron's dialog).
  keepRunningOnUncaughtErrors(log);
  let dataDir: string;
  try {
    dataDir = dataDirFromArgv(argv) ?? join(app.getPath('appData'), APP_DIR_NAME);
  } catch (error) {
    return fail(error, log);
  }
  // Before `ready`: the name and folder decide userData (where IndexedDB lives) and the
  // single-instance lock, which is per userData folder.
  app.setName(APP_NAME);
  app.setPath('userData', dataDir);
  registerAppScheme();
  // Every renderer sandboxed, not only the windows that ask for it (Electron's checklist).
  app.enableSandbox();
  installWebContentsPolicy(log);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return Promise.resolve(undefined);
  }

  let mainWindow: BrowserWindow | undefined;
  let openMainWindow: (() => Promise<void>) | undefined;
  // Starting the app again brings its window forward, or opens one (macOS keeps the app
  // running with every window closed).
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      void openMainWindow?.();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  return app
    .whenReady()
    .then(async (): Promise<RunningConsole> => {
      // The single-instance lock covers Electron only; `npm run web` may use the same folder.
      // Taking the lock also creates the folder, private to the user. A folder it cannot use
      // throws a DataDirProblem, whose one sentence `fail` shows.
      const dataDirLock = await lockDataDir(dataDir, 'electron');
      const host = await createHost({
        dataDir,
        frontDoor: 'electron',
        appVersion: app.getVersion(),
        systemLocale: app.getLocale(),
        openExternal: async (url) => void (await openAllowedExternal(url)),
        ...desktop,
        log,
      }).catch(async (error: unknown) => {
        await dataDirLock.release(); // the folder is not ours to hold if we cannot start
        throw error;
      });
      secureSession(session.defaultSession);
      serveRenderer(join(app.getAppPath(), 'dist', 'renderer'));

      const senders = new TrustedSenders();
      const unbindIpc = handle(host.dispatch, senders, log);
      const stopEvents = forwardHostEvents(host, senders);
      const stopMenu = await keepMenuInLanguage(host, senders, log);

      const trackers: PlacementTracker[] = [];
      openMainWindow = async () => {
        const placement = await restoreWindowPlacement(dataDir, log);
        const window = createMainWindow({
          placement,
          preloadPath: join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'),
          senders,
          log,
        });
        trackers.push(rememberWindowPlacement(window, dataDir, log));
        window.on('closed', () => {
          if (mainWindow === window) mainWindow = undefined;
        });
        mainWindow = window;
      };
      await openMainWindow();

      // macOS keeps the app running without windows; the Dock icon opens a new one.
      app.on('activate', () => {
        if (!mainWindow) void openMainWindow?.();
      });
      app.on('window-all-closed', () => {
        if (process.platform !== 'darwin') app.quit();
      });

      let closed = false;
      app.on('will-quit', (event) => {
        if (closed) return;
        event.preventDefault();
        const shutDown = async () => {
          unbindIpc();
          stopEvents();
          stopMenu();
          await Promise.all(trackers.map((tracker) => tracker.flush()));
          await host.close();
          await dataDirLock.release();
        };
        void shutDown()
          .catch((error: unknown) => log(`shutting down: ${String(error)}`))
          .finally(() => {
            closed = true;
            app.quit();
          });
      });

      return { host, dataDir, mainWindow: () => mainWindow };
    })
    .catch((error: unknown) => fail(error, log));
};

/** The menu follows the console's language setting, switching when it changes. */
const keepMenuInLanguage = async (
  host: Host,
  senders: TrustedSenders,
  log: Log,
): Promise<() => void> => {
  const install = (settings: Settings) =>
    installApplicationMenu({
      platform: process.platform,
      isDev: !app.isPackaged,
      language: menuLanguage(settings.language, app.getLocale()),
      openExternal: (url) => void openAllowedExternal(url).catch((e: unknown) => log(String(e))),
      sendCommand: (command) => sendToConsole(senders, 'menu:command', { command }),
    });
  const current = await host.dispatch('settings:get', undefined, { frontDoor: 'electron' });
  install(current.ok ? (current.value as Settings) : Settings.parse({}));
  return host.subscribe((event, payload) => {
    if (event === 'settings:changed') install(payload as Settings);
  });
};

const fail = (error: unknown, log: Log): Promise<undefined> => {
  const message = error instanceof Error ? error.message : String(error);
  log(`could not start: ${message}`);
  dialog.showErrorBox('VPP Console could not start', message);
  app.exit(1);
  return Promise.resolve(undefined);
};
