import { describe, expect, it } from 'vitest';
import { errorText } from '../../../renderer/i18n/error-text';
import { createI18n } from '../../../renderer/i18n/i18n';

/** Every code the token services and the token file add, with the params they send. */
const CODES: [string, Record<string, string>][] = [
  ['tokenFile.tooLarge', { kilobytes: '256' }],
  ['tokenFile.innerToken', {}],
  ['tokenFile.expired', { date: '2026-05-01' }],
  ['tokens.pathFromBrowser', {}],
  ['tokens.fileUnreadable', { fileName: 'token.vpptoken', reason: 'EACCES' }],
  ['tokens.demoNeedsSandbox', {}],
  ['tokens.noLocation', {}],
  ['tokens.draftExpired', {}],
  ['tokens.duplicate', { name: 'Hoofdgebouw', location: 'De Regenboog – Hoofdgebouw' }],
  ['tokens.renewOtherLocation', { fileLocation: 'Kindcentrum', tokenLocation: 'Hoofdgebouw' }],
  ['tokens.notFound', {}],
];

describe('the token codes have a plain sentence in English and Dutch', () => {
  const english = createI18n('en');
  const dutch = createI18n('nl');

  it.each(CODES)('%s', (code, params) => {
    const error = { code, message: 'English fallback from main', params };
    const en = errorText(english, error);
    const nl = errorText(dutch, error);
    for (const sentence of [en, nl]) {
      expect(sentence).not.toBe(error.message);
      expect(sentence).not.toMatch(/{{|}}|undefined/);
      for (const value of Object.values(params)) expect(sentence).toContain(value);
    }
    expect(nl).not.toBe(en);
  });

  it('sends the admin to the place where content tokens are downloaded', () => {
    const expired = { code: 'tokenFile.expired', message: 'x', params: { date: '2026-05-01' } };
    expect(errorText(english, expired)).toContain(
      'Preferences → Payments and Billing → Content Tokens',
    );
    expect(errorText(dutch, expired)).toContain(
      'Voorkeuren → Betaal- en factuurgegevens → Inhoudstokens',
    );
  });
});
