import type { Language } from '../../shared/domain/settings';
import type { TokenType } from '../../shared/domain/tokens';
import type { WarningKey } from './token-record';

export type NoticeLanguage = 'en' | 'nl';

export interface NoticeText {
  title: string;
  body: string;
}

export interface NoticeSubject {
  name: string;
  locationName: string;
  type: TokenType;
  expiresAt: string;
}

/** The console's language: the one chosen in Settings, else the system's when it is Dutch. */
export const noticeLanguage = (setting: Language, systemLocale: string): NoticeLanguage => {
  if (setting !== 'system') return setting;
  return systemLocale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
};

const MANAGER: Record<TokenType, string> = {
  education: 'Apple School Manager',
  business: 'Apple Business Manager',
};

/** Apple's steps to a content token, worded as in shared/apple-errors (TOKEN_PLACE). */
const place = (type: TokenType, lang: NoticeLanguage): string =>
  lang === 'en'
    ? `${MANAGER[type]} (your name at the bottom of the sidebar → Preferences → Payments and Billing → Content Tokens)`
    : `${MANAGER[type]} (je naam onder in de navigatiekolom → Voorkeuren → Betaal- en factuurgegevens → Inhoudstokens)`;

const dateOf = (iso: string, lang: NoticeLanguage): string =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-US', { dateStyle: 'long' }).format(
    Date.parse(iso),
  );

type Texts = Record<NoticeLanguage, (s: NoticeSubject, date: string, where: string) => NoticeText>;

const soon = (days: number): Texts => ({
  en: (s, date, where) => ({
    title:
      days === 1 ? 'Content token expires within a day' : `Content token expires in ${days} days`,
    body: `“${s.name}” (${s.locationName}) expires on ${date}. Download a new token from ${where}, then choose Renew Token… in VPP Console.`,
  }),
  nl: (s, date, where) => ({
    title:
      days === 1
        ? 'Inhoudstoken verloopt binnen een dag'
        : `Inhoudstoken verloopt over ${days} dagen`,
    body: `„${s.name}” (${s.locationName}) verloopt op ${date}. Download een nieuw token via ${where} en kies daarna ‘Vernieuw token…’ in VPP Console.`,
  }),
});

const TEXTS: Record<WarningKey, Texts> = {
  '30': soon(30),
  '14': soon(14),
  '7': soon(7),
  '1': soon(1),
  expired: {
    en: (s, date, where) => ({
      title: 'Content token expired',
      body: `“${s.name}” (${s.locationName}) expired on ${date}, so VPP Console can’t sync its apps and books. Download a new token from ${where}, then choose Renew Token… in VPP Console.`,
    }),
    nl: (s, date, where) => ({
      title: 'Inhoudstoken verlopen',
      body: `„${s.name}” (${s.locationName}) is verlopen op ${date}, dus VPP Console kan de apps en boeken ervan niet synchroniseren. Download een nieuw token via ${where} en kies daarna ‘Vernieuw token…’ in VPP Console.`,
    }),
  },
  revoked: {
    en: (s, _date, where) => ({
      title: 'Content token revoked',
      body: `Apple has revoked “${s.name}” (${s.locationName}): a newer token for this location was downloaded, or the password of the account that downloaded it was changed. Download the current token from ${where}, then choose Renew Token… in VPP Console.`,
    }),
    nl: (s, _date, where) => ({
      title: 'Inhoudstoken ingetrokken',
      body: `Apple heeft „${s.name}” (${s.locationName}) ingetrokken: er is een nieuwer token voor deze locatie gedownload, of het wachtwoord van het account dat het heeft gedownload is gewijzigd. Download het huidige token via ${where} en kies daarna ‘Vernieuw token…’ in VPP Console.`,
    }),
  },
};

export const noticeText = (
  key: WarningKey,
  subject: NoticeSubject,
  lang: NoticeLanguage,
): NoticeText =>
  TEXTS[key][lang](subject, dateOf(subject.expiresAt, lang), place(subject.type, lang));
