import { rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readFileIfExists } from './atomic-file';
import { DataDirProblem, errorCodeOf } from './data-dir-problem';

/**
 * A store's file in the data folder, or `undefined` when there is none yet. A folder in its
 * place, or a file the console may not read, is a `DataDirProblem` that names `what` it is
 * ("settings file", "token list"): the console stops with that sentence rather than start
 * without the file and overwrite it later.
 */
export const readDataFile = async (
  dataDir: string,
  fileName: string,
  what: string,
): Promise<string | undefined> => {
  const path = join(dataDir, fileName);
  try {
    return await readFileIfExists(path);
  } catch (error) {
    const code = errorCodeOf(error);
    if (code === 'EISDIR') throw DataDirProblem.holdsFolder(dataDir, fileName, what);
    if (code?.startsWith('E')) throw DataDirProblem.cannotRead(dataDir, path, what, error);
    throw error;
  }
};

/**
 * Moves a store's file that can't be read as what it should be out of the way as
 * `<name>.corrupt-<time>` (nothing in it is lost), or stops the console when it can't: the
 * store would overwrite it with its defaults. `startingWith` says what the console does
 * instead, for the log.
 */
export const keepDataFileAside = async (
  dataDir: string,
  path: string,
  startingWith: string,
  log: (message: string) => void,
): Promise<void> => {
  const aside = `${path}.corrupt-${Date.now()}`;
  await rename(path, aside).catch((error: unknown) => {
    throw DataDirProblem.cannotWrite(dataDir, error);
  });
  log(`${basename(path)} could not be read; kept it as ${aside} and ${startingWith}`);
};
