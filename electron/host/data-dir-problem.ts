import { getSystemErrorMap } from 'node:util';

/**
 * Why the console cannot use its data folder, as one plain sentence that says what to do.
 * Both front doors show only the sentence (web-cli on stderr, the desktop app in a dialog)
 * and exit 1: a Node stack trace tells an admin nothing.
 */
export class DataDirProblem extends Error {
  constructor(
    readonly dataDir: string,
    sentence: string,
  ) {
    super(sentence);
    this.name = 'DataDirProblem';
  }

  static isAFile(dataDir: string): DataDirProblem {
    return new DataDirProblem(
      dataDir,
      `The data folder ${dataDir} is a file, not a folder. Choose another with --data-dir DIR.`,
    );
  }

  static partIsAFile(dataDir: string, part: string): DataDirProblem {
    return new DataDirProblem(
      dataDir,
      `The data folder ${dataDir} cannot be made: ${part} is a file, not a folder. ` +
        'Choose another with --data-dir DIR.',
    );
  }

  static cannotCreate(dataDir: string, error: unknown): DataDirProblem {
    return new DataDirProblem(
      dataDir,
      `VPP Console cannot create its data folder ${dataDir} (${reasonOf(error)}). ` +
        'Choose another with --data-dir DIR.',
    );
  }

  static cannotWrite(dataDir: string, error: unknown): DataDirProblem {
    return new DataDirProblem(
      dataDir,
      `VPP Console cannot write in its data folder ${dataDir} (${reasonOf(error)}). ` +
        'Give yourself write access to it, or choose another with --data-dir DIR.',
    );
  }

  static cannotRead(dataDir: string, path: string, role: string, error: unknown): DataDirProblem {
    return new DataDirProblem(
      dataDir,
      `VPP Console cannot read its ${role} ${path} (${reasonOf(error)}). ` +
        'Give yourself access to it, or choose another folder with --data-dir DIR.',
    );
  }

  /** `name` in the folder is a folder where the console keeps its `role` (e.g. "lock file"). */
  static holdsFolder(dataDir: string, name: string, role: string): DataDirProblem {
    return new DataDirProblem(
      dataDir,
      `The data folder ${dataDir} holds a folder named ${name} where the console keeps its ` +
        `${role}. Move it away, or choose another folder with --data-dir DIR.`,
    );
  }
}

export const errorCodeOf = (error: unknown): string | undefined =>
  (error as NodeJS.ErrnoException | undefined)?.code;

/** Words an admin knows for the common refusals; the system's own words for the rest. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
};

const reasonOf = (error: unknown): string => {
  const code = errorCodeOf(error);
  if (code && REASONS[code]) return REASONS[code];
  const errno = (error as NodeJS.ErrnoException | undefined)?.errno;
  const system = errno === undefined ? undefined : getSystemErrorMap().get(errno)?.[1];
  return system ?? (error instanceof Error ? error.message : String(error));
};
