import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { GroupsView } from '../../../../renderer/features/groups/groups-view';
import {
  useDirectoryStore,
  initialDirectoryFilters,
} from '../../../../renderer/features/directory/directory-store';
import { useUiStore } from '../../../../renderer/stores/ui-store';
import { click, eventually, freshDatabase, press, typeInto } from '../support/render';
import { renderPerTest } from '../support/render-per-test';
import { userRow } from '../support/users-list';
import {
  button,
  clickAndSettle,
  eventuallyAsync,
  field,
  optionNames,
  sheet,
  sheetButton,
  sheetText,
  saveRefused,
  toolbarButton,
} from './directory-dom';
import { waitForSaved } from './saved';

const render = renderPerTest();

const seeded = async () => {
  useDirectoryStore.setState({ filters: initialDirectoryFilters });
  const db = freshDatabase();
  await db.users.bulkAdd([
    { ...userRow('u1', 'Sara de Boer', 'sara@school.example'), groupIds: ['g1'] },
    userRow('u2', 'Daan Jansen'),
    userRow('u3', 'Lotte Smit'),
  ]);
  await db.groups.bulkAdd([
    { id: 'g1', name: 'Groep 7B', createdAt: 1, updatedAt: 1 },
    { id: 'g2', name: 'Koor', createdAt: 1, updatedAt: 1 },
  ]);
  const rendered = await render(<GroupsView />, { db });
  await eventually(() => expect(rendered.container.textContent).toContain('2 items'));
  return { ...rendered, db };
};

const membersTab = () =>
  [...document.querySelectorAll('[role="tab"]')].find((tab) => tab.textContent === 'Members')!;

const memberList = () => document.querySelector('.members-list [role="listbox"]');

describe('groups', () => {
  it('+ creates “New Group”, then “New Group 2”, ready to be named', async () => {
    const { db } = await seeded();
    await click(toolbarButton('Add'));
    await eventually(() =>
      expect(document.querySelector('.detail-title')?.textContent).toBe('New Group'),
    );
    await eventually(() => expect(document.activeElement).toBe(field('Name')));
    await typeInto(field('Name'), 'Groep 8A');
    await click(button('Save'));
    await waitForSaved();
    expect((await db.groups.toArray()).map((group) => group.name).sort()).toEqual([
      'Groep 7B',
      'Groep 8A',
      'Koor',
    ]);

    await click(toolbarButton('Add'));
    await click(toolbarButton('Add'));
    await eventuallyAsync(async () => expect(await db.groups.count()).toBe(5));
    const names = (await db.groups.toArray()).map((group) => group.name);
    expect(names).toContain('New Group');
    expect(names).toContain('New Group 2');
  });

  it('refuses a name another group has, compared as an import compares them', async () => {
    const { db } = await seeded();
    await act(async () => useUiStore.getState().selectItem('groups', 'g2'));
    await eventually(() => expect(field<HTMLInputElement>('Name').value).toBe('Koor'));
    await saveRefused(
      'Name',
      'groep 7b',
      'There’s already a group named “Groep 7B”. Choose another name.',
    );
    await saveRefused('Name', '', 'Enter a name.');
    expect((await db.groups.get('g2'))?.name).toBe('Koor');
  });

  it('adds members from a searchable sheet and removes one, saved together', async () => {
    const { db } = await seeded();
    await act(async () => useUiStore.getState().selectItem('groups', 'g1'));
    await eventually(() => expect(membersTab()).toBeDefined());
    await click(membersTab());
    await eventually(() => expect(optionNames(memberList()!)).toEqual(['Sara de Boer']));
    expect(button('Save').disabled).toBe(true);

    // + lists only those not in the group yet, and its search narrows them.
    await click(document.querySelector<HTMLElement>('.members-list .bar-button')!);
    await eventually(() => expect(optionNames(sheet()!)).toEqual(['Daan Jansen', 'Lotte Smit']));
    await typeInto(sheet()!.querySelector('input[type="search"]')!, 'lot');
    await eventually(() => expect(optionNames(sheet()!)).toEqual(['Lotte Smit']));
    const checklist = sheet()!.querySelector<HTMLElement>('[role="listbox"]')!;
    expect(checklist.getAttribute('aria-multiselectable')).toBe('true');
    await press(checklist, 'ArrowDown');
    await press(checklist, ' ');
    expect(sheetText()).toContain('1 selected');
    await typeInto(sheet()!.querySelector('input[type="search"]')!, '');
    await eventually(() => expect(optionNames(sheet()!)).toEqual(['Daan Jansen', 'Lotte Smit']));
    await click(sheet()!.querySelector('[role="option"]')!);
    expect(sheetText()).toContain('2 selected');
    await click(sheetButton('Add'));
    await eventually(() =>
      expect(optionNames(memberList()!)).toEqual(['Daan Jansen', 'Lotte Smit', 'Sara de Boer']),
    );
    expect((await db.users.get('u2'))?.groupIds).toEqual([]);

    // − takes out the selected member; Revert would bring everything back.
    await click([...memberList()!.querySelectorAll('[role="option"]')].at(-1)!);
    await click(document.querySelectorAll<HTMLElement>('.members-list .bar-button')[1]);
    await eventually(() =>
      expect(optionNames(memberList()!)).toEqual(['Daan Jansen', 'Lotte Smit']),
    );
    expect(document.body.textContent).toContain('2 members');
    await click(button('Save'));
    await waitForSaved();
    const users = await db.users.bulkGet(['u1', 'u2', 'u3']);
    expect(users.map((user) => user?.groupIds)).toEqual([[], ['g1'], ['g1']]);
  });

  it('Revert on Members forgets the added and removed members', async () => {
    const { db } = await seeded();
    await act(async () => {
      useUiStore.getState().selectItem('groups', 'g1');
      useUiStore.getState().selectTab('groups', 'members');
    });
    await eventually(() => expect(optionNames(memberList()!)).toEqual(['Sara de Boer']));
    await click(memberList()!.querySelector('[role="option"]')!);
    await click(document.querySelectorAll<HTMLElement>('.members-list .bar-button')[1]);
    await eventually(() => expect(memberList()).toBeNull());
    expect(document.body.textContent).toContain('This group has no members.');
    await click(button('Revert'));
    await eventually(() => expect(optionNames(memberList()!)).toEqual(['Sara de Boer']));
    expect((await db.users.get('u1'))?.groupIds).toEqual(['g1']);
  });

  it('deleting a group asks first, and takes only the memberships with it', async () => {
    const { db } = await seeded();
    await act(async () => useUiStore.getState().selectItem('groups', 'g1'));
    await eventually(() =>
      expect(document.querySelector('.detail-title')?.textContent).toBe('Groep 7B'),
    );
    await click(button('Delete'));
    await eventually(() =>
      expect(sheetText()).toContain('Its 1 member stays in Users; only the membership goes.'),
    );
    expect(sheet()?.querySelector('h2')?.textContent).toBe('Delete “Groep 7B”?');
    await clickAndSettle(sheetButton('Delete'));
    expect(sheet()).toBeNull();
    expect(await db.groups.get('g1')).toBeUndefined();
    expect((await db.users.get('u1'))?.groupIds).toEqual([]);
    expect(await db.users.count()).toBe(3);
  });

  it('filters to the groups without members, and says so when there are none', async () => {
    const { container, db } = await seeded();
    const show = field<HTMLSelectElement>('Show');
    await act(async () => {
      show.value = 'withoutMembers';
      show.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await eventually(() =>
      expect(optionNames(container.querySelector('[role="listbox"]')!)).toEqual(['Koor']),
    );
    await db.users.update('u2', { groupIds: ['g2'] });
    await eventually(() =>
      expect(container.textContent).toContain(
        'Nothing in this list matches what’s chosen in Show.',
      ),
    );
    // The filter stays reachable: the list's placard is not the empty section's.
    expect(container.querySelector('.placard-title')?.textContent).toBe('No Results');
    expect(field('Show')).toBeTruthy();
  });
});
