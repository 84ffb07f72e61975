import type { ConsoleDatabase } from '../../db/database';
import { existingDevicesOf, existingUsersOf } from '../../db/repositories/import-writer';
import {
  DEVICE_FIELDS,
  previewDeviceImportAsync,
  previewUserImportAsync,
  USER_FIELDS,
  type CsvText,
  type DeviceImportPreview,
  type DeviceImportRow,
  type PreviewOptions,
  type UserImportPreview,
  type UserImportRow,
} from '../import';
import type { AnyField } from './import-text';

/** What an import reads: a CSV of users (with their groups) or of devices. */
export type ImportKind = 'users' | 'devices';

export type AnyPreview = UserImportPreview | DeviceImportPreview;
export type AnyRow = UserImportRow | DeviceImportRow;

/** The fields of each kind, in the order the template and the table show them. */
export const fieldsOf = (kind: ImportKind): readonly { field: AnyField; required?: boolean }[] =>
  kind === 'users' ? USER_FIELDS : DEVICE_FIELDS;

/** Reads what the file is matched against, then previews it batch by batch. */
export const previewFile = async (
  db: ConsoleDatabase,
  kind: ImportKind,
  text: CsvText,
  options: PreviewOptions,
): Promise<AnyPreview> =>
  kind === 'users'
    ? previewUserImportAsync(text, await existingUsersOf(db), options)
    : previewDeviceImportAsync(text, await existingDevicesOf(db), options);

/** A cell of the preview table: what the file gives for `field`, as it will be stored. */
export const cellText = (row: AnyRow, field: AnyField): string => {
  const value = (row.values as unknown as Record<string, unknown>)[field];
  if (Array.isArray(value)) return value.join('; ');
  return typeof value === 'string' ? value : '';
};
