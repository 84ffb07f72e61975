import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TokenSource } from '../../shared/domain/tokens';
import { AppError } from '../host/app-error';
import type { CallContext } from '../host/dispatch';
import { checkTokenFileSize } from '../vpp/token-file';
import { tokenErrors } from './token-errors';

/**
 * A token file's text, from wherever the admin gave it. Sizes are checked before anything is
 * read, so a wrongly chosen video file is refused at once.
 */
export const readTokenSource = async (
  source: TokenSource,
  frontDoor: CallContext['frontDoor'],
  demoToken: () => Promise<string>,
): Promise<string> => {
  if (source.kind === 'demo') return demoToken();
  if (source.kind === 'content') {
    checkTokenFileSize(Buffer.byteLength(source.content, 'utf8'));
    return source.content;
  }
  // A page in a browser must not make main read files on this computer by name.
  if (frontDoor !== 'electron') throw tokenErrors.pathFromBrowser();
  return readTokenPath(source.path);
};

const readTokenPath = async (path: string): Promise<string> => {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    checkTokenFileSize(info.size);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw tokenErrors.fileUnreadable(
      basename(path),
      (error as NodeJS.ErrnoException).code ?? 'unknown',
    );
  }
};
