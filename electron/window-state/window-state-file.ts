import { join } from 'node:path';
import { z } from 'zod';
import { readFileIfExists, writeFileAtomic } from '../host/atomic-file';
import type { WindowState } from './window-bounds';

export const WINDOW_STATE_FILE = 'window-state.json';

const finite = z.number().finite();
const StoredWindowState = z.object({
  bounds: z.object({
    x: finite,
    y: finite,
    width: finite.positive(),
    height: finite.positive(),
  }),
  maximized: z.boolean(),
});

/**
 * The last size, position and maximized state, or undefined when there is none or the file
 * can't be read as one (a corrupt file only costs the window its last position).
 */
export const loadWindowState = async (
  dataDir: string,
  log: (message: string) => void = () => {},
): Promise<WindowState | undefined> => {
  const path = join(dataDir, WINDOW_STATE_FILE);
  let text: string | undefined;
  try {
    text = await readFileIfExists(path);
  } catch (error) {
    log(`could not read ${path}: ${(error as Error).message}`);
    return undefined;
  }
  if (text === undefined) return undefined;
  try {
    return StoredWindowState.parse(JSON.parse(text));
  } catch {
    log(`${path} is not a window state; the window opens at its default place`);
    return undefined;
  }
};

/** Written via a temporary file and a rename, so a crash never leaves half a file. */
export const saveWindowState = (dataDir: string, state: WindowState): Promise<void> =>
  writeFileAtomic(join(dataDir, WINDOW_STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
