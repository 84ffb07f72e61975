import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { nl } from '../../../renderer/i18n/nl';

const flatten = (tree: object, prefix = ''): Map<string, unknown> => {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') {
      for (const [nested, leaf] of flatten(value, path)) entries.set(nested, leaf);
    } else entries.set(path, value);
  }
  return entries;
};

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const english = flatten(en);
  const dutch = flatten(nl);

  it('have exactly the same keys in English and Dutch', () => {
    expect([...dutch.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty or non-string entries', () => {
    for (const [language, strings] of [
      ['en', english],
      ['nl', dutch],
    ] as const) {
      const blank = [...strings].filter(([, value]) => typeof value !== 'string' || !value.trim());
      expect(blank, `blank ${language} strings`).toEqual([]);
    }
  });

  it('fill in the same placeholders in both languages', () => {
    const mismatched = [...english].filter(
      ([key, text]) =>
        placeholders(String(text)).join() !== placeholders(String(dutch.get(key) ?? '')).join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('use Apple’s Dutch labels for the sidebar and tabs', () => {
    expect(nl.sidebar).toMatchObject({
      library: 'Bibliotheek',
      activity: 'Activiteit',
      devices: 'Apparaten',
      deviceGroups: 'Apparaatgroepen',
      users: 'Gebruikers',
      groups: 'Groepen',
      books: 'Boeken',
      activeTasks: 'Actieve taken',
      completedTasks: 'Voltooide taken',
      settings: 'Instellingen',
    });
    expect(nl.detail.tabs.info).toBe('Info');
    expect(nl.settings.save).toBe('Bewaar');
    expect(nl.settings.revert).toBe('Herstel');
    expect(nl.tasks.runAgain).toBe('Opnieuw');
  });

  it('write English as Apple’s US English: About first, licenses, Canceled, Organization', () => {
    expect(en.detail.tabs.info).toBe('About');
    expect(en.tasks.status.cancelled).toBe('Canceled');
    expect(en.tokens.orgName).toBe('Organization');
    const british = [...english].filter(([, text]) =>
      /licence|organis|cancell|colour|behaviour/i.test(String(text)),
    );
    expect(british.map(([key]) => key)).toEqual([]);
  });

  it('use typographic apostrophes and quotes, never typewriter ones', () => {
    for (const strings of [english, dutch]) {
      const typewriter = [...strings].filter(([, text]) => /['"]/.test(String(text)));
      expect(typewriter.map(([key]) => key)).toEqual([]);
    }
  });

  it('keep Dutch natural: no “praat”, no “Voer opnieuw uit”, a cancel is “geannuleerd”', () => {
    const awkward = [...dutch].filter(([, text]) =>
      /\bpraat|voer opnieuw uit|mislukt.*annule|annule.*mislukt/i.test(String(text)),
    );
    expect(awkward.map(([key]) => key)).toEqual([]);
    expect(nl.tasks.status.cancelled).toBe('Geannuleerd');
    expect(nl.tokens.emptyHint).toContain('→ Inhoudstokens');
    expect(en.tokens.emptyHint).toContain('→ Content Tokens');
  });
});
