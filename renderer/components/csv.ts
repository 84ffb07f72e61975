import Papa from 'papaparse';

/** One column of an exported list: its heading and how a row fills it. */
export interface CsvColumn<Row> {
  header: string;
  value(row: Row): string | number | undefined;
}

/**
 * A spreadsheet would run a cell that starts like a formula (=, +, -, @, tab, CR) — a name
 * typed as "=HYPERLINK(…)" must stay text — so papaparse gives such cells a leading apostrophe,
 * which Excel and Numbers show as plain text. Our own pattern, because papaparse's default
 * (`/^[=+\-@\t\r].*$/`) misses a cell whose formula goes on over a line break.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 text for `rows` (papaparse quotes what needs quoting), with CRLF line ends and a
 * final one. The delimiter follows the admin's language as spreadsheets expect it: Dutch
 * Excel splits on ";", English on ",".
 */
export const toCsv = <Row>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
  delimiter: ',' | ';',
): string =>
  Papa.unparse(
    [
      columns.map((column) => column.header),
      ...rows.map((row) => columns.map((column) => column.value(row) ?? '')),
    ],
    { delimiter, newline: '\r\n', escapeFormulae: FORMULA_START },
  ) + '\r\n';

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
