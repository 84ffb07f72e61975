import type { i18n as I18n } from 'i18next';
import { errorText, type ErrorInfo } from '../../i18n/error-text';

/**
 * A mail failure (`mail.*`, from Test Connection or a failed invitation) in the console's
 * language. Main words its sentences in English with the exact detail (the server's reply, the
 * certificate's flaw); English shows them as they are, Dutch says the same per code.
 */
export const mailErrorText = (i18n: I18n, error: ErrorInfo): string => {
  const language = i18n.resolvedLanguage ?? i18n.language;
  const key = error.code.startsWith('mail.') ? `mail.errors.${error.code.slice(5)}` : undefined;
  if (key && !language.startsWith('en') && i18n.exists(key))
    return i18n.t(key as never, { host: '', port: '', sender: '', recipient: '', ...error.params });
  return errorText(i18n, error);
};
