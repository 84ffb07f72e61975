import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../../renderer/features/import';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const utf16 = (text: string, order: 'le' | 'be'): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [first, second] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 + i * 2] = first;
    bytes[3 + i * 2] = second;
  }
  return bytes;
};

describe('reading a CSV file', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Naam\nZoë')]);
    expect(readCsvText(withBom)).toEqual({ text: 'Naam\nZoë', encoding: 'utf-8', warnings: [] });
    expect(readCsvText(utf8('Naam\nZoë').buffer as ArrayBuffer).text).toBe('Naam\nZoë');
  });

  it('reads UTF-16 little- and big-endian by their byte-order mark', () => {
    for (const order of ['le', 'be'] as const) {
      const read = readCsvText(utf16('Naam;Korte naam\r\nZoë;zoe', order));
      expect(read).toEqual({
        text: 'Naam;Korte naam\r\nZoë;zoe',
        encoding: `utf-16${order}`,
        warnings: [],
      });
    }
  });

  it('reads text that is not UTF-8 as Windows-1252, and warns about it', () => {
    // "Renée", "€" and typographic quotes as Excel on Windows saves them.
    const bytes = new Uint8Array([...utf8('Name\nRen'), 0xe9, 0x65, 0x20, 0x80, 0x20, 0x93, 0x94]);
    const read = readCsvText(bytes);
    expect(read.text).toBe('Name\nRenée € “”');
    expect(read.encoding).toBe('windows-1252');
    expect(read.warnings).toEqual([{ code: 'wrongEncoding', encoding: 'windows-1252' }]);
  });

  it('refuses binary files and workbooks saved as xlsx or xls', () => {
    expect(readCsvText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])).error).toEqual({
      code: 'binaryFile',
    });
    expect(readCsvText(utf8('Name\u0000\u0001')).error).toEqual({ code: 'binaryFile' });
    expect(readCsvText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0])).error).toEqual({
      code: 'spreadsheetFile',
    });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
    expect(readCsvText(xls)).toMatchObject({ text: '', error: { code: 'spreadsheetFile' } });
  });
});
