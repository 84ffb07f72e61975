import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { Settings } from '../../shared/domain/settings';
import { startConsole, type ConsoleServer } from './console-server';

/**
 * The CSV import in the browser front door, on a fresh data folder: Users → Import → choose a
 * class list with groups (and a few faulty rows) → the preview → Import → the summary → the
 * users and groups in their lists; then Devices → Import the school's iPads, assigned by short
 * name. Screenshots of the sheet in English and Dutch: test-results/screenshots/import-*.png.
 */

const STRINGS = {
  en: {
    users: 'Users',
    groups: 'Groups',
    devices: 'Devices',
    import: 'Import',
    importUsers: 'Import Users',
    importDevices: 'Import Devices',
    chooseFile: 'Choose File…',
    confirm: 'Import',
    done: 'Done',
    summary: '3 to add, 2 with errors will be skipped',
    usersAdded: 'Users added',
    devicesSummary: '1 to add, 2 with errors will be skipped',
  },
  nl: {
    users: 'Gebruikers',
    groups: 'Groepen',
    devices: 'Apparaten',
    import: 'Importeer',
    importUsers: 'Importeer gebruikers',
    importDevices: 'Importeer apparaten',
    chooseFile: 'Kies bestand…',
    confirm: 'Importeer',
    done: 'Gereed',
    summary: '3 toe te voegen, 2 met fouten worden overgeslagen',
    usersAdded: 'Gebruikers toegevoegd',
    devicesSummary: '1 toe te voegen, 2 met fouten worden overgeslagen',
  },
} as const;

type Language = keyof typeof STRINGS;

/** A class list as Dutch Excel saves it: ";" between cells, a Windows line end, a stray column. */
const USERS_CSV = [
  'Volledige naam;Korte naam;E-mailadres;Groepen;Klas',
  'Sara de Boer;sboer;sara@regenboog.example;Groep 7B|Koor;7B',
  'Daan Jansen;djansen;daan@regenboog.example;Groep 7B;7B',
  'Zoë Visser;zvisser;;Koor;7B',
  ';leeg;;;7B',
  'Bo Smit;bsmit;bo@regenboog;;7B',
].join('\r\n');

const DEVICES_CSV = [
  'Name,Serial Number,Model,Platform,Assigned User',
  "Sara's iPad,DMPXK2AB01,iPad (10th generation),iPadOS,sboer",
  'Mac Lab 1,C02ZK1AB02,MacBook Air,macOS,',
  'Mac Lab 2,C02ZK1AB02,MacBook Air,macOS,',
].join('\n');

let server: ConsoleServer;
let dataDir: string;

const start = async (language: Language) => {
  dataDir = await mkdtemp(join(tmpdir(), 'vpp-e2e-import-'));
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify(Settings.parse({ language })));
  server = await startConsole({ dataDir });
};

test.afterEach(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const openSection = async (page: Page, name: string) => {
  await page.getByRole('navigation').first().getByText(name, { exact: true }).click();
};

/** Chooses a file in the sheet as the Open panel would. */
const chooseFile = async (
  sheet: Locator,
  label: string,
  file: { name: string; content: string },
) => {
  const chooser = sheet.page().waitForEvent('filechooser');
  await sheet.getByRole('button', { name: label }).click();
  await (
    await chooser
  ).setFiles({
    name: file.name,
    mimeType: 'text/csv',
    buffer: Buffer.from(file.content),
  });
};

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/import-${name}.png` });

const listOptions = (page: Page) => page.getByRole('listbox').first().getByRole('option');

for (const language of ['en', 'nl'] as const) {
  test(`imports users with their groups and devices by CSV (${language})`, async ({ page }) => {
    test.setTimeout(90_000);
    const s = STRINGS[language];
    await start(language);
    await page.setViewportSize({ width: 1280, height: 860 });
    // The sheet drops in with an animation; screenshots show it where it rests.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(server.url);
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    await openSection(page, s.users);
    await page.getByRole('button', { name: s.import, exact: true }).first().click();
    const sheet = page.getByRole('dialog', { name: s.importUsers });
    await expect(sheet).toBeVisible();
    await screenshot(page, `${language}-users-choose`);

    await chooseFile(sheet, s.chooseFile, { name: 'groep-7b.csv', content: USERS_CSV });
    await expect(sheet.getByText(s.summary)).toBeVisible();
    const table = sheet.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(6);
    await screenshot(page, `${language}-users-preview`);

    await sheet.getByRole('button', { name: s.confirm, exact: true }).click();
    await expect(sheet.getByText(s.usersAdded)).toBeVisible();
    await screenshot(page, `${language}-users-done`);
    await sheet.getByRole('button', { name: s.done }).click();
    await expect(sheet).toBeHidden();

    await expect(listOptions(page)).toHaveCount(3);
    await expect(listOptions(page).first()).toContainText('Daan Jansen');
    await expect(listOptions(page).nth(2)).toContainText('Zoë Visser');

    await openSection(page, s.groups);
    await expect(listOptions(page)).toHaveCount(2);
    await expect(listOptions(page).filter({ hasText: 'Groep 7B' })).toContainText('2');
    await expect(listOptions(page).filter({ hasText: 'Koor' })).toContainText('2');

    await openSection(page, s.devices);
    await page.getByRole('button', { name: s.import, exact: true }).first().click();
    const devices = page.getByRole('dialog', { name: s.importDevices });
    await chooseFile(devices, s.chooseFile, { name: 'ipads.csv', content: DEVICES_CSV });
    await expect(devices.getByText(s.devicesSummary)).toBeVisible();
    await screenshot(page, `${language}-devices-preview`);
    await devices.getByRole('button', { name: s.confirm, exact: true }).click();
    await devices.getByRole('button', { name: s.done }).click();
    await expect(listOptions(page)).toHaveCount(1);
    await expect(listOptions(page).first()).toContainText("Sara's iPad");
  });
}
