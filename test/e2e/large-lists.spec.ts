import type { Page } from '@playwright/test';
import { indexedValuesOf } from '../../renderer/db/indexed-fields';
import { matchesAllWords, queryWordsOf } from '../../renderer/db/search-text';
import type { UserRow } from '../../renderer/db/types';
import { test, expect } from './fixtures';
import { whileMeasuring } from './quiet-period';
import { putRows } from './seed-database';
import { sectionLabel, uiText } from './ui-text';

const t = uiText('en');

const USER_COUNT = 50_000;
const FIRST_NAMES = ['Anna', 'Bram', 'Daan', 'Émile', 'Fleur', 'Jesse', 'Lotte', 'noah', 'Sara'];
const LAST_NAMES = ['Bakker', 'de Boer', 'Jansen', 'Ökten', 'Smit', 'van Dijk', 'Visser', 'Zwart'];

/**
 * A large school, as a sync would store it: the same derived `sortKey`/`searchWords` the
 * database's hooks compute, from the console's own code, so the indexes hold what they would.
 */
const schoolUsers = (): UserRow[] =>
  Array.from({ length: USER_COUNT }, (_, index) => {
    const fullName = `${FIRST_NAMES[index % FIRST_NAMES.length]} ${
      LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]
    } ${String(index).padStart(5, '0')}`;
    const row = {
      id: `user-${index}`,
      fullName,
      email: `pupil${index}@school.example`,
      shortName: `pupil${index}`,
      groupIds: [],
      createdAt: 1,
      updatedAt: 1,
    };
    return { ...row, ...indexedValuesOf('users', row) };
  });

/** The order the Users list shows: by sort key, ties by id (IndexedDB's index order). */
const inListOrder = (users: UserRow[]) =>
  [...users].sort((a, b) =>
    a.sortKey !== b.sortKey ? (a.sortKey < b.sortKey ? -1 : 1) : a.id < b.id ? -1 : 1,
  );

/**
 * From every page load on, notes when the sidebar first shows and when the Users list first
 * shows a name: the console opens on Users, so that is the list's cold start.
 */
const recordFirstPaint = async (page: Page) => {
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { firstPaint: Record<string, number> }).firstPaint = marks;
    const poll = () => {
      if (!marks.sidebar && document.querySelector('[data-section="users"]'))
        marks.sidebar = performance.now();
      // A row still loading is blank; one that shows a user has text.
      const row = document.querySelector('[role="listbox"] [role="option"]');
      if (row?.textContent?.trim()) marks.firstUser = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
};

const USERS_LIST = '[role="listbox"][aria-label="Users"]';

/**
 * Milliseconds from `event` on the element `trigger` selects to the frame in which the Users
 * list's first row shows `firstName` out of `count` rows, measured in the page so Playwright's
 * polling (100 ms, then 250, 500, 1000) does not blur the figure.
 */
const timeInPage = async (
  page: Page,
  trigger: { selector: string; event: 'click' | 'input' },
  until: { firstName: string; count: number },
  act: () => Promise<void>,
) => {
  const measured = page.evaluate(
    ({ trigger, until, list }) =>
      new Promise<number>((resolve) => {
        const onEvent = (event: Event) => {
          if (!(event.target instanceof Element) || !event.target.closest(trigger.selector)) return;
          document.removeEventListener(trigger.event, onEvent, true);
          const startedAt = performance.now();
          const poll = () => {
            const row = document.querySelector(`${list} [role="option"][aria-posinset="1"]`);
            const shows =
              row?.getAttribute('aria-setsize') === String(until.count) &&
              row.textContent?.includes(until.firstName);
            if (shows) resolve(performance.now() - startedAt);
            else requestAnimationFrame(poll);
          };
          poll();
        };
        document.addEventListener(trigger.event, onEvent, true);
      }),
    { trigger, until, list: USERS_LIST },
  );
  await act();
  return measured;
};

/**
 * Each figure is the best of a few runs: other work on the machine only ever adds to a run's
 * time, so the smallest is the closest to the console's own. Every run is logged, so a slow
 * first run still shows in the output. While they run, the other worker's screenshot and axe
 * tours wait (quiet-period.ts): with 2 workers on 2 cores they would take half the machine.
 */
const RUNS = 3;
const best = (runs: number[]) => Math.min(...runs);
const report = (runs: number[]) =>
  `best ${best(runs).toFixed(0)} ms (runs: ${runs.map((ms) => ms.toFixed(0)).join(', ')} ms)`;

// On disk, as on an admin's computer: Chromium's in-memory IndexedDB of an off-the-record
// profile writes 50,000 indexed users about six times slower, and ever slower as it fills
// (see fixtures.ts); the seed alone then ran past the test's 60 s beside other tests.
test.use({ profileOnDisk: true });

test('a list of 50,000 users opens fast, reaches its last row and searches quickly', async ({
  app,
}) => {
  const users = schoolUsers();
  const ordered = inListOrder(users);
  const seeded = await putRows(app, { users });
  console.log(
    `Seeded ${seeded.rows} users in ${seeded.transactions} transactions: ${seeded.writeMs} ms`,
  );
  await recordFirstPaint(app);
  const sidebar = app.getByRole('navigation', { name: 'Sidebar' });
  const listbox = app.getByRole('listbox', { name: 'Users' });

  // The console's live queries see writes made through its own database; ours came from
  // outside, so reload. Each reload is a cold start of the list.
  const coldStarts: number[] = [];
  // How long the page took to show its sidebar at all: not the list's doing, but it says how
  // busy the machine was when a figure below comes out high.
  const boots: number[] = [];
  const opened: number[] = [];
  await whileMeasuring(async () => {
    for (let run = 0; run < RUNS; run++) {
      await app.reload();
      await expect(listbox.getByRole('option').first()).toContainText(ordered[0].fullName);
      const marks = await app.evaluate(
        () => (window as unknown as { firstPaint: Record<string, number> }).firstPaint,
      );
      coldStarts.push(marks.firstUser - marks.sidebar);
      boots.push(marks.sidebar);
    }
    for (let run = 0; run < RUNS; run++) {
      await sidebar.locator('[data-section="devices"]').click();
      await expect(app.getByRole('main', { name: sectionLabel('en', 'devices') })).toBeVisible();
      await expect(listbox).toHaveCount(0);
      opened.push(
        await timeInPage(
          app,
          { selector: '[data-section="users"]', event: 'click' },
          { firstName: ordered[0].fullName, count: USER_COUNT },
          () => sidebar.locator('[data-section="users"]').click(),
        ),
      );
    }
  });
  const machine = `(the page itself took ${report(boots)} to show its sidebar)`;
  console.log(
    `After a reload: first of ${USER_COUNT} users after the sidebar, ${report(coldStarts)} ${machine}`,
  );
  expect(best(coldStarts), `cold start ${report(coldStarts)} ${machine}`).toBeLessThan(1000);

  console.log(`Clicking Users (${USER_COUNT} users): first row, ${report(opened)}`);
  expect(best(opened), `opening Users ${report(opened)} ${machine}`).toBeLessThan(1000);
  await expect(listbox.getByRole('option').first()).toContainText(ordered[0].fullName);
  await expect(app.getByText(t('list.count', { count: USER_COUNT }))).toBeVisible();

  // End selects the last user alphabetically, scrolls it into view and shows its details.
  const last = ordered.at(-1)!;
  await listbox.focus();
  await app.keyboard.press('End');
  const selected = listbox.getByRole('option', { selected: true });
  await expect(selected).toContainText(last.fullName);
  await expect(selected).toBeInViewport();
  await expect(selected).toHaveAttribute('aria-posinset', String(USER_COUNT));
  await expect(app.getByRole('region', { name: last.fullName })).toBeVisible();

  // Scrolled far away, the rows there load by key; the selection keeps its details.
  await listbox.evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
  const middle = USER_COUNT / 2;
  await expect(listbox.locator(`[aria-posinset="${middle + 1}"]`)).toContainText(
    ordered[middle].fullName,
  );
  await expect(selected).toHaveCount(0);
  await expect(app.getByRole('region', { name: last.fullName })).toBeVisible();
  await app.keyboard.press('PageUp');
  await expect(listbox.getByRole('option', { selected: true })).toBeInViewport();
  await app.keyboard.press('Home');
  await expect(listbox.getByRole('option', { selected: true })).toContainText(ordered[0].fullName);

  // Two words, matched as prefixes in any field, in list order.
  const query = 'zwart jes';
  const words = queryWordsOf(query);
  const matches = ordered.filter((user) => matchesAllWords(user.searchWords, words));
  expect(matches.length).toBeGreaterThan(100);
  const searchbox = app.getByRole('searchbox', { name: t('list.searchIn', { section: 'Users' }) });
  const searches: number[] = [];
  await whileMeasuring(async () => {
    for (let run = 0; run < RUNS; run++) {
      searches.push(
        await timeInPage(
          app,
          { selector: 'input[type="search"]', event: 'input' },
          { firstName: matches[0].fullName, count: matches.length },
          () => searchbox.fill(query),
        ),
      );
      await expect(app.getByText(t('list.count', { count: matches.length }))).toBeVisible();
      await expect(listbox.getByRole('option').first()).toContainText(matches[0].fullName);
      await searchbox.fill('');
      await expect(app.getByText(t('list.count', { count: USER_COUNT }))).toBeVisible();
    }
  });
  console.log(`Search "${query}": ${matches.length} users, ${report(searches)}`);
  expect(best(searches), `search ${report(searches)} ${machine}`).toBeLessThan(1000);

  await searchbox.fill('nobody-here');
  await expect(app.getByText(t('list.noMatches', { query: 'nobody-here' }))).toBeVisible();
});
