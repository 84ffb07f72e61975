import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { addDemoTokens } from './demo-tokens';

/**
 * Settings → Mail and the Outbox in the browser front door, on a fresh data folder: the
 * built-in Outbox is the default and tests fine; invitations sent through it show in the
 * Outbox, rendered in a sandboxed frame, with their link to try.
 */

const invoke = (page: Page, channel: string, payload?: unknown) =>
  page.evaluate(
    async ({ channel, payload }) => {
      const result = (await window.api!.invoke(channel as never, payload)) as {
        ok: boolean;
        value?: unknown;
        error?: { message: string };
      };
      if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
      return result.value as Record<string, unknown>;
    },
    { channel, payload },
  );

const openSettingsPane = async (page: Page, pane: string) => {
  await page.locator('[data-section="settings"]').click();
  await page.getByRole('tab', { name: pane }).click();
  await expect(page.getByRole('tab', { name: pane })).toHaveAttribute('aria-selected', 'true');
};

const switchToDutch = async (page: Page) => {
  await page.locator('[data-section="settings"]').click();
  await page.getByRole('tab', { name: 'General' }).click();
  await page.getByLabel('Language').selectOption('nl');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
};

test('Settings → Mail starts on the built-in Outbox, and Test Connection succeeds on it', async ({
  app,
}) => {
  await openSettingsPane(app, 'Mail');
  await expect(app.getByRole('radio', { name: 'The built-in Outbox' })).toBeChecked();
  await expect(app.getByText('Nothing leaves this computer')).toBeVisible();
  await app.getByRole('button', { name: 'Test Connection' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Connected' })).toContainText(
    'The built-in Outbox is ready',
  );
  await app.getByRole('radio', { name: 'An SMTP server' }).check();
  await app.getByLabel('Server', { exact: true }).fill('smtp.regenboog.example');
  await app.getByLabel('Port').fill('465');
  await expect(app.getByLabel('Security')).toHaveValue('tls');
  await app.getByRole('checkbox', { name: 'Use authentication' }).check();
  await app.getByRole('button', { name: 'Revert' }).click();
  await expect(app.getByRole('radio', { name: 'The built-in Outbox' })).toBeChecked();
  await app.getByRole('button', { name: 'Test Connection' }).click();
  await expect(app.getByText('The built-in Outbox is ready')).toBeVisible();
  await app.screenshot({ path: 'test-results/screenshots/mail-settings-en.png' });

  await switchToDutch(app);
  await app.getByRole('tab', { name: 'Mail' }).click();
  await app.getByRole('radio', { name: 'Een SMTP-server' }).check();
  await expect(
    app.getByRole('checkbox', { name: 'Stuur uitgaande post door via internetaanbieder' }),
  ).toBeVisible();
  await app.getByRole('button', { name: 'Bewaar' }).click();
  await expect(
    app.locator('.form-error').filter({ hasText: 'Typ de naam van je mailserver.' }),
  ).toBeVisible();
  await app.screenshot({ path: 'test-results/screenshots/mail-settings-nl.png' });
});

test('the Outbox shows the invitations sent through it, sandboxed, with their link', async ({
  app,
}) => {
  await addDemoTokens(app, ['demo']);
  const tokens = (await invoke(app, 'tokens:list')) as unknown as { id: string }[];
  const tokenId = tokens[0].id;
  const recipients = [
    ['Sara de Boer', 'sara@regenboog.example', 'nl'],
    ['Daan Jansen', 'daan@regenboog.example', 'en'],
  ].map(([fullName, email, language], index) => ({
    userId: `user-${index}`,
    clientUserId: `client-${index}`,
    fullName,
    email,
    language,
    inviteCode: `e2e${index}abcdef0123456789abcdef0123`,
  }));
  await invoke(app, 'invitations:send', { tokenId, recipients, targetName: 'Groep 7B' });

  await app.locator('[data-section="outbox"]').click();
  const rows = app.getByRole('listbox').first().getByRole('option');
  await expect(rows).toHaveCount(2);
  await rows.filter({ hasText: 'Sara de Boer' }).click();
  const frame = app.locator('iframe.message-frame');
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(frame).toHaveAttribute('srcdoc', /Sara/);
  // The frame runs no script, not even Playwright's, so its content is judged from the
  // screenshot; a CSP that refused the frame would have logged an error, which fails the test.
  await expect.poll(async () => (await frame.boundingBox())?.height ?? 0).toBeGreaterThan(200);
  const link = app.locator('.message-link a').first();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('href', /^https?:\/\//);
  await app.screenshot({ path: 'test-results/screenshots/outbox-en.png' });

  await app.getByRole('tab', { name: 'Headers' }).click();
  await expect(app.locator('.message-header').first()).toBeVisible();

  await switchToDutch(app);
  await app.locator('[data-section="outbox"]').click();
  await expect(app.locator('[data-section="outbox"]')).toHaveText(/^Postvak UIT/);
  await rows.filter({ hasText: 'Sara de Boer' }).click();
  await app.getByRole('tab', { name: 'Bericht' }).click();
  await expect(app.locator('iframe.message-frame')).toBeVisible();
  await app.screenshot({ path: 'test-results/screenshots/outbox-nl.png' });

  // The invitations are listed too, with how their mail went.
  await app.locator('[data-section="invitations"]').click();
  await expect(app.getByRole('listbox').first().getByRole('option')).toHaveCount(2);
  await expect(app.getByRole('listbox').first()).toContainText('Verstuurd');
});
