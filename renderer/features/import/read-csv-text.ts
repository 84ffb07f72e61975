import type { ImportFileError, ImportWarning } from './import-types';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A CSV file's bytes as text, with what the preview should say about how it was read. */
export interface CsvText {
  text: string;
  encoding: CsvEncoding;
  warnings: ImportWarning[];
  /** Set when the bytes are not a CSV file at all; `text` is then empty. */
  error?: ImportFileError;
}

/**
 * Windows-1252 puts € ‘ ’ “ ” – … in 0x80–0x9F, where Latin-1 has control codes. Node's
 * TextDecoder decodes the label as Latin-1, so what it leaves there is mapped here (browsers
 * and Electron already decode these; the five bytes Windows-1252 leaves undefined stay as they are).
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const decodeWindows1252 = (bytes: Uint8Array): string =>
  new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, i) => bytes[i] === byte);

/** Workbooks an admin may pick instead of the CSV saved from them: xlsx/ods (zip) and xls. */
const SPREADSHEET_MAGIC = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
];

const failed = (error: ImportFileError): CsvText => ({
  text: '',
  encoding: 'utf-8',
  warnings: [],
  error,
});

/**
 * Decodes a picked file: UTF-8 with or without a byte-order mark, UTF-16 by its byte-order mark,
 * and otherwise Windows-1252 — what Excel on Windows saves as "CSV" — with a warning, because a
 * guessed encoding can still turn accented names wrong. NUL characters mean a binary file.
 */
export const readCsvText = (buffer: ArrayBuffer | Uint8Array): CsvText => {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (SPREADSHEET_MAGIC.some((magic) => startsWith(bytes, magic))) {
    return failed({ code: 'spreadsheetFile' });
  }
  let encoding: CsvEncoding;
  let text: string;
  const warnings: ImportWarning[] = [];
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(encoding).decode(bytes);
  } else {
    try {
      // fatal: invalid UTF-8 throws instead of becoming U+FFFD; the BOM, if any, is dropped.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = decodeWindows1252(bytes);
      encoding = 'windows-1252';
      warnings.push({ code: 'wrongEncoding', encoding });
    }
  }
  if (text.includes('\u0000')) return failed({ code: 'binaryFile' });
  return { text, encoding, warnings };
};
