import { describe, expect, it } from 'vitest';
import { act } from 'react';
import { useUiStore } from '../../../../renderer/stores/ui-store';
import { click, eventually, freshDatabase, typeInto } from '../support/render';
import { userRow, usersViewPerTest } from '../support/users-list';
import {
  button,
  clickAndSettle,
  field,
  eventuallyAsync,
  fieldError,
  optionNames,
  sheet,
  sheetButton,
  sheetText,
  saveRefused,
  toolbarButton,
} from './directory-dom';

const renderUsersView = usersViewPerTest();

const typeIn = (label: string, text: string) => typeInto(field<HTMLInputElement>(label), text);

const detailTitle = () => document.querySelector('.detail-title')?.textContent;

const seeded = async () => {
  const db = freshDatabase();
  await db.users.bulkAdd([
    { ...userRow('u1', 'Sara de Boer', 'sara@school.example'), shortName: 'sdeboer' },
    { ...userRow('u2', 'Daan Jansen'), shortName: 'djansen' },
  ]);
  await db.groups.add({ id: 'g1', name: 'Groep 7B', createdAt: 1, updatedAt: 1 });
  return db;
};

const selectUser = async (id: string) => {
  await act(async () => useUiStore.getState().selectItem('users', id));
  await eventually(() => expect(field('Full Name')).toBeTruthy());
};

describe('adding a user', () => {
  it('creates “New User” with a free short name, selected on About with its name ready to type over', async () => {
    const db = freshDatabase();
    await db.users.add({ ...userRow('u1', 'Someone'), shortName: 'newuser' });
    const { container } = await renderUsersView(db);
    await eventually(() => expect(container.textContent).toContain('1 item'));

    await click(toolbarButton('Add'));
    await eventually(() => expect(detailTitle()).toBe('New User'));
    const users = await db.users.toArray();
    const created = users.find((user) => user.id !== 'u1')!;
    expect(created).toMatchObject({ fullName: 'New User', shortName: 'newuser2', groupIds: [] });
    expect(useUiStore.getState().selectedIds.users).toBe(created.id);
    await eventually(() => expect(document.activeElement).toBe(field('Full Name')));
    expect(container.textContent).toContain('2 items');
  });

  it('offers Add User on the empty section, where + works too', async () => {
    const db = freshDatabase();
    const { container } = await renderUsersView(db);
    await eventually(() =>
      expect(container.querySelector('.placard-title')?.textContent).toBe('No Users'),
    );
    expect(container.textContent).not.toContain('isn’t possible');
    await click(button('Add User'));
    await eventually(() => expect(detailTitle()).toBe('New User'));
    expect(await db.users.count()).toBe(1);
  });
});

describe('editing a user on About', () => {
  it('keeps Save and Revert dimmed until something changes, saves, and reverts', async () => {
    const db = await seeded();
    await renderUsersView(db);
    await selectUser('u1');
    expect(button('Save').disabled).toBe(true);
    expect(button('Revert').disabled).toBe(true);

    await typeIn('Full Name', 'Sara van den Berg');
    await typeIn('Managed Apple ID', 'sara@appleid.school.example');
    await act(async () => {
      const language = field<HTMLSelectElement>('Language for invitations');
      language.value = 'nl';
      language.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(button('Save').disabled).toBe(false);
    await click(button('Save'));
    await eventually(() =>
      expect(document.querySelector('.form-note')?.textContent).toBe('Saved.'),
    );
    expect(await db.users.get('u1')).toMatchObject({
      fullName: 'Sara van den Berg',
      managedAppleId: 'sara@appleid.school.example',
      language: 'nl',
      shortName: 'sdeboer',
    });
    await eventually(() => expect(detailTitle()).toBe('Sara van den Berg'));
    expect(button('Save').disabled).toBe(true);

    await typeIn('Email', 'other@school.example');
    await click(button('Revert'));
    expect(field<HTMLInputElement>('Email').value).toBe('sara@school.example');
    expect(button('Save').disabled).toBe(true);
    expect((await db.users.get('u1'))?.email).toBe('sara@school.example');
  });

  it('clears an optional field rather than storing it empty', async () => {
    const db = await seeded();
    await renderUsersView(db);
    await selectUser('u1');
    await typeIn('Email', '   ');
    await click(button('Save'));
    await eventually(() =>
      expect(document.querySelector('.form-note')?.textContent).toBe('Saved.'),
    );
    const user = await db.users.get('u1');
    expect(user).not.toHaveProperty('email');
  });

  it('says in plain words what is wrong, beside the field, and saves nothing', async () => {
    const db = await seeded();
    await renderUsersView(db);
    await selectUser('u1');
    await typeIn('Full Name', ' ');
    await typeIn('Short Name', 'sara de boer');
    await typeIn('Email', 'sara@school');
    await click(button('Save'));

    expect(fieldError('Full Name')).toBe('Enter the user’s full name.');
    expect(fieldError('Short Name')).toContain('no spaces');
    expect(fieldError('Email')).toBe('This isn’t an email address. Type it as name@school.nl.');
    expect(field('Email').getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('[role="alert"]')?.textContent).toBe(
      'Correct what’s marked above, then click Save.',
    );
    expect((await db.users.get('u1'))?.fullName).toBe('Sara de Boer');

    // Typing in a field takes its complaint away.
    await typeIn('Email', 'sara@school.example');
    expect(fieldError('Email')).toBeNull();
    expect(fieldError('Full Name')).not.toBeNull();
  });

  it('refuses a short name another user has, whatever its case, and names that user', async () => {
    const db = await seeded();
    await renderUsersView(db);
    await selectUser('u2');
    await saveRefused(
      'Short Name',
      'SDeBoer',
      '“SDeBoer” is already the short name of Sara de Boer. Choose another short name.',
    );
    expect((await db.users.get('u2'))?.shortName).toBe('djansen');
  });

  it('puts the user in a group and takes them out again, saved with the form', async () => {
    const db = await seeded();
    await db.groups.add({ id: 'g2', name: 'Koor', createdAt: 1, updatedAt: 1 });
    await renderUsersView(db);
    await selectUser('u1');
    await eventually(() => expect(document.body.textContent).toContain('Not in any group.'));

    await click(button('Add to Group…'));
    await eventually(() => expect(optionNames(sheet()!)).toEqual(['Groep 7B', 'Koor']));
    const koor = [...sheet()!.querySelectorAll('[role="option"]')].find((option) =>
      option.textContent?.includes('Koor'),
    )!;
    await click(koor);
    expect(koor.getAttribute('aria-selected')).toBe('true');
    expect(sheetText()).toContain('1 selected');
    await click(sheetButton('Add'));
    expect(sheet()).toBeNull();
    await eventually(() => expect(button('Remove from “Koor”')).toBeTruthy());
    // Nothing is stored until Save.
    expect((await db.users.get('u1'))?.groupIds).toEqual([]);
    await click(button('Save'));
    await eventuallyAsync(async () => expect((await db.users.get('u1'))?.groupIds).toEqual(['g2']));
    await eventually(() =>
      expect(document.querySelector('.form-note')?.textContent).toBe('Saved.'),
    );
    expect(button('Save').disabled).toBe(true);

    await click(button('Remove from “Koor”'));
    await eventually(() => expect(document.body.textContent).toContain('Not in any group.'));
    expect(button('Save').disabled).toBe(false);
    await click(button('Save'));
    await eventually(() =>
      expect(document.querySelector('.form-note')?.textContent).toBe('Saved.'),
    );
    expect((await db.users.get('u1'))?.groupIds).toEqual([]);
  });
});

describe('deleting a user', () => {
  it('asks first, saying what goes with them, then deletes in one go', async () => {
    const db = await seeded();
    await db.users.update('u1', { groupIds: ['g1'] });
    await db.devices.add({
      id: 'd1',
      name: 'iPad 12',
      serialNumber: 'DMPX12',
      userId: 'u1',
      deviceGroupIds: [],
      placeholder: true,
      createdAt: 1,
      updatedAt: 1,
    });
    await db.vppLinks.add({
      userId: 'u1',
      tokenId: 't1',
      clientUserId: 'c1',
      enabledAt: 1,
      previousClientUserIds: [],
    });
    const { container } = await renderUsersView(db);
    await selectUser('u1');

    await click(button('Delete'));
    await eventually(() => expect(sheet()).not.toBeNull());
    await eventually(() => expect(sheetText()).toContain('Their 1 device stays in Devices'));
    expect(sheet()?.querySelector('h2')?.textContent).toBe('Delete “Sara de Boer”?');
    expect(sheetText()).toContain('They are taken out of the 1 group they’re in.');
    expect(sheetText()).toContain('not removed at Apple');

    await click(sheetButton('Cancel'));
    expect(sheet()).toBeNull();
    expect(await db.users.get('u1')).toBeDefined();

    await click(button('Delete'));
    await eventually(() => expect(sheetText()).toContain('not removed at Apple'));
    await clickAndSettle(sheetButton('Delete'));
    expect(sheet()).toBeNull();
    expect(await db.users.get('u1')).toBeUndefined();
    expect((await db.devices.get('d1'))?.userId).toBeUndefined();
    expect(await db.vppLinks.count()).toBe(0);
    expect(await db.groups.get('g1')).toBeDefined();
    await eventually(() => expect(container.textContent).toContain('1 item'));
    expect(useUiStore.getState().selectedIds.users).toBeUndefined();
  });

  it('asks for a selection before − can delete', async () => {
    await renderUsersView(await seeded());
    const minus = button('Delete');
    expect(minus.getAttribute('aria-disabled')).toBe('true');
    expect(minus.getAttribute('title')).toBe('Select a user first.');
  });
});
