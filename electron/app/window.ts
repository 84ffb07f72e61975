import { app, BrowserWindow, nativeTheme, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from '../security/app-origin';
import { MIN_SIZE, type WindowState } from '../window-state/window-bounds';
import type { TrustedSenders } from './trusted-senders';

export const APP_NAME = 'VPP Console';

/** The sandbox settings are stated even where they are Electron's defaults, so none drifts. */
export const mainWindowOptions = (
  placement: WindowState,
  preloadPath: string,
  { darkMode = false, devTools = true }: { darkMode?: boolean; devTools?: boolean } = {},
): BrowserWindowConstructorOptions => ({
  ...placement.bounds,
  minWidth: MIN_SIZE.width,
  minHeight: MIN_SIZE.height,
  title: APP_NAME,
  // Shown on ready-to-show, painted in the page's own background: no white flash.
  show: false,
  backgroundColor: darkMode ? '#1e1e1e' : '#f5f5f7',
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    // Developer tools only in a development build; an installed console has none to open.
    devTools,
  },
});

export interface MainWindowOptions {
  placement: WindowState;
  preloadPath: string;
  senders: TrustedSenders;
  log?: (message: string) => void;
}

/** Opens the console's window; its webContents is trusted before the page loads. */
export const createMainWindow = (options: MainWindowOptions): BrowserWindow => {
  const log = options.log ?? ((message: string) => console.warn(`[window] ${message}`));
  const window = new BrowserWindow(
    mainWindowOptions(options.placement, options.preloadPath, {
      darkMode: nativeTheme.shouldUseDarkColors,
      devTools: !app.isPackaged,
    }),
  );
  options.senders.add(window.webContents);
  window.once('ready-to-show', () => {
    if (options.placement.maximized) window.maximize();
    window.show();
  });
  window.webContents.on('render-process-gone', (_event, details) =>
    log(`the console's page stopped (${details.reason}); reload it from the View menu`),
  );
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    log(`could not load ${APP_ENTRY_URL}: ${(error as Error).message}`);
  });
  return window;
};
