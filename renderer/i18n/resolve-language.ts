import type { Language } from '../../shared/domain/settings';

export type UiLanguage = 'en' | 'nl';

/** `system` follows the operating system: Dutch for any `nl-*` locale, English otherwise. */
export const resolveLanguage = (
  setting: Language,
  systemLanguage: string | undefined,
): UiLanguage => {
  if (setting !== 'system') return setting;
  return systemLanguage?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
};

/** The browser's (or Electron's, which follows the OS) preferred language. */
export const systemLanguage = (): string | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.language;
