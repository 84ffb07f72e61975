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
    // Every one of them can be filled now: the directory by adding its first entry, titles by
    // adding a token. The placard's button leads there, and nothing says "not yet".
    await expect(placard.getByRole('button')).toBeVisible();
    await expect(placard.locator('.placard-message')).not.toContainText('isn’t possible');
    await expect(placard.locator('.placard-message')).not.toContainText('version of VPP Console');
    // The placard is centred in the content area.
    const area = await app.locator('.section-body').boundingBox();
    const box = await placard.locator('.placard-title').boundingBox();
    expect(Math.abs(box!.x + box!.width / 2 - (area!.x + area!.width / 2))).toBeLessThan(4);
  }
  // Where the console can do something now, the placard's button starts it.
  await sidebar.locator('[data-section="users"]').click();
  await app.locator('.placard').getByRole('button', { name: 'Add User' }).click();
  await expect(app.locator('.detail-title')).toHaveText('New User');
  await sidebar.locator('[data-section="active-tasks"]').click();
  await app.getByRole('button', { name: 'Check Connection…' }).click();
  await expect(app.getByRole('button', { name: 'Check Connection', exact: true })).toBeVisible();
});

test('a control that can’t be used yet looks disabled and says why; Add’s shortcut really adds', async ({
  app,
}) => {
  const sidebar = app.getByRole('navigation').first(); // its name is translated too
  const bubble = app.locator('.reason-bubble');
  // Sync Now needs a content token, and a fresh console has none.
  await sidebar.locator('[data-section="apps"]').click();
  const sync = app.locator('.toolbar').getByRole('button', { name: 'Sync Now' });
  await expect(sync).toHaveAttribute('aria-disabled', 'true');
  // Playwright waits for aria-disabled controls to become enabled; an admin just clicks.
  await sync.click({ force: true });
  await expect(bubble).toHaveText(
    'Add a content token in Tokens first; Sync Now then brings in its apps and books.',
  );
  // Its shortcut says the same, rather than reloading the page as Ctrl+R would.
  await expect(sync).toHaveAttribute('aria-keyshortcuts', 'Control+R');
  await app.keyboard.press('Escape');
  await expect(bubble).toHaveCount(0);
  await app.keyboard.press('Control+R');
  await expect(bubble).toBeVisible();

  // Add works now. In a browser, which keeps Ctrl+N for a new window, its shortcut is
  // Ctrl+Alt+N: a new user, selected, with its name ready to type over.
  await sidebar.locator('[data-section="users"]').click();
  const add = app.locator('.toolbar').getByRole('button', { name: 'Add' });
  await expect(add).not.toHaveAttribute('aria-disabled', 'true');
  await expect(add).toHaveAttribute('aria-keyshortcuts', 'Control+Alt+N');
  await app.keyboard.press('Control+Alt+N');
  await expect(app.locator('.detail-title')).toHaveText('New User');
  await expect(app.getByLabel('Full Name')).toBeFocused();
  await expect(app.getByRole('listbox', { name: 'Users' }).getByRole('option')).toHaveCount(1);
});
