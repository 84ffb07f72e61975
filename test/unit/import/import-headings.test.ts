import { describe, expect, it } from 'vitest';
import { DEVICE_FIELDS, USER_FIELDS } from '../../../renderer/features/import';
import { matchColumns } from '../../../renderer/features/import/import-columns';
import { importerEn } from '../../../renderer/i18n/en/importer';
import { importerNl } from '../../../renderer/i18n/nl/importer';

describe('the headings the Import sheet names', () => {
  // The sheet lists, and its template writes, the field labels of the console's language; each
  // must import back into its own field, in both languages.
  for (const [kind, specs] of [
    ['users', USER_FIELDS],
    ['devices', DEVICE_FIELDS],
  ] as const) {
    for (const [language, strings] of [
      ['English', importerEn],
      ['Dutch', importerNl],
    ] as const) {
      it(`are understood for ${kind} in ${language}`, () => {
        const headings = specs.map((spec) => strings.fields[spec.field]);
        const match = matchColumns(headings, specs);
        expect(match.warnings).toEqual([]);
        expect(match.fileErrors).toEqual([]);
        expect(match.columns.map((column) => column.field)).toEqual(
          specs.map((spec) => spec.field),
        );
      });
    }
  }
});
