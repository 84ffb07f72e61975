import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Write via a temporary file and rename, so a crash mid-write leaves either the old file or
 * the new one, never half of each. Each write has its own temporary file, so two writes at once
 * never share one. Folders it creates are private to the user (the data directory will hold
 * the vault).
 */
export const writeFileAtomic = async (path: string, data: string): Promise<void> => {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${randomUUID()}.tmp`;
  await writeFile(tmp, data, { mode: 0o600 });
  await rename(tmp, path);
};

/** Read a file, or `undefined` when it does not exist yet. */
export const readFileIfExists = async (path: string): Promise<string | undefined> => {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};
