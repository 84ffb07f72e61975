import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DataDirProblem, errorCodeOf } from './data-dir-problem';

/**
 * Creates the data folder and any missing parents, private to the user (it will hold the
 * vault), or throws a `DataDirProblem` saying why it cannot be one. Not `mkdir -p`
 * (`recursive: true`): Node's retries forever where a file system answers ENOENT under an
 * existing parent, as /proc does.
 */
export const makeDataFolder = async (dataDir: string): Promise<void> => {
  try {
    await makeFolder(dataDir);
  } catch (error) {
    if (error instanceof DataDirProblem) throw error;
    const code = errorCodeOf(error);
    if (code === 'ENOTDIR' || code === 'EEXIST') {
      const file = await fileInPath(dataDir);
      if (file === dataDir) throw DataDirProblem.isAFile(dataDir);
      if (file) throw DataDirProblem.partIsAFile(dataDir, file);
    }
    throw DataDirProblem.cannotCreate(dataDir, error);
  }
};

const makeFolder = async (dir: string, parentMade = false): Promise<void> => {
  try {
    await mkdir(dir, { mode: 0o700 });
  } catch (error) {
    const code = errorCodeOf(error);
    if (code === 'EEXIST' && (await isFolder(dir))) return;
    // ENOENT: a parent is missing. Make it, then try once more (once: never in circles).
    if (code !== 'ENOENT' || parentMade || dirname(dir) === dir) throw error;
    await makeFolder(dirname(dir));
    await makeFolder(dir, true);
  }
};

/** The nearest existing ancestor of `path` (or `path` itself) when it is not a folder. */
const fileInPath = async (path: string): Promise<string | undefined> => {
  for (let at = path; ; at = dirname(at)) {
    try {
      return (await stat(at)).isDirectory() ? undefined : at;
    } catch {
      if (dirname(at) === at) return undefined;
    }
  }
};

const isFolder = async (path: string): Promise<boolean> => {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
};
