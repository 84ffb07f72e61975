import type { i18n as I18n } from 'i18next';

/** The console's language as an invitation language: a user without one gets the console's. */
export const uiLanguageOf = (i18n: I18n): 'en' | 'nl' =>
  (i18n.resolvedLanguage ?? i18n.language).startsWith('nl') ? 'nl' : 'en';
