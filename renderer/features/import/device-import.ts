import {
  isEmail,
  keyedLookup,
  personKey,
  platformOf,
  serialKey,
  type DevicePlatform,
} from './field-checks';
import type { FieldSpec } from './import-columns';
import type { ImportPreview, ImportRow, PreviewOptions, RowError } from './import-types';
import { previewInBatches, previewNow, type ImportKind } from './preview-engine';
import type { CsvText } from './read-csv-text';

export type DeviceField = 'name' | 'serialNumber' | 'model' | 'platform' | 'assignedUser';

export const DEVICE_FIELDS: readonly FieldSpec<DeviceField>[] = [
  { field: 'name', headers: ['Name', 'Device Name', 'Naam', 'Apparaatnaam'], required: true },
  {
    field: 'serialNumber',
    headers: ['Serial Number', 'Serial', 'Serienummer'],
    required: true,
  },
  { field: 'model', headers: ['Model'] },
  { field: 'platform', headers: ['Platform', 'OS', 'Besturingssysteem'] },
  {
    field: 'assignedUser',
    headers: ['Assigned User', 'User', 'Toegewezen gebruiker', 'Gebruiker'],
  },
];

/** A device as the file has it; empty cells are absent. */
export interface DeviceValues {
  name: string;
  /** Upper case, without spaces. */
  serialNumber: string;
  model?: string;
  platform?: DevicePlatform;
  /** The short name or email address the file gives. */
  assignedUser?: string;
}

export interface DeviceImportRow extends ImportRow<DeviceField, DeviceValues> {
  /** The console's user `assignedUser` names. */
  userId?: string;
}

export interface DeviceImportPreview extends ImportPreview<DeviceField, DeviceImportRow> {
  kind: 'devices';
}

/** The console's devices and users, as stored value → id. */
export interface ExistingDevices {
  serials: ReadonlyMap<string, string>;
  /** Who a device may be assigned to, by short name and by email address. */
  shortNames?: ReadonlyMap<string, string>;
  emails?: ReadonlyMap<string, string>;
}

const deviceKind = (existing: ExistingDevices): ImportKind<DeviceField, DeviceImportRow> => {
  const bySerial = keyedLookup(existing.serials, serialKey);
  const byShortName = keyedLookup(existing.shortNames, personKey);
  const byEmail = keyedLookup(existing.emails, personKey);
  return {
    specs: DEVICE_FIELDS,
    uniqueKeys: [
      {
        field: 'serialNumber',
        code: 'duplicateSerial',
        keyOf: (row) => row.values.serialNumber || undefined,
      },
    ],
    checkRow: (cells, line) => {
      const errors: RowError<DeviceField>[] = [];
      const values: DeviceValues = {
        name: cells.first('name').replace(/\s+/g, ' '),
        serialNumber: serialKey(cells.first('serialNumber')),
      };
      const model = cells.first('model');
      const platform = cells.first('platform');
      const assignedUser = cells.first('assignedUser');
      if (model) values.model = model;
      if (!values.name) errors.push({ field: 'name', code: 'missingName' });
      if (!values.serialNumber) errors.push({ field: 'serialNumber', code: 'missingSerial' });
      if (platform) {
        const known = platformOf(platform);
        if (known) values.platform = known;
        else errors.push({ field: 'platform', code: 'badPlatform' });
      }
      let userId: string | undefined;
      if (assignedUser) {
        values.assignedUser = assignedUser;
        const key = personKey(assignedUser);
        userId = isEmail(assignedUser) ? byEmail.get(key) : byShortName.get(key);
        if (userId === undefined) errors.push({ field: 'assignedUser', code: 'unknownUser' });
      }
      const existingId = values.serialNumber ? bySerial.get(values.serialNumber) : undefined;
      const row: DeviceImportRow = { line, values, errors, action: existingId ? 'update' : 'add' };
      if (existingId) row.existingId = existingId;
      if (userId) row.userId = userId;
      return row;
    },
  };
};

const withKind = (preview: ImportPreview<DeviceField, DeviceImportRow>): DeviceImportPreview => ({
  kind: 'devices',
  ...preview,
});

/**
 * Checks a device CSV without writing anything: per row its values, errors and whether it adds
 * a device or updates the one with its serial number.
 */
export const previewDeviceImport = (
  text: string | CsvText,
  existing: ExistingDevices,
  options?: PreviewOptions,
): DeviceImportPreview => withKind(previewNow(deviceKind(existing), text, options));

/** The same, yielding to the page every `batchSize` rows so it can show `onProgress`. */
export const previewDeviceImportAsync = async (
  text: string | CsvText,
  existing: ExistingDevices,
  options?: PreviewOptions,
): Promise<DeviceImportPreview> =>
  withKind(await previewInBatches(deviceKind(existing), text, options));
