import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../renderer/components/csv';
import {
  previewUserImport,
  readCsvText,
  type ExistingUsers,
} from '../../../renderer/features/import';

const none: ExistingUsers = { shortNames: new Map() };

const errorsOf = (text: string, existing = none) =>
  previewUserImport(text, existing).rows.map((row) => [row.line, row.action, row.errors]);

describe('previewing a user import', () => {
  it('reads each row, adds new users and updates the ones with a known short name', () => {
    const preview = previewUserImport(
      [
        'Full Name,Short Name,Email,Managed Apple ID,Notes,Groups',
        'Sara de Boer,sboer,sara@school.example,sboer@appleid.school.example,,Groep 7',
        'Daan Jansen,DJANSEN,,,Left-handed,Groep 7;Koor|koor',
      ].join('\r\n'),
      { shortNames: new Map([['djansen', 'u-1']]) },
    );
    expect(preview.kind).toBe('users');
    expect(preview.fileErrors).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview.columns.map((column) => column.field)).toEqual([
      'fullName',
      'shortName',
      'email',
      'managedAppleId',
      'notes',
      'groups',
    ]);
    expect(preview.rows).toEqual([
      {
        line: 2,
        action: 'add',
        errors: [],
        values: {
          fullName: 'Sara de Boer',
          shortName: 'sboer',
          email: 'sara@school.example',
          managedAppleId: 'sboer@appleid.school.example',
          groups: ['Groep 7'],
        },
      },
      {
        line: 3,
        action: 'update',
        existingId: 'u-1',
        errors: [],
        values: {
          fullName: 'Daan Jansen',
          shortName: 'DJANSEN',
          notes: 'Left-handed',
          groups: ['Groep 7', 'Koor'],
        },
      },
    ]);
    expect(preview.summary).toEqual({ add: 1, update: 1, errors: 0 });
    expect(preview.groups).toEqual([
      { name: 'Groep 7', members: 2 },
      { name: 'Koor', members: 1 },
    ]);
  });

  it('reports a missing name, short name and bad addresses per row, and skips those rows', () => {
    const text = [
      'Name,Username,E-mail,Managed Apple ID',
      ',anna,anna@school.example,',
      'Bram,,bram@school,',
      'Cas,cas de vries,cas@@school.example,cas.appleid',
      'Dirk,dirk,dirk@school.example,',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      [2, 'skip', [{ field: 'fullName', code: 'missingName' }]],
      [
        3,
        'skip',
        [
          { field: 'shortName', code: 'missingShortName' },
          { field: 'email', code: 'badEmail' },
        ],
      ],
      [
        4,
        'skip',
        [
          { field: 'shortName', code: 'badShortName' },
          { field: 'email', code: 'badEmail' },
          { field: 'managedAppleId', code: 'badManagedAppleId' },
        ],
      ],
      [5, 'add', []],
    ]);
    expect(previewUserImport(text, none).summary).toEqual({ add: 1, update: 0, errors: 3 });
  });

  it('holds back every row of a short name or email that occurs twice, whatever the case', () => {
    const text = [
      'Full Name,Short Name,Email',
      'Anna de Wit,awit,anna@school.example',
      'Anna van Dam,AWIT,',
      'Bo Smit,bsmit,ANNA@school.example',
      'Cor Bos,cbos,cor@school.example',
      'Anna Wit,awit,',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      [
        2,
        'skip',
        [
          { field: 'shortName', code: 'duplicateShortName', otherLine: 3 },
          { field: 'email', code: 'duplicateEmail', otherLine: 4 },
        ],
      ],
      [3, 'skip', [{ field: 'shortName', code: 'duplicateShortName', otherLine: 2 }]],
      [4, 'skip', [{ field: 'email', code: 'duplicateEmail', otherLine: 2 }]],
      [5, 'add', []],
      [6, 'skip', [{ field: 'shortName', code: 'duplicateShortName', otherLine: 2 }]],
    ]);
  });

  it('refuses an email address another user of the console already has', () => {
    const existing: ExistingUsers = {
      shortNames: new Map([['awit', 'u-1']]),
      emails: new Map([['Anna@School.example', 'u-1']]),
    };
    const text = [
      'Full Name,Short Name,Email',
      'Bo Smit,bsmit,anna@school.example',
      'Anna de Wit,awit,ANNA@school.example',
    ].join('\n');
    expect(errorsOf(text, existing)).toEqual([
      [2, 'skip', [{ field: 'email', code: 'duplicateEmail' }]],
      [3, 'skip', [{ field: 'email', code: 'duplicateEmail', otherLine: 2 }]],
    ]);
    expect(
      errorsOf('Full Name,Short Name,Email\nAnna de Wit,awit,anna@school.example', existing),
    ).toEqual([[2, 'update', []]]);
  });

  it('warns about an unknown column and ignores it; a second column of a field too', () => {
    const preview = previewUserImport(
      'Full Name,Short Name,Shoe Size,Email,E-mail,,Group 1,Group 2\nAnna,anna,38,a@s.nl,b@s.nl,,7A,Koor\n',
      none,
    );
    expect(preview.warnings).toEqual([
      { code: 'unknownColumn', column: 'Shoe Size' },
      { code: 'duplicateColumn', column: 'E-mail' },
    ]);
    expect(preview.columns[2]).toEqual({ index: 2, header: 'Shoe Size' });
    expect(preview.rows[0].values).toEqual({
      fullName: 'Anna',
      shortName: 'anna',
      email: 'a@s.nl',
      groups: ['7A', 'Koor'],
    });
  });

  it('refuses a file without a required column, naming the field', () => {
    const preview = previewUserImport('Full Name,Email\nAnna,anna@school.example\n', none);
    expect(preview.fileErrors).toEqual([{ code: 'missingColumn', field: 'shortName' }]);
    expect(preview.rows).toEqual([]);
    expect(previewUserImport('Email\nanna@school.example', none).fileErrors).toEqual([
      { code: 'missingColumn', field: 'fullName' },
      { code: 'missingColumn', field: 'shortName' },
    ]);
  });

  it("matches Dutch headings without case or accents in a ';'-separated file", () => {
    const preview = previewUserImport(
      'VOLLEDIGE NAAM;korte naam;E-mailadres;Beheerde Apple ID;Notities;Groepen\r\n' +
        'Zoë Bakker;zbakker;zoe@school.example;;;"Groep 7; Koor"\r\n' +
        'Émile Smit;esmit;;;"Let op, linkshandig";Groep 7|Koor\r\n',
      none,
    );
    expect(preview.warnings).toEqual([]);
    expect(preview.rows.map((row) => row.values)).toEqual([
      {
        fullName: 'Zoë Bakker',
        shortName: 'zbakker',
        email: 'zoe@school.example',
        groups: ['Groep 7', 'Koor'],
      },
      {
        fullName: 'Émile Smit',
        shortName: 'esmit',
        notes: 'Let op, linkshandig',
        groups: ['Groep 7', 'Koor'],
      },
    ]);
    expect(previewUserImport('Naam\tGebruikersnaam\nZoë\tzoe', none).rows[0].values).toEqual({
      fullName: 'Zoë',
      shortName: 'zoe',
      groups: [],
    });
  });

  it('keeps quoted delimiters, quotes and line breaks in cells, and counts lines as an editor does', () => {
    const preview = previewUserImport(
      'Full Name,Short Name,Notes\r\n' +
        '"Boer, Daan ""DJ""",dboer,"First line\nsecond, line"\r\n' +
        'Eva,eva,\r\n',
      none,
    );
    expect(preview.rows.map((row) => [row.line, row.values])).toEqual([
      [
        2,
        {
          fullName: 'Boer, Daan "DJ"',
          shortName: 'dboer',
          notes: 'First line\nsecond, line',
          groups: [],
        },
      ],
      [4, { fullName: 'Eva', shortName: 'eva', groups: [] }],
    ]);
  });

  it('flags a row with more cells than headings: an unquoted delimiter in a name', () => {
    expect(errorsOf('Full Name,Short Name\nBoer, Daan,dboer\nEva,eva,,\n')).toEqual([
      [2, 'skip', [{ code: 'extraCells' }]],
      [3, 'add', []],
    ]);
  });

  it('skips empty lines, also ones with only delimiters, and keeps the line numbers right', () => {
    const preview = previewUserImport(
      '\n\nFull Name;Short Name\n\nAnna;anna\n;\n  \nBram;bram\n\n',
      none,
    );
    expect(preview.fileErrors).toEqual([]);
    expect(preview.rows.map((row) => [row.line, row.values.shortName])).toEqual([
      [5, 'anna'],
      [8, 'bram'],
    ]);
  });

  it('says so when a file holds only its headings, or nothing', () => {
    expect(previewUserImport('Full Name,Short Name\r\n', none).fileErrors).toEqual([
      { code: 'noRows' },
    ]);
    expect(previewUserImport('', none).fileErrors).toEqual([{ code: 'emptyFile' }]);
    expect(previewUserImport('\r\n ,  \r\n', none).fileErrors).toEqual([{ code: 'emptyFile' }]);
  });

  it('reports a quote that is never closed as a file error, with its line', () => {
    const preview = previewUserImport(
      'Full Name,Short Name\nAnna,anna\n"Bram,bram\nCas,cas\n',
      none,
    );
    expect(preview.fileErrors).toEqual([{ code: 'unclosedQuote', line: 3 }]);
  });

  it('carries what reading the file said: the encoding warning, a binary file', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Naam;Korte naam\nRen'),
      0xe9,
      0x65,
      0x3b,
      0x72,
    ]);
    const preview = previewUserImport(readCsvText(bytes), none);
    expect(preview.warnings).toEqual([{ code: 'wrongEncoding', encoding: 'windows-1252' }]);
    expect(preview.rows[0].values.fullName).toBe('Renée');

    const binary = previewUserImport(readCsvText(new Uint8Array([1, 0, 2, 0, 3])), none);
    expect(binary.fileErrors).toEqual([{ code: 'binaryFile' }]);
    expect(binary.rows).toEqual([]);
  });

  it('matches the groups the file names with existing ones, without case or accents', () => {
    const preview = previewUserImport(
      'Name,Short Name,Groups\nAnna,anna,groep 7;Cafe\nBo,bo,Café|Nieuw\n',
      {
        shortNames: new Map(),
        groups: new Map([
          ['Groep 7', 'g-7'],
          ['Café', 'g-cafe'],
        ]),
      },
    );
    expect(preview.groups).toEqual([
      { name: 'groep 7', existingId: 'g-7', members: 1 },
      { name: 'Cafe', existingId: 'g-cafe', members: 2 },
      { name: 'Nieuw', members: 1 },
    ]);
  });

  it("follows Excel's sep= line and ignores a byte-order mark left in the text", () => {
    const preview = previewUserImport('sep=;\r\nName;Short Name\r\nAnna, de;anna\r\n', none);
    expect(preview.rows.map((row) => [row.line, row.values.fullName])).toEqual([[3, 'Anna, de']]);
    expect(previewUserImport('\uFEFFFull Name,Short Name\nAnna,anna', none).warnings).toEqual([]);
  });

  it("imports the console's own export as it was, formula guard and all", () => {
    const rows = [
      { name: '=HYPERLINK("x")', short: 'hyper' },
      { name: 'Zoë; "Z"', short: 'zoe' },
    ];
    const text = toCsv(
      [
        { header: 'Volledige naam', value: (row: (typeof rows)[number]) => row.name },
        { header: 'Korte naam', value: (row: (typeof rows)[number]) => row.short },
      ],
      rows,
      ';',
    );
    expect(previewUserImport(text, none).rows.map((row) => row.values.fullName)).toEqual([
      '=HYPERLINK("x")',
      'Zoë; "Z"',
    ]);
  });

  it('holds back two people with one Managed Apple ID', () => {
    const text =
      'Name,Short Name,Managed Apple ID\nAnna,anna,a@appleid.school.nl\nBo,bo,A@appleid.school.nl';
    expect(errorsOf(text).map(([, , errors]) => errors)).toEqual([
      [{ field: 'managedAppleId', code: 'duplicateManagedAppleId', otherLine: 3 }],
      [{ field: 'managedAppleId', code: 'duplicateManagedAppleId', otherLine: 2 }],
    ]);
  });
});
