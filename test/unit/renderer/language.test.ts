import { describe, expect, it } from 'vitest';
import { createI18n, switchLanguage } from '../../../renderer/i18n/i18n';
import { formattingLocale } from '../../../renderer/i18n/format';
import { resolveLanguage } from '../../../renderer/i18n/resolve-language';

describe('choosing the language', () => {
  it('follows the system when set to System: Dutch for any nl locale, else English', () => {
    expect(resolveLanguage('system', 'nl-NL')).toBe('nl');
    expect(resolveLanguage('system', 'nl-BE')).toBe('nl');
    expect(resolveLanguage('system', 'NL')).toBe('nl');
    expect(resolveLanguage('system', 'en-GB')).toBe('en');
    expect(resolveLanguage('system', 'fr-FR')).toBe('en');
    expect(resolveLanguage('system', undefined)).toBe('en');
  });

  it('uses an explicit choice whatever the system speaks', () => {
    expect(resolveLanguage('nl', 'en-US')).toBe('nl');
    expect(resolveLanguage('en', 'nl-NL')).toBe('en');
  });

  it('switches live and labels the document with the language', async () => {
    const i18n = createI18n('en');
    expect(i18n.t('sidebar.activeTasks')).toBe('Active Tasks');
    expect(document.documentElement.lang).toBe('en');
    await switchLanguage(i18n, 'nl');
    expect(i18n.t('sidebar.activeTasks')).toBe('Actieve taken');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('writes dates the way the system does when it speaks the same language', () => {
    expect(formattingLocale('en', 'en-GB')).toBe('en-GB');
    expect(formattingLocale('nl', 'nl-BE')).toBe('nl-BE');
    expect(formattingLocale('nl', 'en-GB')).toBe('nl');
    expect(formattingLocale('en', undefined)).toBe('en');
  });
});
