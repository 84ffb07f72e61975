import { describe, expect, it } from 'vitest';
import { LicenseReportView } from '../../../renderer/features/report/license-report-view';
import { useUiStore } from '../../../renderer/stores/ui-store';
import { click, eventually, freshDatabase, typeInto } from './support/render';
import { renderPerTest } from './support/render-per-test';
import { assetRow, captureDownloads, tokenRow } from './support/vpp-rows';

const render = renderPerTest();

/** The body's rows as arrays of cell texts, top to bottom. */
const tableRows = (container: HTMLElement) =>
  [...container.querySelectorAll('.report-body [role="row"]')].map((row) =>
    [...row.querySelectorAll('[role="rowheader"], [role="cell"]')].map((cell) => cell.textContent),
  );

const totalsRow = (container: HTMLElement) =>
  [
    ...container.querySelectorAll('.report-foot [role="rowheader"], .report-foot [role="cell"]'),
  ].map((cell) => cell.textContent);

const header = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll<HTMLElement>('[role="columnheader"]')].find(
    (cell) => cell.textContent === name,
  )!;

const sortedBy = (container: HTMLElement) =>
  [...container.querySelectorAll('[role="columnheader"][aria-sort]')].map(
    (cell) => `${cell.textContent} ${cell.getAttribute('aria-sort')}`,
  );

const school = async () => {
  const db = freshDatabase();
  await db.tokens.bulkAdd([tokenRow('t1', 'Onderbouw'), tokenRow('t2', 'Bovenbouw')]);
  await db.assets.bulkAdd([
    assetRow('t1', '1', 'Pages', { total: 30, assigned: 12 }),
    assetRow('t2', '1', 'Pages', { total: 10, assigned: 10 }),
    assetRow('t1', '2', 'Keynote', { total: 20, assigned: 5, retired: 1 }),
    assetRow(
      't2',
      '3',
      'Atlas van Nederland',
      { total: 40, assigned: 30 },
      { productType: 'Book' },
    ),
    assetRow('t1', '4', '=HYPERLINK("http://x")', { total: 0, assigned: 0 }),
  ]);
  return db;
};

const renderReport = async (language: 'en' | 'nl' = 'en') => {
  const rendered = await render(<LicenseReportView />, { db: await school(), language });
  await eventually(() => expect(tableRows(rendered.container)).toHaveLength(5));
  return rendered;
};

describe('License Report', () => {
  it('lists every title per token with its counts and use, sorted by name', async () => {
    const { container } = await renderReport();
    expect(container.querySelector('[role="table"]')?.getAttribute('aria-label')).toBe(
      'License Report',
    );
    expect(tableRows(container)).toEqual([
      ['=HYPERLINK("http://x")', 'App', 'Onderbouw', '0', '0', '0', '0', '—'],
      ['Atlas van Nederland', 'Book', 'Bovenbouw', '40', '30', '10', '0', '75%'],
      ['Keynote', 'App', 'Onderbouw', '20', '5', '14', '1', '25%'],
      ['Pages', 'App', 'Bovenbouw', '10', '10', '0', '0', '100%'],
      ['Pages', 'App', 'Onderbouw', '30', '12', '18', '0', '40%'],
    ]);
    expect(sortedBy(container)).toEqual(['Name ascending']);
    // The bar is for the eye; the percentage is its text.
    const bar = container.querySelector('.use-bar')!;
    expect(bar.getAttribute('aria-hidden')).toBe('true');
  });

  it('sorts by the column header clicked, largest first for counts, and back again', async () => {
    const { container } = await renderReport();
    await click(header(container, 'Assigned').querySelector('button')!);
    expect(sortedBy(container)).toEqual(['Assigned descending']);
    expect(tableRows(container).map((row) => `${row[0]} ${row[4]}`)).toEqual([
      'Atlas van Nederland 30',
      'Pages 12',
      'Pages 10',
      'Keynote 5',
      '=HYPERLINK("http://x") 0',
    ]);

    await click(header(container, 'Assigned').querySelector('button')!);
    expect(sortedBy(container)).toEqual(['Assigned ascending']);
    expect(tableRows(container)[0][4]).toBe('0');

    await click(header(container, 'In Use').querySelector('button')!);
    expect(tableRows(container).map((row) => row[7])).toEqual(['100%', '75%', '40%', '25%', '—']);

    await click(header(container, 'Token').querySelector('button')!);
    expect(sortedBy(container)).toEqual(['Token ascending']);
    expect(tableRows(container).map((row) => `${row[2]} ${row[0]}`)).toEqual([
      'Bovenbouw Atlas van Nederland',
      'Bovenbouw Pages',
      'Onderbouw =HYPERLINK("http://x")',
      'Onderbouw Keynote',
      'Onderbouw Pages',
    ]);
  });

  it('totals what it shows, and the search narrows both', async () => {
    const { container } = await renderReport();
    expect(totalsRow(container)).toEqual([
      'Total (5 titles)',
      '',
      '',
      '100',
      '57',
      '42',
      '1',
      '57%',
    ]);

    await typeInto(container.querySelector<HTMLInputElement>('input[type="search"]')!, 'bovenb');
    await eventually(() => expect(tableRows(container)).toHaveLength(2));
    expect(totalsRow(container)).toEqual([
      'Total (2 titles)',
      '',
      '',
      '50',
      '40',
      '10',
      '0',
      '80%',
    ]);

    await typeInto(container.querySelector<HTMLInputElement>('input[type="search"]')!, 'nothing');
    await eventually(() => expect(container.textContent).toContain('No Results'));
  });

  it('exports the table as it stands, with “;” in Dutch and formulas kept as text', async () => {
    const downloads = captureDownloads();
    try {
      const { container } = await renderReport('nl');
      await click(header(container, 'Toegewezen').querySelector('button')!);
      const exportButton = [
        ...container.querySelectorAll<HTMLElement>('[role="toolbar"] button'),
      ].find((button) => button.textContent === 'Exporteer lijst…')!;
      await click(exportButton);
      expect(downloads.files).toHaveLength(1);
      expect(downloads.files[0].name).toMatch(/^Licentierapport \d{4}-\d{2}-\d{2}\.csv$/);
      expect(await downloads.files[0].text).toBe(
        '\uFEFF' +
          [
            'Naam;Soort;Token;Totaal;Toegewezen;Beschikbaar;Buiten gebruik;In gebruik',
            'Atlas van Nederland;Boek;Bovenbouw;40;30;10;0;75%',
            'Pages;App;Onderbouw;30;12;18;0;40%',
            'Pages;App;Bovenbouw;10;10;0;0;100%',
            'Keynote;App;Onderbouw;20;5;14;1;25%',
            `"'=HYPERLINK(""http://x"")";App;Onderbouw;0;0;0;0;`,
          ].join('\r\n') +
          '\r\n',
      );
    } finally {
      downloads.restore();
    }
  });

  it('while there are no titles, says where they come from and goes to Tokens', async () => {
    const { container } = await render(<LicenseReportView />);
    await eventually(() => expect(container.textContent).toContain('No Titles'));
    expect(container.textContent).toContain('after a content token is added in Tokens');
    const goToTokens = [...container.querySelectorAll<HTMLElement>('button')].find(
      (button) => button.textContent === 'Go to Tokens',
    )!;
    await click(goToTokens);
    expect(useUiStore.getState().section).toBe('tokens');
  });

  it('opens 2,000 titles under 3 tokens quickly, and re-sorts them quickly, rendering only what is in view', async () => {
    const db = freshDatabase();
    await db.tokens.bulkAdd([
      tokenRow('a', 'Onderbouw'),
      tokenRow('b', 'Middenbouw'),
      tokenRow('c', 'Bovenbouw'),
    ]);
    const assets = [];
    for (let title = 0; title < 2000; title++)
      for (const tokenId of ['a', 'b', 'c'])
        assets.push(
          assetRow(tokenId, String(1_000_000 + title), `Titel ${title}`, {
            total: 50 + (title % 7),
            assigned: (title * 13) % 50,
          }),
        );
    await db.assets.bulkAdd(assets);

    const started = performance.now();
    const { container } = await render(<LicenseReportView />, { db });
    await eventually(() => expect(tableRows(container).length).toBeGreaterThan(0), 10_000);
    const opened = performance.now() - started;
    expect(totalsRow(container)[0]).toBe('Total (6,000 titles)');
    // Only the rows in view (600 px) and a few more exist.
    expect(tableRows(container).length).toBeLessThan(60);

    const sortStarted = performance.now();
    await click(header(container, 'In Use').querySelector('button')!);
    const sorted = performance.now() - sortStarted;
    expect(sortedBy(container)).toEqual(['In Use descending']);
    expect(tableRows(container)[0][7]).toBe('98%');

    console.info(
      `License Report, 6,000 rows: opened in ${opened.toFixed(0)} ms, sorted in ${sorted.toFixed(0)} ms`,
    );
    // Generous for two shared cores; a regression to rendering every row takes many seconds.
    expect(opened).toBeLessThan(5000);
    expect(sorted).toBeLessThan(1000);
  }, 30_000);
});
