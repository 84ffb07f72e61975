/** CSV import of users (with their groups) and devices: read, preview, plan. No React here. */
export { readCsvText, type CsvEncoding, type CsvText } from './read-csv-text';
export { detectDelimiter, type CsvDelimiter } from './csv-table';
export { headerKey } from './import-columns';
export { PLATFORMS, type DevicePlatform } from './field-checks';
export type * from './import-types';
export {
  previewUserImport,
  previewUserImportAsync,
  USER_FIELDS,
  type ExistingUsers,
  type ImportGroup,
  type UserField,
  type UserImportPreview,
  type UserImportRow,
  type UserValues,
} from './user-import';
export {
  previewDeviceImport,
  previewDeviceImportAsync,
  DEVICE_FIELDS,
  type DeviceField,
  type DeviceImportPreview,
  type DeviceImportRow,
  type DeviceValues,
  type ExistingDevices,
} from './device-import';
export {
  planImport,
  type DeviceChanges,
  type DeviceImportPlan,
  type PlannedDevice,
  type PlannedUpdate,
  type PlannedUser,
  type PlanOptions,
  type UserChanges,
  type UserImportPlan,
} from './import-plan';
