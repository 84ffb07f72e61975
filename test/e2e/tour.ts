import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { Settings } from '../../shared/domain/settings';
import {
  SECTION_IDS,
  sidebarGroups,
  type SectionId,
} from '../../renderer/features/sidebar/sections';
import { startConsole, type ConsoleServer } from './console-server';
import { waitForQuiet } from './quiet-period';
import { DEMO_COUNTS, seedDemoSchool } from './demo-data';
import { expect } from './fixtures';
import { rawKeysIn, sectionLabel, type UiLanguage } from './ui-text';

/**
 * A walk through every section of the console, for the screenshot and WCAG specs: one console
 * per language and data state, every section in light and in dark.
 */

export type DataState = 'empty' | 'demo';
export const DATA_STATES: readonly DataState[] = ['empty', 'demo'];
export type ColorScheme = 'light' | 'dark';
export const COLOR_SCHEMES: readonly ColorScheme[] = ['light', 'dark'];

/** Library and VPP sections: a list with a detail pane (Profile Manager's item view). */
export const BROWSER_SECTIONS: ReadonlySet<SectionId> = new Set(
  sidebarGroups
    .filter((group) => group.headingKey === 'sidebar.library' || group.headingKey === 'sidebar.vpp')
    .flatMap((group) => group.sections)
    // One table of every title, not a list with a detail pane.
    .filter((section) => section !== 'license-report')
    .concat('outbox'),
);

/** How many items each section lists with the demo school (Active Tasks: nothing running). */
const DEMO_ITEMS: Partial<Record<SectionId, number>> = {
  devices: DEMO_COUNTS.devices,
  'device-groups': DEMO_COUNTS.deviceGroups,
  users: DEMO_COUNTS.users,
  groups: DEMO_COUNTS.groups,
  apps: DEMO_COUNTS.apps,
  books: DEMO_COUNTS.books,
  tokens: DEMO_COUNTS.tokens,
  'completed-tasks': DEMO_COUNTS.completedTasks,
  // The demo school's one invitation, and its mail in the built-in Outbox.
  invitations: 1,
  outbox: 1,
};

export interface OpenConsole {
  server: ConsoleServer;
  close(): Promise<void>;
}

/**
 * Starts a console whose saved language is `language` (main's settings.json in its data
 * folder, as Settings → General → Language leaves it), opens it, and seeds the demo school when
 * asked to.
 */
export const openConsole = async (
  page: Page,
  language: UiLanguage,
  state: DataState,
): Promise<OpenConsole> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'vpp-e2e-tour-'));
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify(Settings.parse({ language })));
  const server = await startConsole({ dataDir });
  const close = async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await page.goto(server.url);
    await expect(page.getByRole('navigation').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    if (state === 'demo') await seedDemoSchool(page);
  } catch (error) {
    await close();
    throw error;
  }
  return { server, close };
};

/** Waits until the content area's text stops changing (live queries and rows have arrived). */
const settle = async (page: Page) => {
  const main = page.getByRole('main');
  let previous: string | undefined;
  await expect
    .poll(
      async () => {
        const now = await main.innerText();
        const same = now === previous;
        previous = now;
        return same;
      },
      { intervals: [80], timeout: 5_000, message: 'the section kept changing' },
    )
    .toBe(true);
};

/**
 * Opens `section` from the sidebar as a user would, checks that it shows under its name, and
 * with data selects its first item so the detail pane shows too.
 */
export const showSection = async (
  page: Page,
  language: UiLanguage,
  state: DataState,
  section: SectionId,
) => {
  // Screenshots and axe keep a core busy; they wait while another test measures timings.
  await waitForQuiet();
  await page.getByRole('navigation').first().locator(`[data-section="${section}"]`).click();
  const label = sectionLabel(language, section);
  const main = page.getByRole('main', { name: label });
  await expect(main).toBeVisible();
  await expect(main.getByRole('heading', { name: label, exact: true }).first()).toBeVisible();
  const items = state === 'demo' ? (DEMO_ITEMS[section] ?? 0) : 0;
  const filled = items > 0;
  if (BROWSER_SECTIONS.has(section)) {
    const options = main.getByRole('listbox').getByRole('option');
    if (filled) {
      // Every item of the demo school is there, and the first can be opened.
      await expect(options).toHaveCount(items);
      const first = options.first();
      await first.click();
      await expect(first).toHaveAttribute('aria-selected', 'true');
      await expect(main.getByRole('tab', { selected: true })).toBeVisible();
      await expect(main.getByRole('tabpanel')).not.toBeEmpty();
    } else {
      await expect(options).toHaveCount(0);
    }
  } else if (section === 'completed-tasks' || section === 'active-tasks') {
    const rows = main.getByRole('grid').getByRole('row');
    if (filled) {
      // Row 1 is the column headers.
      await expect(rows).toHaveCount(items + 1);
      const first = rows.nth(1);
      await first.click();
      await expect(first).toHaveAttribute('aria-selected', 'true');
      await expect(main.getByRole('article')).toBeVisible();
    } else {
      await expect(rows).toHaveCount(0);
    }
  }
  await settle(page);
};

/** What a user would notice as broken text: placeholders, missing values, raw keys. */
export const expectReadableText = async (page: Page, where: string) => {
  const text = await page.locator('body').innerText();
  for (const broken of [/\bundefined\b/, /\bNaN\b/, /\bnull\b/, /\{\{|\}\}/, /\[object \w+\]/])
    expect(text, `${where} shows ${broken}`).not.toMatch(broken);
  expect(rawKeysIn(text), `${where} shows translation keys`).toEqual([]);
  // A short label or value squeezed into a column too narrow for it breaks into a tower of
  // lines; on this screen's width, each of these fits on one line.
  const squeezed = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '.field dt, .field dd, .form-label, .toolbar-title, .row-primary, .task-title',
      ),
    ]
      .filter((element) => {
        const words = element.innerText.trim();
        if (!words || words.length > 40) return false;
        const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 18;
        return element.getBoundingClientRect().height > lineHeight * 1.6;
      })
      .map((element) => element.innerText.trim()),
  );
  expect(squeezed, `${where}: short texts broken over several lines`).toEqual([]);
};

export { SECTION_IDS };
