import type { i18n as I18n } from 'i18next';
import { errorSentence } from '../../shared/apple-errors';

export interface ErrorInfo {
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

/**
 * The plain-language sentence for an error from main, in the current language: Apple's error
 * numbers and the Apple client's own failures come from the one table in shared/apple-errors;
 * the console's other codes from the i18n files. Unknown codes fall back to main's English
 * message, never to a bare code.
 */
export const errorText = (i18n: I18n, error: ErrorInfo): string => {
  const values = { message: error.message, ...error.params };
  const language = i18n.resolvedLanguage ?? i18n.language;
  const shared = errorSentence(error.code, language?.startsWith('nl') ? 'nl' : 'en', values);
  if (shared) return shared;
  const mail = mailSentence(i18n, error, language);
  if (mail) return mail;
  const key = `errors.${error.code}`;
  if (hasSentence(i18n, key)) return i18n.t(key as never, values);
  return error.message;
};

/**
 * A mail failure (`mail.*`, from Test Connection or a failed invitation). Main words its
 * sentences in English with the exact detail (the server's reply, the certificate's flaw):
 * English shows them as they are, Dutch says the same per code (`mail.errors.*`).
 */
const mailSentence = (
  i18n: I18n,
  error: ErrorInfo,
  language: string | undefined,
): string | undefined => {
  if (!error.code.startsWith('mail.') || language?.startsWith('en')) return undefined;
  const key = `mail.errors.${error.code.slice('mail.'.length)}`;
  if (!hasSentence(i18n, key)) return undefined;
  return i18n.t(key as never, { host: '', port: '', sender: '', recipient: '', ...error.params });
};

/** Only a string is a sentence: `errors.network` is a group of keys, not one. */
const hasSentence = (i18n: I18n, key: string): boolean => {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return typeof i18n.getResource(language, 'translation', key) === 'string';
};

/** An ApiError, a task's error, or anything a promise rejected with, as `ErrorInfo`. */
export const errorInfoOf = (error: unknown): ErrorInfo => {
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
    const { code, message, params } = error as ErrorInfo;
    if (typeof code === 'string' && typeof message === 'string') return { code, message, params };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message };
};
