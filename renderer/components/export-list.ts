import type { i18n as I18n } from 'i18next';
import { downloadCsv, toCsv, type CsvColumn } from './csv';

/** Rows are read in pages, so a list of 50,000 never needs more than one page of queries. */
const PAGE = 1000;

/** Dutch spreadsheets split on ";", English ones on ",". */
export const csvDelimiterOf = (i18n: I18n): ',' | ';' =>
  (i18n.resolvedLanguage ?? i18n.language).startsWith('nl') ? ';' : ',';

/** Rows already in hand as a CSV file named after the list and today's date. */
export const downloadList = <Row>(
  i18n: I18n,
  title: string,
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
): void => {
  const date = new Date().toISOString().slice(0, 10);
  downloadCsv(`${title} ${date}.csv`, toCsv(columns, rows, csvDelimiterOf(i18n)));
};

/** The list as it stands (its search applied), every row, as a CSV file named after it. */
export const exportList = async <Row>(
  i18n: I18n,
  title: string,
  keys: readonly string[],
  rowsOf: (keys: string[]) => Promise<(Row | undefined)[]>,
  columns: readonly CsvColumn<Row>[],
): Promise<number> => {
  const rows: Row[] = [];
  for (let start = 0; start < keys.length; start += PAGE) {
    const page = await rowsOf(keys.slice(start, start + PAGE));
    for (const row of page) if (row !== undefined) rows.push(row);
  }
  downloadList(i18n, title, rows, columns);
  return rows.length;
};
