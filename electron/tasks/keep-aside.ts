import { rename } from 'node:fs/promises';
import { basename } from 'node:path';

/**
 * Moves a file we cannot read out of the way as `<name>.corrupt-<time>`, so nothing in it is
 * lost to the next write and someone can look at it later.
 */
export const keepAside = async (path: string, log: (message: string) => void): Promise<void> => {
  const name = basename(path);
  const aside = `${path}.corrupt-${Date.now()}`;
  try {
    await rename(path, aside);
    log(`${name} could not be read; kept it as ${aside} and started without it`);
  } catch (error) {
    log(`${name} could not be read nor kept aside (${String(error)})`);
  }
};
