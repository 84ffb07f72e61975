import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ConsoleDatabase } from '../../../../renderer/db/database';
import {
  ImportSheet,
  type ImportKind,
} from '../../../../renderer/features/import-sheet/import-sheet';
import { TokenFileDrop } from '../../../../renderer/features/tokens/token-file-drop';
import { useTokenSheets } from '../../../../renderer/features/tokens/token-sheets';
import { click, eventually } from '../support/render';
import { renderPerTest } from '../support/render-per-test';

const render = renderPerTest();

const dialog = () => document.body.querySelector<HTMLElement>('[role="dialog"]');
const dialogText = () => dialog()?.textContent ?? '';
const button = (label: string) =>
  [...(dialog()?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
    (element) => element.textContent?.trim() === label,
  );
const tableRows = () => [...document.body.querySelectorAll('.import-body [role="row"]')];
const rowText = (line: number) =>
  tableRows()
    .find((row) => row.querySelector('[role="cell"]')?.textContent === line.toLocaleString('en-US'))
    ?.textContent?.replace(/\s+/g, ' ');

const csvFile = (content: string | Uint8Array, name = 'klas.csv') =>
  new File([content as BlobPart], name, { type: 'text/csv' });

/** Chooses `file` in the sheet's file field, as the Open panel would. */
const chooseFile = async (file: File) => {
  const input = dialog()?.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('The sheet has no file field.');
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
};

/** Drops `file` on `target`, as Finder or Explorer would. */
const dropFile = async (target: EventTarget, file: File) => {
  const event = new Event('drop', { bubbles: true, cancelable: true });
  const transfer = new DataTransfer();
  transfer.items.add(file);
  Object.defineProperty(event, 'dataTransfer', { value: transfer });
  await act(async () => {
    target.dispatchEvent(event);
  });
  return event;
};

const openSheet = async (
  kind: ImportKind,
  options: { db?: ConsoleDatabase; language?: 'en' | 'nl' } = {},
) => {
  const onClose = vi.fn();
  const rendered = await render(<ImportSheet kind={kind} onClose={onClose} />, options);
  return { ...rendered, onClose };
};

const at = 1_700_000_000_000;

const USERS = [
  'Volledige naam;Korte naam;E-mailadres;Groepen;Klas',
  'Sara de Boer;sboer;sara@school.example;Groep 7|Koor;7B',
  'Daan Jansen;djansen;;Groep 7;7B',
  ';leeg;;;7B',
  'Bo Smit;bsmit;bo@school;;7B',
  'Anna de Wit;awit;;;7B',
  'Anna van Dam;AWIT;;;7B',
].join('\r\n');

describe('the Import Users sheet', () => {
  it('previews a chosen file with actions, problems and columns, then imports it', async () => {
    const { db, onClose } = await openSheet('users');
    await db.users.add({
      id: 'u-daan',
      fullName: 'D. Jansen',
      shortName: 'DJansen',
      email: 'daan@school.example',
      groupIds: [],
      createdAt: at,
      updatedAt: at,
    });
    expect(dialogText()).toContain('Import Users');
    expect(dialogText()).toContain(
      'VPP Console understands: Full Name, Short Name, Email, Managed Apple ID, Notes and Groups. Full Name and Short Name must be there.',
    );
    expect(dialogText()).toContain('Dutch headings work too (Volledige naam, Korte naam');
    expect(button('Download Template')).toBeDefined();
    expect(button('Cancel')).toBeDefined();

    await chooseFile(csvFile(USERS));
    await eventually(() => expect(dialogText()).toContain('klas.csv — 6 rows'));
    const text = dialogText();
    expect(text).toContain('1 to add, 1 to update, 4 with errors will be skipped');
    expect(text).toContain('The column “Klas” isn’t one VPP Console knows; it is ignored.');
    expect(text).toContain('from “Volledige naam”');
    expect(text).toContain('Ignored columns“Klas”');
    expect(rowText(2)).toContain('Add');
    expect(rowText(2)).toContain('Groep 7; Koor');
    expect(rowText(3)).toContain('Update');
    expect(rowText(4)).toContain('The name is missing.');
    expect(rowText(5)).toContain('The email address isn’t valid.');
    expect(rowText(6)).toContain('The short name is also on line 7.');
    expect(rowText(7)).toContain('The short name is also on line 6.');
    expect(rowText(7)).toContain('Skip');

    const filter = [...dialog()!.querySelectorAll('label')].find((label) =>
      label.textContent?.includes('Show only rows with errors'),
    )!;
    await click(filter.querySelector('input')!);
    expect(tableRows()).toHaveLength(4);
    await click(filter.querySelector('input')!);
    expect(tableRows()).toHaveLength(6);

    await click(button('Import')!);
    await eventually(() => expect(dialogText()).toContain('The import is done.'));
    expect(dialogText()).toContain('Users added1');
    expect(dialogText()).toContain('Users updated1');
    expect(dialogText()).toContain('Groups created2');
    expect(dialogText()).toContain('Group memberships added3');
    expect(button('Cancel')).toBeUndefined();
    expect(await db.users.count()).toBe(2);
    expect((await db.users.get('u-daan'))?.fullName).toBe('Daan Jansen');
    expect((await db.users.get('u-daan'))?.email).toBe('daan@school.example');
    expect((await db.groups.toArray()).map((group) => group.name).sort()).toEqual([
      'Groep 7',
      'Koor',
    ]);
    await click(button('Done')!);
    expect(onClose).toHaveBeenCalled();
  });

  it('stops at a file that is not a CSV, saying why, and offers another file', async () => {
    await openSheet('users');
    await chooseFile(csvFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'klas.xlsx'));
    await eventually(() =>
      expect(dialog()?.querySelector('[role="alert"]')?.textContent).toContain(
        'This is a spreadsheet workbook, not a CSV file.',
      ),
    );
    expect(button('Import')).toBeUndefined();
    expect(button('Choose Another File…')).toBeDefined();

    await chooseFile(csvFile('Name,Email\nSara,sara@school.example\n'));
    await eventually(() =>
      expect(dialog()?.querySelector('[role="alert"]')?.textContent).toContain(
        'The file has no “Short Name” column',
      ),
    );
    await chooseFile(csvFile('Name,Short Name\n"Sara,sboer\nDaan,djansen\n'));
    await eventually(() =>
      expect(dialogText()).toContain('A quotation mark on line 2 is never closed'),
    );
    await chooseFile(csvFile(''));
    await eventually(() => expect(dialogText()).toContain('This file is empty.'));
  });

  it('reads a Windows-1252 file and says so in words', async () => {
    await openSheet('users');
    // "Zoë" as Excel on Windows saves it: ë is the single byte 0xEB.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Name,Short Name\nZo'),
      0xeb,
      ...new TextEncoder().encode(' Visser,zvisser\n'),
    ]);
    await chooseFile(csvFile(bytes));
    await eventually(() => expect(dialogText()).toContain('1 to add'));
    expect(dialogText()).toContain('This file isn’t in UTF-8, so it was read as Windows text');
    expect(rowText(2)).toContain('Zoë Visser');
  });

  it('writes nothing when the import fails, and says so', async () => {
    const { db } = await openSheet('users');
    await db.groups.add({ id: 'g-7', name: 'Groep 7', createdAt: at, updatedAt: at });
    db.users.hook('creating', (_key, row: { shortName: string }) => {
      if (row.shortName === 'bsmit') throw new Error('QuotaExceededError');
    });
    await chooseFile(
      csvFile(
        'Name,Short Name,Groups\nSara,sboer,Groep 7\nBo Smit,bsmit,Koor\nDaan,djansen,Koor\n',
      ),
    );
    await eventually(() => expect(dialogText()).toContain('3 to add'));
    await click(button('Import')!);
    await eventually(() =>
      expect(dialog()?.querySelector('[role="alert"]')?.textContent).toContain(
        'Nothing was imported: VPP Console couldn’t save the changes, and everything is as it was.',
      ),
    );
    expect(await db.users.count()).toBe(0);
    expect(await db.groups.count()).toBe(1);
    expect(button('Import')).toBeDefined();
  });

  it('keeps a 50,000-row file fast: progress while checking, only visible rows drawn', async () => {
    await openSheet('users');
    const lines = ['Full Name,Short Name,Email'];
    for (let i = 0; i < 50_000; i++) {
      lines.push(`Leerling ${i},leerling${i},${i === 4_321 ? 'fout@' : `l${i}@school.example`}`);
    }
    // Every progress the bar showed while the file was checked, as a screen reader hears it.
    const progress = new Set<string>();
    const observer = new MutationObserver(() => {
      const bar = dialog()?.querySelector('[role="progressbar"]');
      const value = bar?.getAttribute('aria-valuetext');
      if (value) progress.add(value);
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    const started = performance.now();
    await chooseFile(csvFile(lines.join('\n')));
    await eventually(
      () => expect(dialogText()).toContain('49,999 to add, 1 with errors will be skipped'),
      20_000,
    );
    observer.disconnect();
    // Measured at about 1 s here; a slow two-core machine has room to spare.
    expect((performance.now() - started) / 1000).toBeLessThan(15);
    expect(progress).toContain('2,000 of 50,000 rows checked');
    expect(progress.size).toBeGreaterThan(5);
    expect(tableRows().length).toBeGreaterThan(5);
    expect(tableRows().length).toBeLessThan(80);
    const filter = [...dialog()!.querySelectorAll('label')].find((label) =>
      label.textContent?.includes('Show only rows with errors'),
    )!;
    await click(filter.querySelector('input')!);
    expect(tableRows()).toHaveLength(1);
    expect(rowText(4_323)).toContain('The email address isn’t valid.');
  }, 30_000);
});

describe('the Import Devices sheet', () => {
  it('takes a file dropped on the window (not the token drop), previews and imports it', async () => {
    useTokenSheets.setState({ sheet: null, droppedFile: null });
    const onClose = vi.fn();
    const { db } = await render(
      <>
        <TokenFileDrop />
        <ImportSheet kind="devices" onClose={onClose} />
      </>,
    );
    await db.users.add({
      id: 'u-sara',
      fullName: 'Sara de Boer',
      shortName: 'sboer',
      groupIds: [],
      createdAt: at,
      updatedAt: at,
    });
    const file = csvFile(
      [
        'Name,Serial Number,Model,Platform,Assigned User',
        "Sara's iPad,DMPX1,iPad (10th generation),iPadOS,sboer",
        'Mac 1,C02X,MacBook Air,macOS,nobody',
        'Mac 2,c02x,,,',
      ].join('\n'),
      'apparaten.csv',
    );
    const drop = await dropFile(document.querySelector('.sheet-title')!, file);
    expect(drop.defaultPrevented).toBe(true);
    expect(useTokenSheets.getState().droppedFile).toBeNull();
    await eventually(() => expect(dialogText()).toContain('apparaten.csv — 3 rows'));
    expect(rowText(3)).toContain('No user has the short name or email address “nobody”.');
    expect(rowText(3)).toContain('The serial number is also on line 4.');
    expect(rowText(4)).toContain('The serial number is also on line 3.');
    expect(dialogText()).toContain('1 to add, 2 with errors will be skipped');

    await click(button('Import')!);
    await eventually(() => expect(dialogText()).toContain('Devices added1'));
    expect(await db.devices.where('serialNumber').equals('DMPX1').first()).toMatchObject({
      name: "Sara's iPad",
      userId: 'u-sara',
      platform: 'iPadOS',
      placeholder: true,
    });
  });

  it('speaks Dutch', async () => {
    await openSheet('devices', { language: 'nl' });
    expect(dialogText()).toContain('Importeer apparaten');
    expect(dialogText()).toContain('Engelse kolomnamen werken ook (Name, Serial Number');
    expect(button('Kies bestand…')).toBeDefined();
    await chooseFile(csvFile('Naam;Serienummer;Platform\niPad 1;F1;Android\niPad 2;F2;iPadOS\n'));
    await eventually(() =>
      expect(dialogText()).toContain('1 toe te voegen, 1 met fouten wordt overgeslagen'),
    );
    expect(rowText(2)).toContain('Het platform moet iOS, iPadOS of macOS zijn.');
    expect(button('Importeer')).toBeDefined();
  });
});
