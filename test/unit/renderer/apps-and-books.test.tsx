import { describe, expect, it } from 'vitest';
import { AppsView } from '../../../renderer/features/apps/assets-view';
import { BooksView } from '../../../renderer/features/books/books-view';
import { useUiStore } from '../../../renderer/stores/ui-store';
import { createFakeMain } from './support/fake-main';
import { click, eventually, freshDatabase } from './support/render';
import { renderPerTest } from './support/render-per-test';
import { assetRow, tokenRow } from './support/vpp-rows';

const render = renderPerTest();

const PAGES = '361309726';
const KEYNOTE = '361285480';
const MOLEN = '1499620001';

/** Each row as the admin reads it: name · second line, and the marker's words if any. */
const listedRows = (container: HTMLElement) =>
  [...container.querySelectorAll('[role="option"]')].map((option) =>
    [...option.querySelectorAll('.row-primary, .row-secondary, .row-trailing')]
      .map((part) => part.textContent)
      .filter(Boolean)
      .join(' · '),
  );

/** The About tab as label → value. */
const fieldsOf = (container: HTMLElement) =>
  Object.fromEntries(
    [...container.querySelectorAll('.field')].map((field) => [
      field.querySelector('dt')!.textContent,
      field.querySelector('dd')!.textContent,
    ]),
  );

const option = (container: HTMLElement, text: string) =>
  [...container.querySelectorAll<HTMLElement>('[role="option"]')].find((element) =>
    element.textContent?.includes(text),
  )!;

const button = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll<HTMLElement>('button')].find(
    (element) => element.textContent === name,
  )!;

const school = async () => {
  const db = freshDatabase();
  await db.tokens.bulkAdd([
    tokenRow('t1', 'Onderbouw', {
      lastSyncAt: Date.UTC(2026, 10, 21, 9, 0),
      nextSyncAt: Date.UTC(2026, 10, 21, 9, 30),
    }),
    tokenRow('t2', 'Bovenbouw'),
  ]);
  await db.assets.bulkAdd([
    assetRow(
      't1',
      PAGES,
      'Pages',
      { total: 30, assigned: 12 },
      {
        bundleId: 'com.apple.Pages',
        developer: 'Apple',
        supportedPlatforms: ['iOS', 'macOS'],
        iconUrl: 'http://127.0.0.1:4781/metadata/icons/361309726.svg',
      },
    ),
    assetRow('t2', PAGES, 'Pages', { total: 10, assigned: 10 }),
    assetRow(
      't1',
      KEYNOTE,
      'Keynote',
      { total: 25, assigned: 25 },
      {
        localAssignedCount: 23,
      },
    ),
    assetRow(
      't1',
      MOLEN,
      'Het Geheim van de Oude Molen',
      { total: 40, assigned: 3, retired: 2 },
      {
        productType: 'Book',
        deviceAssignable: false,
        revocable: false,
        developer: 'Uitgeverij Windkracht',
        supportedPlatforms: ['iOS', 'macOS'],
      },
    ),
  ]);
  return db;
};

/** The last row to fill in: once it reads so, every row and token has loaded. */
const BOVENBOUW_PAGES = 'Pages · Bovenbouw · 0 of 10 available';

const syncingMain = () => createFakeMain({ 'sync:now': () => ({ tasks: [] }) });

describe('Apps', () => {
  it('lists a title once per token, each row named by its token with its counts', async () => {
    const { container } = await render(<AppsView />, { db: await school() });
    await eventually(() => expect(listedRows(container)).toContain(BOVENBOUW_PAGES));
    expect(listedRows(container)).toEqual(
      expect.arrayContaining([
        'Pages · Onderbouw · 18 of 30 available',
        'Pages · Bovenbouw · 0 of 10 available',
      ]),
    );
    // The app's own icon where the metadata gave one, the kind's icon elsewhere.
    const pages = option(container, 'Onderbouw · 18');
    expect(pages.querySelector('img')?.getAttribute('src')).toBe(
      'http://127.0.0.1:4781/metadata/icons/361309726.svg',
    );
    expect(pages.querySelector('img')?.getAttribute('alt')).toBe('');
    expect(option(container, 'Bovenbouw').querySelector('img')).toBeNull();
    expect(option(container, 'Bovenbouw').querySelector('svg')).not.toBeNull();
  });

  it('shows what an admin needs to know about an app on its About tab', async () => {
    const { container } = await render(<AppsView />, { db: await school() });
    await eventually(() => expect(listedRows(container)).toContain(BOVENBOUW_PAGES));
    await click(option(container, 'Onderbouw · 18'));
    await eventually(() => expect(fieldsOf(container)['Bundle ID']).toBe('com.apple.Pages'));
    const fields = fieldsOf(container);
    expect(fields).toMatchObject({
      Name: 'Pages',
      Developer: 'Apple',
      'Apple ID': PAGES,
      Quality: 'Standard',
      Token: 'Onderbouw',
      Total: '30',
      Assigned: '12',
      Available: '18',
      Retired: '0',
      'Assign To': 'Users and devices',
      Revocable: 'Yes',
      Platforms: 'iPhone and iPad, Mac',
    });
    expect(fields['Last Synced']).toMatch(/2026/);
    expect(fields['Next Sync']).toMatch(/2026/);
    expect(container.querySelector('.detail-title')?.textContent).toBe('Pages');
    expect(container.querySelector('.drift-banner')).toBeNull();
  });

  it('marks a title whose counts differ from Apple’s, and Sync Now on its banner syncs its token', async () => {
    const main = syncingMain();
    const { container } = await render(<AppsView />, { db: await school(), api: main.api });
    await eventually(() => expect(listedRows(container)).toContain(BOVENBOUW_PAGES));
    expect(listedRows(container)).toContain(
      'Keynote · Onderbouw · 0 of 25 available · Counts differ from Apple’s',
    );
    expect(option(container, 'Bovenbouw').querySelector('.drift-marker')).toBeNull();

    await click(option(container, 'Keynote'));
    await eventually(() =>
      expect(container.querySelector('.drift-banner')?.textContent).toContain(
        'Apple counts 25 licenses in use; this console knows 23. Sync Now to repair.',
      ),
    );
    const banner = container.querySelector<HTMLElement>('.drift-banner')!;
    await click(button(banner, 'Sync Now'));
    expect(main.calls).toEqual([{ channel: 'sync:now', request: { tokenIds: ['t1'] } }]);
  });

  it('says so on the banner while the token is syncing, instead of syncing it twice', async () => {
    const db = await school();
    await db.tokens.put(tokenRow('t1', 'Onderbouw', { active: true }));
    const main = syncingMain();
    const { container } = await render(<AppsView />, { db, api: main.api });
    await eventually(() => expect(listedRows(container)).toContain(BOVENBOUW_PAGES));
    await click(option(container, 'Keynote'));
    await eventually(() => expect(container.querySelector('.drift-banner')).not.toBeNull());
    const sync = button(container.querySelector('.drift-banner')!, 'Sync Now');
    expect(sync.getAttribute('aria-disabled')).toBe('true');
    await click(sync);
    expect(main.calls).toEqual([]);
    expect(container.querySelector('.drift-banner')?.textContent).toContain(
      'This token is syncing now',
    );
    expect(fieldsOf(container)['Next Sync']).toBe('Syncing now…');
  });

  it('syncs every token from the toolbar', async () => {
    const main = syncingMain();
    const { container } = await render(<AppsView />, { db: await school(), api: main.api });
    await eventually(() => expect(listedRows(container)).toContain(BOVENBOUW_PAGES));
    const toolbar = container.querySelector<HTMLElement>('[role="toolbar"]')!;
    await click(button(toolbar, 'Sync Now'));
    expect(main.calls).toEqual([{ channel: 'sync:now', request: {} }]);
  });

  it('says why when main refuses Sync Now', async () => {
    // A main without the channel refuses, as an older host would.
    const { container } = await render(<AppsView />, { db: await school() });
    await eventually(() => expect(listedRows(container)).toContain(BOVENBOUW_PAGES));
    await click(button(container.querySelector('[role="toolbar"]')!, 'Sync Now'));
    await eventually(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toBe(
        'Sync Now didn’t start: VPP Console doesn’t know this request. Update VPP Console.',
      ),
    );
  });

  it('while there are no titles, says where they come from and goes to Tokens', async () => {
    const { container } = await render(<AppsView />);
    await eventually(() => expect(container.textContent).toContain('No Apps'));
    expect(container.textContent).toContain(
      'appear here with their license counts after a content token is added in Tokens.',
    );
    expect(container.textContent).not.toContain('isn’t possible in this version');
    const sync = button(container.querySelector('[role="toolbar"]')!, 'Sync Now');
    expect(sync.getAttribute('aria-disabled')).toBe('true');
    expect(sync.getAttribute('title')).toBe(
      'Add a content token in Tokens first; Sync Now then brings in its apps and books.',
    );
    await click(button(container, 'Go to Tokens'));
    expect(useUiStore.getState().section).toBe('tokens');
  });
});

describe('Books', () => {
  it('shows a book as a book: users only, never taken back, its publisher', async () => {
    const { container } = await render(<BooksView />, { db: await school() });
    await eventually(() =>
      expect(listedRows(container)).toEqual([
        'Het Geheim van de Oude Molen · Onderbouw · 35 of 40 available',
      ]),
    );
    await click(option(container, 'Molen'));
    await eventually(() => expect(fieldsOf(container).Publisher).toBe('Uitgeverij Windkracht'));
    expect(container.querySelector('.asset-note')?.textContent).toBe(
      'Books are assigned to users only and, once assigned, can’t be revoked or reassigned.',
    );
    const fields = fieldsOf(container);
    expect(fields).not.toHaveProperty('Assign To');
    expect(fields).not.toHaveProperty('Bundle ID');
    expect(fields).toMatchObject({
      Retired: '2',
      Revocable: 'No, a license stays with its user once assigned',
      'Last Synced': expect.stringMatching(/2026/),
    });
  });

  it('speaks Apple’s Dutch', async () => {
    const { container } = await render(<BooksView />, { db: await school(), language: 'nl' });
    await eventually(() =>
      expect(listedRows(container)).toEqual([
        'Het Geheim van de Oude Molen · Onderbouw · 35 van 40 beschikbaar',
      ]),
    );
    await click(option(container, 'Molen'));
    await eventually(() => expect(fieldsOf(container).Uitgever).toBe('Uitgeverij Windkracht'));
    expect(fieldsOf(container)).toMatchObject({
      Totaal: '40',
      Toegewezen: '3',
      Beschikbaar: '35',
      'Buiten gebruik': '2',
      Platforms: 'iPhone en iPad, Mac',
    });
  });
});
