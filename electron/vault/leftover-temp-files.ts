import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Removes the temporary files a write cut off by a crash left next to `path` (writeFileAtomic
 * names them `<name>.<uuid>.tmp`). They hold only ciphertext, but would pile up. Safe because
 * the data-folder lock lets one console at a time write here.
 */
export const removeLeftoverTempFiles = async (path: string): Promise<void> => {
  const prefix = `${basename(path)}.`;
  const leftover = new RegExp(`^${prefix.replace(/\./g, '\\.')}[0-9a-f-]{36}\\.tmp$`);
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return; // no folder yet, or one we cannot list: reading vault.json will say so
  }
  await Promise.all(
    names
      .filter((name) => leftover.test(name))
      .map((name) => rm(join(dirname(path), name), { force: true })),
  );
};
