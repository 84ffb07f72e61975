import Papa from 'papaparse';
import type { ImportFileError } from './import-types';

export type CsvDelimiter = ',' | ';' | '\t';

/** A record of the file: its cells, and the line it starts on (a quoted cell can span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: CsvDelimiter;
  header: string[];
  /** Records after the header, blank ones left out. */
  records: CsvRecord[];
  error?: ImportFileError;
}

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * The delimiter is the one the header line uses most, outside quotes: Dutch Excel writes ";",
 * English ",", "Unicode text" tabs. Headers rarely hold a delimiter, while data cells often do
 * ("de Boer, Daan"), so the header decides, not papaparse's guess over the first rows.
 */
export const detectDelimiter = (text: string): CsvDelimiter => {
  const counts = new Map<string, number>();
  let quoted = false;
  // Blank lines above the heading say nothing.
  const heading = text.replace(/^(?:[ ,;\t]*(?:\r\n|\n|\r))+/, '');
  for (const char of heading) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
};

const countOf = (text: string, needle: string, from: number, to: number): number => {
  let count = 0;
  for (
    let at = text.indexOf(needle, from);
    at !== -1 && at < to;
    at = text.indexOf(needle, at + 1)
  ) {
    count++;
  }
  return count;
};

const SEPARATOR_HINT = /^\uFEFF?sep=([,;\t])(?:\r\n|\n|\r)/i;

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/**
 * Splits CSV text into records with papaparse (RFC 4180: quoted cells may hold delimiters,
 * quotes and line breaks). Each record keeps the line it starts on, counted from the cursor
 * papaparse reports after each row, so a preview can say "line 12" of what the admin opens.
 */
export const parseCsvTable = (file: string): CsvTable => {
  // Excel's own hint, "sep=;" on the first line, names the delimiter and is no heading.
  const hint = SEPARATOR_HINT.exec(file);
  const text = hint ? file.slice(hint[0].length) : file;
  const delimiter = hint ? (hint[1] as CsvDelimiter) : detectDelimiter(text);
  const records: CsvRecord[] = [];
  let header: string[] | undefined;
  let error: ImportFileError | undefined;
  let start = 0;
  let line = hint ? 2 : 1;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result) => {
      const cursor = result.meta.cursor;
      const cells = result.data;
      if (!error && result.errors.some((e) => e.code === 'MissingQuotes')) {
        error = { code: 'unclosedQuote', line };
      }
      if (!isBlank(cells)) {
        if (header) records.push({ line, cells });
        else header = cells.map((cell) => cell.trim());
      }
      // Lines as an editor counts them: Excel ends rows with CRLF but breaks lines in cells with LF.
      line += countOf(text, result.meta.linebreak === '\r' ? '\r' : '\n', start, cursor);
      start = cursor;
    },
  });
  return { delimiter, header: header ?? [], records, error };
};
