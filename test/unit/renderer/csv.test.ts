import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { toCsv } from '../../../renderer/components/csv';

const columns = [
  { header: 'Name', value: (row: { name: string; email?: string }) => row.name },
  { header: 'Email', value: (row: { name: string; email?: string }) => row.email },
];

describe('exported lists', () => {
  it('quote what needs quoting, leave empty cells empty, and end lines with CRLF', () => {
    const text = toCsv(
      columns,
      [
        { name: 'Sara de Boer', email: 'sara@school.example' },
        { name: 'Boer, Daan "DJ"' },
        { name: 'Zoë\nJansen' },
      ],
      ',',
    );
    expect(text).toBe(
      'Name,Email\r\nSara de Boer,sara@school.example\r\n"Boer, Daan ""DJ""",\r\n"Zoë\nJansen",\r\n',
    );
  });

  it('use the delimiter a Dutch spreadsheet expects, and quote cells that contain it', () => {
    expect(toCsv(columns, [{ name: 'Groep 7; B' }], ';')).toBe('Name;Email\r\n"Groep 7; B";\r\n');
  });

  it('never hand a spreadsheet a formula: a name typed as one stays text', () => {
    const text = toCsv(
      columns,
      [{ name: '=HYPERLINK("http://x","click")' }, { name: '+31 6' }],
      ',',
    );
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(text).toContain("'+31 6");
  });
});

describe('exported lists, as papaparse writes them', () => {
  it('read back cell for cell, in both delimiters', () => {
    const rows = [
      { name: 'Boer, Daan "DJ"', email: 'daan@school.example' },
      { name: 'Groep 7; B', email: undefined },
      { name: 'Zoë\r\nJansen', email: ' spaced ' },
    ];
    for (const delimiter of [',', ';'] as const) {
      const parsed = Papa.parse<string[]>(toCsv(columns, rows, delimiter), {
        delimiter,
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data).toEqual([
        ['Name', 'Email'],
        ['Boer, Daan "DJ"', 'daan@school.example'],
        ['Groep 7; B', ''],
        ['Zoë\r\nJansen', ' spaced '],
      ]);
    }
  });

  it('keep every formula-like start as text, even one that goes on over a line break', () => {
    const cells = ['=1+1', '+31 6', '-2', '@SUM(A1)', '\tTab', '\rCR', '=HYPERLINK("x")\nmore'];
    const parsed = Papa.parse<string[]>(
      toCsv(
        columns,
        cells.map((name) => ({ name })),
        ';',
      ),
      { delimiter: ';', skipEmptyLines: true },
    );
    expect(parsed.data.slice(1).map((row) => row[0])).toEqual(cells.map((cell) => `'${cell}`));
  });

  it('leave numbers as numbers, negative ones too', () => {
    const counts = [{ header: 'Available', value: (row: { n: number }) => row.n }];
    expect(toCsv(counts, [{ n: -3 }, { n: 12 }], ',')).toBe('Available\r\n-3\r\n12\r\n');
  });

  it('write the header alone for an empty list', () => {
    expect(toCsv(columns, [], ';')).toBe('Name;Email\r\n');
  });
});
