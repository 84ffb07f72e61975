import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { Settings } from '../../shared/domain/settings';
import { freePort, startConsole, type ConsoleServer } from './console-server';
import { addDemoTokens } from './demo-tokens';

/**
 * Issue 9's flow in the browser front door, on a fresh data folder with the demo token: create
 * a group, import its pupils by CSV, Info → VPP Managed Distribution → Enable → Save → Send
 * email invitation → Send → the Outbox shows the mails → one pupil accepts in the sandbox
 * through the link in their mail → Sync Now → that pupil shows Enrolled and the group's counts
 * change. Then the same screens in Dutch, as screenshots (test-results/screenshots/vpp-*.png).
 */

const PUPILS = [
  ['Fenna Bos', 'fbos', 'fenna.bos@leerling.e2e.example'],
  ['Mees de Graaf', 'mdegraaf', 'mees.degraaf@leerling.e2e.example'],
  ['Yara El Idrissi', 'yelidrissi', 'yara.elidrissi@leerling.e2e.example'],
] as const;

const CSV = [
  'Full Name,Short Name,Email,Groups',
  ...PUPILS.map(([name, short, email]) => `${name},${short},${email},Groep 8B`),
].join('\n');

let server: ConsoleServer;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'vpp-e2e-invitations-'));
  await writeFile(
    join(dataDir, 'settings.json'),
    JSON.stringify(Settings.parse({ language: 'en' })),
  );
  server = await startConsole({ dataDir, sandboxPort: await freePort() });
});
test.afterEach(async () => {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const sidebar = (page: Page) => page.getByRole('navigation').first();
const openSection = (page: Page, name: string) =>
  sidebar(page).getByText(name, { exact: true }).click();
const listOptions = (page: Page) => page.getByRole('listbox').first().getByRole('option');
const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/vpp-${name}.png` });

const vppSection = (page: Page): Locator =>
  page.locator('.disclosure').filter({ has: page.locator('.vpp-section') });

/** The group's count of one status, by its exact label ("Invited", not "Not invited"). */
const countOf = (vpp: Locator, label: string) =>
  vpp.locator('.vpp-count').filter({ has: vpp.page().getByText(label, { exact: true }) });

const setLanguage = (page: Page, language: 'en' | 'nl') =>
  page.evaluate(async (language) => {
    await window.api!.invoke('settings:update' as never, { language } as never);
  }, language);

test('a group is invited by email, one pupil accepts, and Sync Now shows them enrolled', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(server.url);
  await addDemoTokens(page, ['demo']);

  // A group, then its pupils by CSV.
  await openSection(page, 'Groups');
  await page.getByRole('button', { name: 'Add Group' }).first().click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill('Groep 8B');
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(listOptions(page).filter({ hasText: 'Groep 8B' })).toBeVisible();

  await openSection(page, 'Users');
  await page.getByRole('button', { name: 'Import', exact: true }).first().click();
  const importSheet = page.getByRole('dialog', { name: 'Import Users' });
  const chooser = page.waitForEvent('filechooser');
  await importSheet.getByRole('button', { name: 'Choose File…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'groep-8b.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV),
  });
  await importSheet.getByRole('button', { name: 'Import', exact: true }).click();
  await importSheet.getByRole('button', { name: 'Done' }).click();
  await expect(listOptions(page)).toHaveCount(3);

  // The group's Info → VPP Managed Distribution → Enable → Save.
  await openSection(page, 'Groups');
  await listOptions(page).filter({ hasText: 'Groep 8B' }).click();
  const vpp = vppSection(page);
  await expect(vpp.getByRole('button', { name: 'VPP Managed Distribution' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(vpp.getByText('No users will be invited')).toBeVisible();
  await vpp.getByRole('checkbox', { name: 'Enable VPP Managed Distribution Services' }).check();
  await vpp.getByRole('button', { name: 'Save', exact: true }).click();
  // Apple registers them, the sync brings their invitation codes, and the info text follows.
  await expect(vpp.getByText('3 users will be invited')).toBeVisible({ timeout: 60_000 });
  await screenshot(page, 'en-group-section');

  await vpp.getByRole('button', { name: 'Send email invitation' }).click();
  const confirm = page.getByRole('dialog', { name: 'Send 3 invitations?' });
  await expect(confirm.getByRole('list', { name: 'Recipients' }).getByRole('listitem')).toHaveCount(
    3,
  );
  await expect(confirm.getByText(PUPILS[1][2])).toBeVisible();
  await screenshot(page, 'en-confirmation');
  await confirm.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(countOf(vpp, 'Invited')).toContainText('3', {
    timeout: 30_000,
  });

  // The Outbox has the three mails; Fenna opens the link in hers and accepts.
  await openSection(page, 'Outbox');
  await expect(listOptions(page)).toHaveCount(3, { timeout: 30_000 });
  await listOptions(page).filter({ hasText: PUPILS[0][0] }).click();
  const link = page.getByRole('link', { name: /Open in New Tab/ }).first();
  await expect(link).toBeVisible();
  await screenshot(page, 'en-outbox');
  const invitationUrl = await link.getAttribute('href');
  expect(invitationUrl).toMatch(/\/invite\?inviteCode=[0-9a-f]+/);
  const apple = await page.context().newPage();
  await apple.goto(invitationUrl!);
  await apple.getByLabel(/Apple/).fill(PUPILS[0][2]);
  await apple.getByRole('button').click();
  await expect(apple.locator('body')).toContainText(/accepted|joined|welcome/i);
  await apple.close();

  // Sync Now → Fenna is Enrolled, and the group counts her there.
  await openSection(page, 'Apps');
  await page.getByRole('button', { name: 'Sync Now' }).first().click();
  await openSection(page, 'Users');
  await listOptions(page).filter({ hasText: PUPILS[0][0] }).click();
  const userVpp = vppSection(page);
  await expect(userVpp.getByText(/Enrolled on/)).toBeVisible({ timeout: 60_000 });
  await screenshot(page, 'en-user-section');
  await openSection(page, 'Groups');
  await listOptions(page).filter({ hasText: 'Groep 8B' }).click();
  await expect(countOf(vpp, 'Enrolled')).toContainText('1');
  await expect(countOf(vpp, 'Invited')).toContainText('2');

  // Invitations (Jamf's usage view): Fenna's is Enrolled, the others Sent.
  await openSection(page, 'Invitations');
  await expect(listOptions(page)).toHaveCount(3);
  await expect(listOptions(page).filter({ hasText: PUPILS[0][0] })).toContainText('Enrolled');
  await expect(listOptions(page).filter({ hasText: PUPILS[1][0] })).toContainText('Sent');
  await listOptions(page).filter({ hasText: PUPILS[1][0] }).click();
  await screenshot(page, 'en-invitations');
  await openSection(page, 'Groups');
  await listOptions(page).filter({ hasText: 'Groep 8B' }).click();

  // The same screens in Dutch.
  await setLanguage(page, 'nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(vpp.getByRole('button', { name: 'Distributie via het VPP' })).toBeVisible();
  await vpp.getByRole('radio', { name: 'gebruikers die nog niet zijn ingeschreven' }).check();
  await expect(vpp.getByText('2 gebruikers worden uitgenodigd')).toBeVisible();
  await screenshot(page, 'nl-group-section');
  await vpp.getByRole('button', { name: 'Stuur uitnodigingsmail' }).click();
  const nlConfirm = page.getByRole('dialog', { name: '2 uitnodigingen sturen?' });
  await expect(nlConfirm.getByRole('button', { name: 'Annuleer' })).toBeVisible();
  await screenshot(page, 'nl-confirmation');
  await nlConfirm.getByRole('button', { name: 'Annuleer' }).click();
  await openSection(page, 'Gebruikers');
  await listOptions(page).filter({ hasText: PUPILS[0][0] }).click();
  await expect(vppSection(page).getByText(/Ingeschreven op/)).toBeVisible();
  await screenshot(page, 'nl-user-section');
  await openSection(page, 'Uitnodigingen');
  await listOptions(page).filter({ hasText: PUPILS[1][0] }).click();
  await screenshot(page, 'nl-invitations');
  await openSection(page, 'Postvak UIT');
  await listOptions(page).first().click();
  await screenshot(page, 'nl-outbox');
});
