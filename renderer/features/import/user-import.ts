import { foldText } from '../../db/search-text';
import { isEmail, isShortName, keyedLookup, personKey } from './field-checks';
import type { FieldSpec } from './import-columns';
import type { ImportPreview, ImportRow, PreviewOptions, RowError } from './import-types';
import { previewInBatches, previewNow, type ImportKind } from './preview-engine';
import type { CsvText } from './read-csv-text';

export type UserField = 'fullName' | 'shortName' | 'email' | 'managedAppleId' | 'notes' | 'groups';

/** Headings as Profile Manager, Apple School Manager exports and Dutch Excel sheets write them. */
export const USER_FIELDS: readonly FieldSpec<UserField>[] = [
  { field: 'fullName', headers: ['Full Name', 'Name', 'Volledige naam', 'Naam'], required: true },
  {
    field: 'shortName',
    headers: ['Short Name', 'Korte naam', 'Username', 'Gebruikersnaam'],
    required: true,
  },
  { field: 'email', headers: ['Email', 'E-mail', 'Email Address', 'E-mailadres'] },
  { field: 'managedAppleId', headers: ['Managed Apple ID', 'Beheerde Apple ID'] },
  { field: 'notes', headers: ['Notes', 'Notities'] },
  { field: 'groups', headers: ['Groups', 'Group', 'Groepen', 'Groep'], repeatable: true },
];

/** A user as the file has them; empty cells are absent. */
export interface UserValues {
  fullName: string;
  shortName: string;
  email?: string;
  managedAppleId?: string;
  notes?: string;
  /** Group names, each once (compared without case and accents), in file order. */
  groups: string[];
}

export type UserImportRow = ImportRow<UserField, UserValues>;

/** A group the file names: the existing one it matches, or a new one to create. */
export interface ImportGroup {
  name: string;
  existingId?: string;
  /** How many rows to import put a user in it. */
  members: number;
}

export interface UserImportPreview extends ImportPreview<UserField, UserImportRow> {
  kind: 'users';
  groups: ImportGroup[];
}

/** The console's users and groups, as stored value → id; matched without regard to case. */
export interface ExistingUsers {
  shortNames: ReadonlyMap<string, string>;
  emails?: ReadonlyMap<string, string>;
  /** Group names are matched without case and accents too ("groep 7" is "Groep 7"). */
  groups?: ReadonlyMap<string, string>;
}

/** Several groups in one cell: "Groep 7; Koor" or "Groep 7|Koor". */
const GROUP_SEPARATOR = /[;|]/;

const groupNamesOf = (cells: readonly string[]): string[] => {
  const names = new Map<string, string>();
  for (const cell of cells) {
    for (const part of cell.split(GROUP_SEPARATOR)) {
      const name = part.trim().replace(/\s+/g, ' ');
      if (name && !names.has(foldText(name))) names.set(foldText(name), name);
    }
  }
  return [...names.values()];
};

const userKind = (existing: ExistingUsers): ImportKind<UserField, UserImportRow> => {
  const byShortName = keyedLookup(existing.shortNames, personKey);
  const byEmail = keyedLookup(existing.emails, personKey);
  return {
    specs: USER_FIELDS,
    // A value already at fault is not also reported as a duplicate.
    uniqueKeys: [
      {
        field: 'shortName',
        code: 'duplicateShortName',
        keyOf: ({ values }) =>
          isShortName(values.shortName) ? personKey(values.shortName) : undefined,
      },
      {
        field: 'email',
        code: 'duplicateEmail',
        keyOf: ({ values }) =>
          values.email && isEmail(values.email) ? personKey(values.email) : undefined,
      },
      {
        field: 'managedAppleId',
        code: 'duplicateManagedAppleId',
        keyOf: ({ values }) =>
          values.managedAppleId && isEmail(values.managedAppleId)
            ? personKey(values.managedAppleId)
            : undefined,
      },
    ],
    checkRow: (cells, line) => {
      const errors: RowError<UserField>[] = [];
      const values: UserValues = {
        fullName: cells.first('fullName').replace(/\s+/g, ' '),
        shortName: cells.first('shortName'),
        groups: groupNamesOf(cells.all('groups')),
      };
      const email = cells.first('email');
      const managedAppleId = cells.first('managedAppleId');
      const notes = cells.first('notes');
      if (email) values.email = email;
      if (managedAppleId) values.managedAppleId = managedAppleId;
      if (notes) values.notes = notes;

      if (!values.fullName) errors.push({ field: 'fullName', code: 'missingName' });
      if (!values.shortName) errors.push({ field: 'shortName', code: 'missingShortName' });
      else if (!isShortName(values.shortName)) {
        errors.push({ field: 'shortName', code: 'badShortName' });
      }
      if (email && !isEmail(email)) errors.push({ field: 'email', code: 'badEmail' });
      if (managedAppleId && !isEmail(managedAppleId)) {
        errors.push({ field: 'managedAppleId', code: 'badManagedAppleId' });
      }
      const existingId = values.shortName
        ? byShortName.get(personKey(values.shortName))
        : undefined;
      // An address another user of the console already has: two people, one mailbox.
      const emailOwner = email ? byEmail.get(personKey(email)) : undefined;
      if (emailOwner !== undefined && emailOwner !== existingId) {
        errors.push({ field: 'email', code: 'duplicateEmail' });
      }
      const row: UserImportRow = { line, values, errors, action: existingId ? 'update' : 'add' };
      if (existingId) row.existingId = existingId;
      return row;
    },
  };
};

const withGroups = (
  preview: ImportPreview<UserField, UserImportRow>,
  existing: ExistingUsers,
): UserImportPreview => {
  const existingGroups = keyedLookup(existing.groups, foldText);
  const groups = new Map<string, ImportGroup>();
  for (const row of preview.rows) {
    if (row.action === 'skip') continue;
    for (const name of row.values.groups) {
      const key = foldText(name);
      const group = groups.get(key);
      if (group) group.members++;
      else {
        const existingId = existingGroups.get(key);
        groups.set(key, existingId ? { name, existingId, members: 1 } : { name, members: 1 });
      }
    }
  }
  return { kind: 'users', ...preview, groups: [...groups.values()] };
};

/**
 * Checks a user CSV without writing anything: per row its values, errors and whether it adds a
 * user or updates the one with its short name. `text` is a file read with `readCsvText` (its
 * encoding warning goes along) or text already decoded.
 */
export const previewUserImport = (
  text: string | CsvText,
  existing: ExistingUsers,
  options?: PreviewOptions,
): UserImportPreview => withGroups(previewNow(userKind(existing), text, options), existing);

/** The same, yielding to the page every `batchSize` rows so it can show `onProgress`. */
export const previewUserImportAsync = async (
  text: string | CsvText,
  existing: ExistingUsers,
  options?: PreviewOptions,
): Promise<UserImportPreview> =>
  withGroups(await previewInBatches(userKind(existing), text, options), existing);
