import { screen, type BrowserWindow } from 'electron';
import { placeWindow, type WindowState } from '../window-state/window-bounds';
import { loadWindowState, saveWindowState } from '../window-state/window-state-file';

type Log = (message: string) => void;
const defaultLog: Log = (message) => console.warn(`[window-state] ${message}`);

const SAVE_DELAY_MS = 500;

/** Where to open the window: its remembered place, moved onto a display that still exists. */
export const restoreWindowPlacement = async (
  dataDir: string,
  log: Log = defaultLog,
): Promise<WindowState> => {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return placeWindow(await loadWindowState(dataDir, log), [primary, ...others]);
};

export interface PlacementTracker {
  /** Writes what is pending; resolves when the file is on disk. */
  flush(): Promise<void>;
}

/**
 * Remembers the window's size, position and maximized state in `<dataDir>/window-state.json`:
 * shortly after it moves or resizes, and when it closes.
 */
export const rememberWindowPlacement = (
  window: BrowserWindow,
  dataDir: string,
  log: Log = defaultLog,
): PlacementTracker => {
  let timer: NodeJS.Timeout | undefined;
  let pending: WindowState | undefined;
  let writes: Promise<void> = Promise.resolve();

  // The normal bounds, so that a maximized or minimized window comes back at its own size.
  const capture = (): WindowState | undefined =>
    window.isDestroyed()
      ? undefined
      : {
          bounds:
            window.isMaximized() || window.isMinimized()
              ? window.getNormalBounds()
              : window.getBounds(),
          maximized: window.isMaximized(),
        };

  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    const state = pending;
    pending = undefined;
    if (!state) return writes;
    writes = writes
      .then(() => saveWindowState(dataDir, state))
      .catch((error: unknown) => log(`could not save the window's place: ${String(error)}`));
    return writes;
  };

  const schedule = () => {
    pending = capture() ?? pending;
    clearTimeout(timer);
    timer = setTimeout(() => void write(), SAVE_DELAY_MS);
  };

  window.on('resize', schedule);
  window.on('move', schedule);
  window.on('maximize', schedule);
  window.on('unmaximize', schedule);
  window.on('close', () => {
    pending = capture() ?? pending;
    void write();
  });

  return { flush: () => write() };
};
