import { ApiError } from '../../../shared/contract';
import { TOKEN_FILE_MAX_BYTES, type TokenSource } from '../../../shared/domain/tokens';

/**
 * What `tokens:inspect` gets for a chosen or dropped file: its path in the desktop app (main
 * reads it itself), else its content, read here once. The caller sends it at once and keeps
 * nothing: the content is in no state, store or database, only in this call's promise.
 */
export const tokenSourceOf = async (file: File, tooLargeMessage: string): Promise<TokenSource> => {
  // The same refusal main gives, without reading a file that can't be a token.
  if (file.size > TOKEN_FILE_MAX_BYTES) {
    throw new ApiError({
      code: 'tokenFile.tooLarge',
      message: tooLargeMessage,
      // As main says it (electron/vpp/token-file.ts), so one sentence serves both.
      params: { kilobytes: String(Math.ceil(file.size / 1024)) },
    });
  }
  const path = window.api?.pathForFile?.(file);
  if (path) return { kind: 'path', path };
  return { kind: 'content', fileName: file.name.slice(0, 255), content: await file.text() };
};

/** Whether a drag carries files (not text or a link), judged before the drop reveals them. */
export const carriesFiles = (transfer: DataTransfer | null): boolean =>
  !!transfer &&
  ([...transfer.types].includes('Files') ||
    [...transfer.items].some((item) => item.kind === 'file'));
