import { test, expect } from './fixtures';

const SECTIONS = [
  'devices',
  'device-groups',
  'users',
  'groups',
  'apps',
  'books',
  'tokens',
  'active-tasks',
  'completed-tasks',
  'settings',
];
const ENGLISH = [
  'Devices',
  'Device Groups',
  'Users',
  'Groups',
  'Apps',
  'Books',
  'Tokens',
  'Active Tasks',
  'Completed Tasks',
  'Settings',
];
const DUTCH = [
  'Apparaten',
  'Apparaatgroepen',
  'Gebruikers',
  'Groepen',
  'Apps',
  'Boeken',
  'Tokens',
  'Actieve taken',
  'Voltooide taken',
  'Instellingen',
];

test('every sidebar entry shows in English, then in Dutch after choosing Nederlands in Settings', async ({
  app,
}) => {
  const sidebar = app.getByRole('navigation').first(); // its name is translated too
  for (const [index, label] of ENGLISH.entries()) {
    await expect(sidebar.locator(`[data-section="${SECTIONS[index]}"]`)).toHaveText(
      new RegExp(`^${label}`),
    );
  }
  await app.screenshot({ path: 'test-results/screenshots/console-en.png' });

  await sidebar.locator('[data-section="settings"]').click();
  await app.getByLabel('Language').selectOption('nl');
  await app.getByRole('button', { name: 'Save' }).click();
  for (const [index, label] of DUTCH.entries()) {
    await expect(sidebar.locator(`[data-section="${SECTIONS[index]}"]`)).toHaveText(
      new RegExp(`^${label}`),
    );
  }
  await expect(app.locator('html')).toHaveAttribute('lang', 'nl');
  await app.screenshot({ path: 'test-results/screenshots/console-nl.png' });

  // The choice is kept: a reload comes back in Dutch.
  await app.reload();
  await expect(sidebar.locator('[data-section="users"]')).toHaveText(/^Gebruikers/);
});

test('a Dutch system gets Dutch without touching Settings', async ({ browser, consoleServer }) => {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(consoleServer.url);
  await expect(page.locator('[data-section="completed-tasks"]')).toHaveText(/^Voltooide taken/);
  expect(errors).toEqual([]);
  await context.close();
});

test('the sidebar works from the keyboard', async ({ app }) => {
  const sidebar = app.getByRole('navigation').first(); // its name is translated too
  await sidebar.locator('[data-section="devices"]').click();
  await expect(sidebar.locator('[data-section="devices"]')).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(sidebar.locator('[data-section="device-groups"]')).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('main', { name: 'Users' })).toBeVisible();
  await app.keyboard.press('End');
  await expect(sidebar.locator('[data-section="settings"]')).toBeFocused();
});

test('each empty list says what belongs there and, honestly, what can be done now', async ({
  app,
}) => {
  const sidebar = app.getByRole('navigation').first(); // its name is translated too
  // The Library sections and Tokens: the ones before Activity.
  for (const section of SECTIONS.slice(0, SECTIONS.indexOf('active-tasks'))) {
    await sidebar.locator(`[data-section="${section}"]`).click();
    const placard = app.locator('.placard');
    await expect(placard.locator('.placard-title')).toHaveText(/^No /);
    await expect(placard.locator('.placard-icon')).toBeVisible();
    if (['apps', 'books', 'tokens'].includes(section)) {
      // Titles come with a token, and a token can be added now: the placard leads there.
      await expect(placard.getByRole('button')).toBeVisible();
    } else {
      // Nothing is promised that this version can't do.
      await expect(placard.locator('.placard-message')).toContainText(
        'in this version of VPP Console yet',
      );
    }
    // The placard is centred in the content area.
    const area = await app.locator('.section-body').boundingBox();
    const box = await placard.locator('.placard-title').boundingBox();
    expect(Math.abs(box!.x + box!.width / 2 - (area!.x + area!.width / 2))).toBeLessThan(4);
  }
  // Where the console can do something now, the placard's button starts it.
  await sidebar.locator('[data-section="active-tasks"]').click();
  await app.getByRole('button', { name: 'Check Connection…' }).click();
  await expect(app.getByRole('button', { name: 'Check Connection', exact: true })).toBeVisible();
});

test('a control that can’t be used yet looks disabled and says why when clicked', async ({
  app,
}) => {
  const add = app.locator('.toolbar').getByRole('button', { name: 'Add' });
  await expect(add).toHaveAttribute('aria-disabled', 'true');
  // Playwright waits for aria-disabled controls to become enabled; an admin just clicks.
  await add.click({ force: true });
  await expect(app.locator('.reason-bubble')).toHaveText(
    'Adding users isn’t possible in this version of VPP Console yet.',
  );
  // Its shortcut says the same: in a browser, which keeps Ctrl+N for a new window, Ctrl+Alt+N.
  await expect(add).toHaveAttribute('aria-keyshortcuts', 'Control+Alt+N');
  await app.keyboard.press('Escape');
  await expect(app.locator('.reason-bubble')).toHaveCount(0);
  await app.keyboard.press('Control+Alt+N');
  await expect(app.locator('.reason-bubble')).toBeVisible();
});
