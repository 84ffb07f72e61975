import { describe, expect, it } from 'vitest';
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
