import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'VPP Console';

/**
 * The same folder Electron uses as `userData` for this app, so the desktop app and the browser
 * front door share their vault, schedule and settings.
 */
export const defaultDataDir = (
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string => {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_DIR_NAME);
};
