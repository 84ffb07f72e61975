/**
 * What a CSV import preview reports. Codes are stable plain words: the UI turns each into a
 * sentence (i18n key `import.<group>.<code>`), tests and the plan compare codes, never text.
 */

/** Makes the whole file unusable: nothing can be imported until the file is fixed. */
export type ImportFileError =
  | { code: 'binaryFile' }
  | { code: 'spreadsheetFile' }
  | { code: 'emptyFile' }
  | { code: 'noRows' }
  | { code: 'missingColumn'; field: string }
  | { code: 'unclosedQuote'; line: number };

/** Shown above the preview; the import can go ahead. */
export type ImportWarning =
  | { code: 'wrongEncoding'; encoding: 'windows-1252' }
  | { code: 'unknownColumn'; column: string }
  | { code: 'duplicateColumn'; column: string };

export type RowErrorCode =
  | 'missingName'
  | 'missingShortName'
  | 'badShortName'
  | 'badEmail'
  | 'badManagedAppleId'
  | 'duplicateShortName'
  | 'duplicateEmail'
  | 'duplicateManagedAppleId'
  | 'missingSerial'
  | 'duplicateSerial'
  | 'badPlatform'
  | 'unknownUser'
  | 'extraCells';

/** `field` names the cell at fault; absent when the row as a whole is (`extraCells`). */
export interface RowError<Field extends string> {
  field?: Field;
  code: RowErrorCode;
  /** For a duplicate within the file: the other line with the same value, so it can be found. */
  otherLine?: number;
}

/** `add` a new record, `update` the existing one it matches, or `skip` a row with errors. */
export type RowAction = 'add' | 'update' | 'skip';

export interface ImportRow<Field extends string, Values> {
  /** The file's line the row starts on (1 is the header). */
  line: number;
  values: Values;
  errors: RowError<Field>[];
  action: RowAction;
  /** The id of the record an `update` row rewrites. */
  existingId?: string;
}

/** One column of the file: the field it fills, or none when it is ignored. */
export interface ImportColumn<Field extends string> {
  index: number;
  header: string;
  field?: Field;
}

export interface ImportSummary {
  add: number;
  update: number;
  /** Rows with at least one error (they are skipped). */
  errors: number;
}

export interface ImportPreview<Field extends string, Row extends ImportRow<Field, unknown>> {
  columns: ImportColumn<Field>[];
  rows: Row[];
  summary: ImportSummary;
  fileErrors: ImportFileError[];
  warnings: ImportWarning[];
}

export interface PreviewOptions {
  /** Called after each batch of rows with the rows checked so far and the file's row count. */
  onProgress?: (rowsDone: number, rowsTotal: number) => void;
  /** Rows per batch between yields to the event loop (the async previews); 2,000 by default. */
  batchSize?: number;
}
