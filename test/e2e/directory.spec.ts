import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The directory in the browser front door, on a fresh data folder: create a group and a user,
 * put the user in the group, edit and revert, and delete with the confirmation — in English,
 * then the same in Dutch. Screenshots go to test-results/screenshots/directory-*.png.
 */

interface Labels {
  add: string;
  save: string;
  revert: string;
  saved: string;
  name: string;
  fullName: string;
  shortName: string;
  email: string;
  addToGroup: string;
  pickerAdd: string;
  members: string;
  remove: string;
  deleteConfirm: string;
  deleteTitle: string;
  deleteGroups: string;
  badEmail: string;
  noUsers: string;
  groupsSection: string;
  usersSection: string;
}

const LABELS: Record<'en' | 'nl', Labels> = {
  en: {
    add: 'Add',
    save: 'Save',
    revert: 'Revert',
    saved: 'Saved.',
    name: 'Name',
    fullName: 'Full Name',
    shortName: 'Short Name',
    email: 'Email',
    addToGroup: 'Add to Group…',
    pickerAdd: 'Add',
    members: 'Members',
    remove: 'Delete',
    deleteConfirm: 'Delete',
    deleteTitle: 'Delete “Sara de Boer”?',
    deleteGroups: 'They are taken out of the 1 group they’re in.',
    badEmail: 'This isn’t an email address. Type it as name@school.nl.',
    noUsers: 'No Users',
    groupsSection: 'Groups',
    usersSection: 'Users',
  },
  nl: {
    add: 'Voeg toe',
    save: 'Bewaar',
    revert: 'Herstel',
    saved: 'Bewaard.',
    name: 'Naam',
    fullName: 'Volledige naam',
    shortName: 'Korte naam',
    email: 'E-mail',
    addToGroup: 'Voeg toe aan groep…',
    pickerAdd: 'Voeg toe',
    members: 'Leden',
    remove: 'Verwijder',
    deleteConfirm: 'Verwijder',
    deleteTitle: '‘Sara de Boer’ verwijderen?',
    deleteGroups: 'De gebruiker wordt uit de 1 groep gehaald waarin die zit.',
    badEmail: 'Dit is geen e-mailadres. Typ het als naam@school.nl.',
    noUsers: 'Geen gebruikers',
    groupsSection: 'Groepen',
    usersSection: 'Gebruikers',
  },
};

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/directory-${name}.png` });

const openSection = (page: Page, section: string) =>
  page.getByRole('navigation').first().locator(`[data-section="${section}"]`).click();

const toolbarAdd = (page: Page, label: string) =>
  page.getByRole('toolbar').getByRole('button', { name: label, exact: true });

const detail = (page: Page) => page.locator('.detail-pane');

const useDutch = async (page: Page) => {
  await openSection(page, 'settings');
  await page.getByLabel('Language').selectOption('nl');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
};

for (const language of ['en', 'nl'] as const) {
  test(`creates a group and a user, puts the user in it, edits, reverts and deletes (${language})`, async ({
    app: page,
  }) => {
    const l = LABELS[language];
    if (language === 'nl') await useDutch(page);

    // A group: + makes "New Group", its name selected to be typed over.
    await openSection(page, 'groups');
    await toolbarAdd(page, l.add).click();
    const groupName = detail(page).getByLabel(l.name, { exact: true });
    await expect(groupName).toBeFocused();
    await groupName.fill('Groep 7B');
    await detail(page).getByRole('button', { name: l.save }).click();
    await expect(detail(page).getByText(l.saved)).toBeVisible();
    await expect(page.getByRole('listbox').first().getByRole('option')).toHaveText(/Groep 7B/);

    // A user, filled in on About, put in the group.
    await openSection(page, 'users');
    await toolbarAdd(page, l.add).click();
    const fullName = detail(page).getByLabel(l.fullName);
    await expect(fullName).toBeFocused();
    await fullName.fill('Sara de Boer');
    await detail(page).getByLabel(l.shortName).fill('sdeboer');
    await detail(page).getByLabel(l.email, { exact: true }).fill('sara@regenboog.nl');
    await detail(page).getByRole('button', { name: l.addToGroup }).click();
    const picker = page.getByRole('dialog');
    await picker.getByRole('option', { name: /Groep 7B/ }).click();
    await shot(page, `${language}-group-picker`);
    await picker.getByRole('button', { name: l.pickerAdd, exact: true }).click();
    await expect(picker).toBeHidden();
    await expect(detail(page).getByText('Groep 7B')).toBeVisible();
    await detail(page).getByRole('button', { name: l.save }).click();
    await expect(detail(page).getByText(l.saved)).toBeVisible();
    await expect(detail(page).locator('.detail-title')).toHaveText('Sara de Boer');
    await shot(page, `${language}-user-about`);

    // A mistyped address is refused in plain words; Revert brings the saved one back.
    const email = detail(page).getByLabel(l.email, { exact: true });
    await email.fill('sara@regenboog');
    await detail(page).getByRole('button', { name: l.save }).click();
    await expect(detail(page).getByText(l.badEmail)).toBeVisible();
    await shot(page, `${language}-user-validation`);
    await detail(page).getByRole('button', { name: l.revert }).click();
    await expect(email).toHaveValue('sara@regenboog.nl');
    await expect(detail(page).getByRole('button', { name: l.save })).toBeDisabled();

    // The group lists her as a member.
    await openSection(page, 'groups');
    await page.getByRole('listbox').first().getByRole('option').first().click();
    await detail(page).getByRole('tab', { name: l.members }).click();
    await expect(detail(page).getByRole('option', { name: /Sara de Boer/ })).toBeVisible();
    await shot(page, `${language}-group-members`);

    // Deleting her asks first, saying what goes with her.
    await openSection(page, 'users');
    await page.getByRole('listbox').first().getByRole('option').first().click();
    await page.locator('.list-action-bar').getByRole('button', { name: l.remove }).click();
    const confirm = page.getByRole('dialog', { name: l.deleteTitle });
    await expect(confirm).toContainText(l.deleteGroups);
    await page.waitForTimeout(250); // the sheet's drop animation, for the screenshot
    await shot(page, `${language}-delete-user`);
    await confirm.getByRole('button', { name: l.deleteConfirm }).click();
    await expect(confirm).toBeHidden();
    await expect(page.locator('.placard-title')).toHaveText(l.noUsers);
    await shot(page, `${language}-users-empty`);

    // The group stays, without her.
    await openSection(page, 'groups');
    await expect(page.getByRole('listbox').first().getByRole('option')).toHaveText(/Groep 7B\s*0/);
  });
}
