import { readFile } from 'node:fs/promises';
import { replaceDurably } from './durable-file';

/**
 * Write via a temporary file, fsynced, then renamed, so a crash or a power cut mid-write leaves
 * either the old file or the new one, never half of each. Each write has its own temporary file,
 * so two writes at once never share one. Folders it creates are private to the user (the data
 * directory will hold the vault).
 */
export const writeFileAtomic = (path: string, data: string): Promise<void> =>
  replaceDurably(path, data);

/** Read a file, or `undefined` when it does not exist yet. */
export const readFileIfExists = async (path: string): Promise<string | undefined> => {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};
