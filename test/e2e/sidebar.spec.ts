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

test('each library list tells a newcomer what to do next', async ({ app }) => {
  const sidebar = app.getByRole('navigation').first(); // its name is translated too
  // The Library sections and Tokens: the ones before Activity.
  for (const section of SECTIONS.slice(0, SECTIONS.indexOf('active-tasks'))) {
    await sidebar.locator(`[data-section="${section}"]`).click();
    await expect(app.getByText(/yet|no /i).first()).toBeVisible();
  }
});
