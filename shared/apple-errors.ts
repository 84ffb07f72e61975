import { CLIENT_ERRORS, type SentenceParams } from './apple-errors/client-errors';
import { LEGACY_ERRORS } from './apple-errors/legacy-errors';
import { SUBSCRIPTION_ERRORS } from './apple-errors/subscription-errors';
import type { AppleErrorEntry, Lang } from './apple-errors/types';
import { V2_ERRORS } from './apple-errors/v2-errors';

export type {
  AppleErrorAction,
  AppleErrorEntry,
  AppleErrorSource,
  Lang,
} from './apple-errors/types';
export type { SentenceParams } from './apple-errors/client-errors';

/**
 * One table: every Apple error number in reference/vpp-api.md §5.2–5.4 (plus 9622 and
 * 9811–9818) with a plain sentence in English and Dutch that tells an admin what to do.
 */
export const APPLE_ERRORS: readonly AppleErrorEntry[] = [
  ...V2_ERRORS,
  ...LEGACY_ERRORS,
  ...SUBSCRIPTION_ERRORS,
].sort((a, b) => a.number - b.number);

const byNumber = new Map(APPLE_ERRORS.map((entry) => [entry.number, entry]));

export const appleErrorEntry = (errorNumber: number): AppleErrorEntry | undefined =>
  byNumber.get(errorNumber);

/** The sentence for an Apple error number; unknown numbers still get a sensible one. */
export const appleErrorSentence = (
  errorNumber: number,
  lang: Lang,
  fallbackMessage?: string,
): string => {
  const entry = byNumber.get(errorNumber);
  if (entry) return entry[lang];
  const message = fallbackMessage?.trim();
  if (lang === 'nl') {
    return message
      ? `Apple meldde fout ${errorNumber}: ${message}`
      : `Apple meldde fout ${errorNumber}. Probeer het later opnieuw; blijft het gebeuren, neem dan contact op met Apple.`;
  }
  return message
    ? `Apple reported error ${errorNumber}: ${message}`
    : `Apple reported error ${errorNumber}. Try again later; if it keeps happening, contact Apple.`;
};

export const CLIENT_ERROR_CODES = Object.keys(CLIENT_ERRORS);

/** The sentence for one of the client's own failures (`network.timeout`, `tokenFile.notJson`…). */
export const clientErrorSentence = (
  code: string,
  lang: Lang,
  params: SentenceParams = {},
): string | undefined =>
  Object.hasOwn(CLIENT_ERRORS, code) ? CLIENT_ERRORS[code]![lang](params) : undefined;

/**
 * For any error code the main process sends (`apple.9621`, `network.dropped`, …): the sentence
 * from this table, or undefined for codes that other parts of the console translate.
 */
export const errorSentence = (
  code: string,
  lang: Lang,
  params: SentenceParams = {},
): string | undefined => {
  const apple = /^apple\.(\d+)$/.exec(code);
  if (apple) {
    const message = typeof params.message === 'string' ? params.message : undefined;
    return appleErrorSentence(Number(apple[1]), lang, message);
  }
  return clientErrorSentence(code, lang, params);
};
