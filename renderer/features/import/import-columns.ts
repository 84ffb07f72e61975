import { foldText } from '../../db/search-text';
import type { ImportColumn, ImportFileError, ImportWarning } from './import-types';

/** A field an import fills, and the headings (English and Dutch) a column of it may carry. */
export interface FieldSpec<Field extends string> {
  field: Field;
  headers: readonly string[];
  required?: boolean;
  /** Several columns may fill it (groups: "Group 1", "Group 2" … all headed "Groups"). */
  repeatable?: boolean;
}

/** "E-mail", "e mail" and "Email" are the same heading; so are "Volledige naam" and "volledigenaam". */
export const headerKey = (header: string): string =>
  foldText(header).replace(/[^\p{L}\p{N}]/gu, '');

export interface ColumnMatch<Field extends string> {
  columns: ImportColumn<Field>[];
  /** Per field, the indexes of the columns that fill it, in file order. */
  indexes: Map<Field, number[]>;
  fileErrors: ImportFileError[];
  warnings: ImportWarning[];
}

/**
 * Assigns each heading of the file to a field. An unknown heading is a warning (the column is
 * ignored), so is a second column of a field that takes one; a required field without a column
 * is an error for the whole file. Columns without a heading are ignored silently: spreadsheets
 * often save a trailing empty one.
 */
export const matchColumns = <Field extends string>(
  header: readonly string[],
  specs: readonly FieldSpec<Field>[],
): ColumnMatch<Field> => {
  const byKey = new Map<string, FieldSpec<Field>>();
  for (const spec of specs) for (const name of spec.headers) byKey.set(headerKey(name), spec);
  const indexes = new Map<Field, number[]>();
  const warnings: ImportWarning[] = [];
  const columns = header.map((name, index): ImportColumn<Field> => {
    if (name === '') return { index, header: name };
    const key = headerKey(name);
    // A field with several columns may number them: "Group 1", "Groep 2".
    const numbered = byKey.get(key.replace(/\d+$/, ''));
    const spec = byKey.get(key) ?? (numbered?.repeatable ? numbered : undefined);
    if (!spec) {
      warnings.push({ code: 'unknownColumn', column: name });
      return { index, header: name };
    }
    const taken = indexes.get(spec.field);
    if (taken && !spec.repeatable) {
      warnings.push({ code: 'duplicateColumn', column: name });
      return { index, header: name };
    }
    indexes.set(spec.field, [...(taken ?? []), index]);
    return { index, header: name, field: spec.field };
  });
  const fileErrors: ImportFileError[] = specs
    .filter((spec) => spec.required && !indexes.has(spec.field))
    .map((spec) => ({ code: 'missingColumn', field: spec.field }));
  return { columns, indexes, fileErrors, warnings };
};
