import i18next, { type TFunction } from 'i18next';
import { en } from '../../renderer/i18n/en';
import { nl } from '../../renderer/i18n/nl';
import { sectionLabelKeys, type SectionId } from '../../renderer/features/sidebar/sections';

export type UiLanguage = 'en' | 'nl';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'nl'];

/**
 * The console's own words, from its own translations (as i18next renders them, plurals
 * included), so a test that needs a text follows the UI when its wording changes.
 */
const translators = new Map<UiLanguage, TFunction>();
export const uiText = (language: UiLanguage): TFunction => {
  let t = translators.get(language);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      resources: { en: { translation: en }, nl: { translation: nl } },
      lng: language,
      fallbackLng: 'en',
      nsSeparator: false,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    t = instance.t;
    translators.set(language, t);
  }
  return t;
};

export const sectionLabel = (language: UiLanguage, section: SectionId): string =>
  uiText(language)(sectionLabelKeys[section]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Words that end a host name or mail address, not a translation key ("apple.com"). */
const HOST_ENDINGS = new Set(['com', 'nl', 'org', 'net', 'io', 'example', 'local', 'localhost']);

/**
 * Translation keys shown as they are ("tasks.steps.contacting", "vppStatus.Associated"): what
 * i18next prints for a key it does not know. A key starts with one of the console's top-level
 * namespaces; host names and mail addresses ("vpp.itunes.apple.com") are not keys.
 */
export const rawKeysIn = (text: string): string[] => {
  const namespaces = Object.keys(en);
  const pattern = new RegExp(
    `(?<![\\w./@:-])(?:${namespaces.join('|')})(?:\\.[A-Za-z_][\\w]*)+(?![\\w@/-])`,
    'g',
  );
  return [...text.matchAll(pattern)]
    .map((match) => match[0])
    .filter((candidate) => {
      const segments = candidate.split('.');
      if (HOST_ENDINGS.has(segments.at(-1)!.toLowerCase())) return false;
      // The key's first level must be a group of texts, as every namespace is.
      return isObject((en as Record<string, unknown>)[segments[0]]);
    });
};
