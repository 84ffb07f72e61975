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

const unit = (locale: string, name: 'second' | 'minute' | 'hour', fraction = 0) =>
  new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: name,
    unitDisplay: 'short',
    maximumFractionDigits: fraction,
  });

/** How long something took: "0.3 sec", "12 sec", "3 min 5 sec", "2 hr 10 min". */
export const formatDuration = (ms: number, locale: string): string => {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 10) return unit(locale, 'second', 1).format(seconds);
  if (seconds < 60) return unit(locale, 'second').format(Math.round(seconds));
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60)
    return `${unit(locale, 'minute').format(minutes)} ${unit(locale, 'second').format(Math.round(seconds % 60))}`;
  return `${unit(locale, 'hour').format(Math.floor(minutes / 60))} ${unit(locale, 'minute').format(minutes % 60)}`;
};

/** A step's time after the task began: "+0.3 sec". */
export const formatOffset = (ms: number, locale: string): string =>
  `+${formatDuration(ms, locale)}`;

export const useFormatters = () => {
  const { i18n } = useTranslation();
  const locale = formattingLocale(i18n.resolvedLanguage ?? i18n.language, systemLanguage());
  return {
    dateTime: (time: number) => formatDateTime(time, locale),
    date: (time: number) => formatDate(time, locale),
    duration: (ms: number) => formatDuration(ms, locale),
    offset: (ms: number) => formatOffset(ms, locale),
  };
};
