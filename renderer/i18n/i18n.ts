import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';
import type { UiLanguage } from './resolve-language';

export const resources = { en: { translation: en }, nl: { translation: nl } } as const;

/** One i18next instance per console window (and per test), with both languages bundled. */
export const createI18n = (language: UiLanguage): I18n => {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'nl'],
    // Task kinds and error codes contain ':' and '.'; only '.' separates key levels.
    nsSeparator: false,
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
    returnNull: false,
  });
  applyDocumentLanguage(language);
  return instance;
};

/** Switches the language live: every mounted `useTranslation` re-renders, no reload. */
export const switchLanguage = async (instance: I18n, language: UiLanguage): Promise<void> => {
  if (instance.language !== language) await instance.changeLanguage(language);
  applyDocumentLanguage(language);
};

const applyDocumentLanguage = (language: UiLanguage): void => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};
