/** One column of an exported list: its heading and how a row fills it. */
export interface CsvColumn<Row> {
  header: string;
  value(row: Row): string | number | undefined;
}

/**
 * A spreadsheet would run a cell that starts like a formula (=, +, -, @) — a name typed as
 * "=HYPERLINK(…)" must stay text — so such cells get a leading apostrophe, which Excel and
 * Numbers show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const cell = (value: string | number | undefined, delimiter: string): string => {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * RFC 4180 text for `rows`, with CRLF line ends. The delimiter follows the admin's language as
 * spreadsheets expect it: Dutch Excel splits on ";", English on ",".
 */
export const toCsv = <Row>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
  delimiter: ',' | ';',
): string =>
  [
    columns.map((column) => cell(column.header, delimiter)).join(delimiter),
    ...rows.map((row) =>
      columns.map((column) => cell(column.value(row), delimiter)).join(delimiter),
    ),
  ].join('\r\n') + '\r\n';

/**
 * Hands the text to the browser (or Electron's Save dialog) as a file. The byte-order mark makes
 * Excel read the file as UTF-8, so "Zoë" stays "Zoë".
 */
export const downloadCsv = (fileName: string, text: string): void => {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
