import type { Page } from '@playwright/test';
import { indexedValuesOf } from '../../renderer/db/indexed-fields';
import { SECTION_IDS } from '../../renderer/features/sidebar/sections';
import { test, expect } from './fixtures';
import { addDemoTokens } from './demo-tokens';
import { putRows } from './seed-database';
import { sendOneInvitation } from './send-invitation';

/** Roles a user operates; each needs a name a screen reader can say. */
const CONTROL_ROLES = new Set([
  'button',
  'checkbox',
  'combobox',
  'link',
  'listbox',
  'menuitem',
  'option',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'textbox',
]);

const named = <Row extends object>(table: Parameters<typeof indexedValuesOf>[0], row: Row) => ({
  ...row,
  ...indexedValuesOf(table, row),
});

/** One of everything, so every section shows a list, a selection and its detail tabs. */
const oneOfEach = () => {
  const stamps = { createdAt: 1, updatedAt: 1 };
  return {
    users: [named('users', { id: 'u1', fullName: 'Sara de Boer', groupIds: ['g1'], ...stamps })],
    groups: [named('groups', { id: 'g1', name: 'Groep 7B', ...stamps })],
    devices: [
      named('devices', {
        id: 'd1',
        name: 'iPad 07',
        serialNumber: 'DMPX1234ABCD',
        deviceGroupIds: ['dg1'],
        placeholder: false,
        ...stamps,
      }),
    ],
    deviceGroups: [named('deviceGroups', { id: 'dg1', name: 'iPad-kar 1', ...stamps })],
  };
};

/** The controls in Chromium's accessibility tree: the roles of all, and of those without a name. */
const controlsOf = async (page: Page) => {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  await cdp.detach();
  const controls = nodes.filter(
    (node) => !node.ignored && CONTROL_ROLES.has(node.role?.value ?? ''),
  );
  return {
    roles: new Set(controls.map((node) => node.role!.value)),
    unnamed: controls
      .filter((node) => !String(node.name?.value ?? '').trim())
      .map((node) => node.role!.value),
  };
};

const languageOf = (page: Page) => page.locator('html').getAttribute('lang');

const checkEverySection = async (page: Page) => {
  const sidebar = page.getByRole('navigation').first(); // its name is translated too
  for (const section of SECTION_IDS) {
    await sidebar.locator(`[data-section="${section}"]`).click();
    const firstRow = page.locator('[role="listbox"] [role="option"]').first();
    // Library sections: select the first row so the detail pane and its tabs show too.
    // The License Report is one table, not a list with a detail pane.
    const library = !['active-tasks', 'completed-tasks', 'settings', 'license-report'].includes(
      section,
    );
    if (library) {
      await firstRow.click();
      await expect(page.locator('.detail-title')).not.toBeEmpty();
    }
    if (section === 'apps' || section === 'settings')
      await page.screenshot({
        path: `test-results/screenshots/${section}-${await languageOf(page)}.png`,
      });
    const { roles, unnamed } = await controlsOf(page);
    expect(unnamed, `unnamed controls in ${section}`).toEqual([]);
    // The check saw the section's controls, not an empty page.
    expect(roles).toContain('button');
    if (library)
      for (const role of ['searchbox', 'listbox', 'option', 'tab']) expect(roles).toContain(role);
    if (section === 'settings') expect(roles).toContain('combobox');
  }
};

test('every control in every section has an accessible name, in English and in Dutch', async ({
  app,
}) => {
  await putRows(app, oneOfEach());
  // Titles come from a token main knows, synced from the built-in sandbox.
  await addDemoTokens(app);
  // Invitations and Outbox have a row too.
  await sendOneInvitation(app);
  await app.reload();
  await checkEverySection(app);

  await app.getByLabel('Language').selectOption('nl');
  await app.getByRole('button', { name: 'Save' }).click();
  await expect(app.locator('html')).toHaveAttribute('lang', 'nl');
  await checkEverySection(app);
});
