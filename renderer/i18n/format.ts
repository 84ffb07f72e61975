import { useTranslation } from 'react-i18next';
import { systemLanguage } from './resolve-language';

/**
 * The locale for dates: the system's own when it speaks the console's language (en-GB writes
 * "21 Nov 2026, 16:05", en-US "Nov 21, 2026, 4:05 PM"), else the console's language.
 */
export const formattingLocale = (uiLanguage: string, system: string | undefined): string =>
  system && system.toLowerCase().split('-')[0] === uiLanguage ? system : uiLanguage;

export const formatDateTime = (time: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);

export const formatDate = (time: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(time);

export const useFormatters = () => {
  const { i18n } = useTranslation();
  const locale = formattingLocale(i18n.resolvedLanguage ?? i18n.language, systemLanguage());
  return {
    dateTime: (time: number) => formatDateTime(time, locale),
    date: (time: number) => formatDate(time, locale),
  };
};
