import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron executable, if one is installed; found without `require('electron')`, which
 * would try to download it (Electron ≥ 42 fetches its binary lazily).
 */
export const findElectronBinary = (): string | undefined => {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, relative || 'electron')
    : relative
      ? join(packageDir, 'dist', relative)
      : undefined;
  return candidate && existsSync(candidate) ? candidate : undefined;
};

export const ELECTRON_MISSING_REASON =
  'Electron binary is not installed on this machine (it cannot be downloaded here); run where it exists: npx playwright test -c playwright.electron.config.ts';
