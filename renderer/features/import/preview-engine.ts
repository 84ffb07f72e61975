import { parseCsvTable } from './csv-table';
import { matchColumns, type FieldSpec } from './import-columns';
import type { ImportPreview, ImportRow, PreviewOptions, RowErrorCode } from './import-types';
import type { CsvText } from './read-csv-text';

/** One record's cells by field, trimmed; a missing cell reads as "". */
export interface RecordCells<Field extends string> {
  first(field: Field): string;
  /** Every column of a repeatable field, in file order. */
  all(field: Field): string[];
}

/** A field whose value must not occur twice in one file. */
export interface UniqueKey<Field extends string, Row> {
  field: Field;
  code: RowErrorCode;
  keyOf(row: Row): string | undefined;
}

/** What the user and device imports tell the engine: their columns and their checks. */
export interface ImportKind<Field extends string, Row extends ImportRow<Field, unknown>> {
  specs: readonly FieldSpec<Field>[];
  /** Builds and checks one row, `add` or `update`; the engine adds duplicates and `skip`. */
  checkRow(cells: RecordCells<Field>, line: number): Row;
  uniqueKeys: readonly UniqueKey<Field, Row>[];
}

/**
 * Adds a duplicate error once, naming the other line that has the value: a row's own check may
 * already have found the same fault.
 */
const addError = <Field extends string>(
  row: ImportRow<Field, unknown>,
  { field, code }: UniqueKey<Field, unknown>,
  otherLine: number,
): void => {
  if (!row.errors.some((error) => error.field === field && error.code === code)) {
    row.errors.push({ field, code, otherLine });
  }
};

/**
 * A cell's text, trimmed. The console's CSV export puts an apostrophe before a cell that would
 * start a spreadsheet formula (`renderer/components/csv.ts`); it comes off again here, so an
 * exported list imports as it was.
 */
const cellText = (cell: string | undefined): string => {
  const text = (cell ?? '').trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
};

const DEFAULT_BATCH = 2_000;

/** Progress as [rowsDone, rowsTotal], yielded after each batch; returns the preview. */
type PreviewSteps<Field extends string, Row extends ImportRow<Field, unknown>> = Generator<
  [number, number],
  ImportPreview<Field, Row>,
  void
>;

function* previewSteps<Field extends string, Row extends ImportRow<Field, unknown>>(
  kind: ImportKind<Field, Row>,
  input: string | CsvText,
  batchSize: number,
): PreviewSteps<Field, Row> {
  const source: CsvText =
    typeof input === 'string' ? { text: input, encoding: 'utf-8', warnings: [] } : input;
  const result: ImportPreview<Field, Row> = {
    columns: [],
    rows: [],
    summary: { add: 0, update: 0, errors: 0 },
    fileErrors: source.error ? [source.error] : [],
    warnings: [...source.warnings],
  };
  if (source.error) return result;
  const table = parseCsvTable(source.text);
  if (table.header.length === 0) {
    result.fileErrors.push({ code: 'emptyFile' });
    return result;
  }
  const match = matchColumns(table.header, kind.specs);
  result.columns = match.columns;
  result.warnings.push(...match.warnings);
  result.fileErrors.push(...match.fileErrors);
  if (table.error) result.fileErrors.push(table.error);
  if (match.fileErrors.length > 0) return result;
  if (table.records.length === 0) {
    result.fileErrors.push({ code: 'noRows' });
    return result;
  }

  const width = table.header.length;
  let cells: string[] = [];
  const reader: RecordCells<Field> = {
    first: (field) => cellText(cells[match.indexes.get(field)?.[0] ?? -1]),
    all: (field) => (match.indexes.get(field) ?? []).map((index) => cellText(cells[index])),
  };
  // Per unique key: the first row that had each value, and whether it was already flagged.
  const seen = kind.uniqueKeys.map(() => new Map<string, { row: Row; flagged: boolean }>());
  const total = table.records.length;
  for (let i = 0; i < total; i++) {
    const record = table.records[i];
    cells = record.cells;
    const row = kind.checkRow(reader, record.line);
    // Cells past the last heading: most often a delimiter typed inside an unquoted name.
    if (cells.length > width && !cells.slice(width).every((cell) => cell.trim() === '')) {
      row.errors.push({ code: 'extraCells' });
    }
    kind.uniqueKeys.forEach((unique, k) => {
      const key = unique.keyOf(row);
      if (key === undefined) return;
      const first = seen[k].get(key);
      if (!first) {
        seen[k].set(key, { row, flagged: false });
        return;
      }
      // Which of the two is meant cannot be known: both are held back. The first names the
      // first line that repeats it; each later one names the first.
      if (!first.flagged) addError(first.row, unique, row.line);
      first.flagged = true;
      addError(row, unique, first.row.line);
    });
    result.rows.push(row);
    if ((i + 1) % batchSize === 0 && i + 1 < total) yield [i + 1, total];
  }
  for (const row of result.rows) {
    if (row.errors.length > 0) row.action = 'skip';
    if (row.action === 'skip') result.summary.errors++;
    else result.summary[row.action]++;
  }
  return result;
}

/** Runs a preview to its end in one go. */
export const previewNow = <Field extends string, Row extends ImportRow<Field, unknown>>(
  kind: ImportKind<Field, Row>,
  input: string | CsvText,
  options: PreviewOptions = {},
): ImportPreview<Field, Row> => {
  const steps = previewSteps(kind, input, options.batchSize ?? DEFAULT_BATCH);
  for (;;) {
    const step = steps.next();
    if (step.done) return finished(step.value, options);
    options.onProgress?.(...step.value);
  }
};

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs a preview batch by batch, letting the page paint its progress in between. */
export const previewInBatches = async <Field extends string, Row extends ImportRow<Field, unknown>>(
  kind: ImportKind<Field, Row>,
  input: string | CsvText,
  options: PreviewOptions = {},
): Promise<ImportPreview<Field, Row>> => {
  const steps = previewSteps(kind, input, options.batchSize ?? DEFAULT_BATCH);
  for (;;) {
    const step = steps.next();
    if (step.done) return finished(step.value, options);
    options.onProgress?.(...step.value);
    await nextTask();
  }
};

const finished = <Field extends string, Row extends ImportRow<Field, unknown>>(
  result: ImportPreview<Field, Row>,
  options: PreviewOptions,
): ImportPreview<Field, Row> => {
  options.onProgress?.(result.rows.length, result.rows.length);
  return result;
};
