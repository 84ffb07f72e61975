import { describe, expect, it } from 'vitest';
import { nextListIndex } from '../../../renderer/components/list-navigation';
import { useUiStore } from '../../../renderer/stores/ui-store';
import { click, eventually, freshDatabase, press, typeInto } from './support/render';
import { field, toolbarButton } from './directory/directory-dom';
import { userRow, usersViewPerTest } from './support/users-list';

const renderUsersView = usersViewPerTest();

const renderUsers = async () => {
  const db = freshDatabase();
  await db.groups.add({ id: 'g1', name: 'Groep 7B', createdAt: 1, updatedAt: 1 });
  await db.users.bulkAdd([
    { ...userRow('u1', 'Sara de Boer', 'sara@school.example'), groupIds: ['g1'] },
    userRow('u2', 'Daan Boersma'),
    userRow('u3', 'Lotte Smit'),
  ]);
  const rendered = await renderUsersView(db);
  const { container } = rendered;
  await eventually(() => expect(container.querySelector('[role="listbox"]')).not.toBeNull());
  return { container, listbox: container.querySelector<HTMLElement>('[role="listbox"]')! };
};

const detailTitle = (container: HTMLElement) =>
  container.querySelector('.detail-title')?.textContent;

describe('list keys', () => {
  it('move one row, jump to the ends and by pages, and stop at the edges', () => {
    expect(nextListIndex('ArrowDown', -1, 5, 3)).toBe(0);
    expect(nextListIndex('ArrowDown', 4, 5, 3)).toBe(4);
    expect(nextListIndex('ArrowUp', 0, 5, 3)).toBe(0);
    expect(nextListIndex('End', 1, 5, 3)).toBe(4);
    expect(nextListIndex('Home', 3, 5, 3)).toBe(0);
    expect(nextListIndex('PageDown', 1, 5, 3)).toBe(4);
    expect(nextListIndex('PageUp', 4, 5, 3)).toBe(1);
    expect(nextListIndex('ArrowDown', -1, 0, 3)).toBeNull();
    expect(nextListIndex('a', 1, 5, 3)).toBeNull();
  });
});

describe('Users list', () => {
  it('is a labelled listbox whose arrow keys select users and show them in the detail pane', async () => {
    const { container, listbox } = await renderUsers();
    expect(listbox.getAttribute('aria-label')).toBe('Users');
    expect(listbox.tabIndex).toBe(0);
    expect(container.querySelector('.no-selection')?.textContent).toBe('No Selection');

    listbox.focus();
    await press(listbox, 'ArrowDown');
    await eventually(() => expect(detailTitle(container)).toBe('Daan Boersma'));
    await press(listbox, 'ArrowDown');
    await eventually(() => expect(detailTitle(container)).toBe('Lotte Smit'));
    await press(listbox, 'Home');
    await eventually(() => expect(detailTitle(container)).toBe('Daan Boersma'));
    await press(listbox, 'End');
    await eventually(() => expect(detailTitle(container)).toBe('Sara de Boer'));
    expect(useUiStore.getState().selectedIds.users).toBe('u1');
  });

  it('shows About first, with the user’s details, and moves between tabs with arrow keys', async () => {
    const { container, listbox } = await renderUsers();
    await press(listbox, 'End');
    await eventually(() => expect(container.textContent).toContain('Groep 7B'));
    const tabs = [...container.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((tab) => tab.textContent)).toEqual(['About', 'Apps', 'Books', 'Devices']);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    // About is a form: the details stand in its fields, ready to be edited.
    const panel = container.querySelector<HTMLElement>('[role="tabpanel"]')!;
    const fullName = field<HTMLInputElement>('Full Name');
    expect(panel.contains(fullName)).toBe(true);
    expect(fullName.value).toBe('Sara de Boer');
    expect(field<HTMLInputElement>('Email').value).toBe('sara@school.example');
    // With no content token yet, the VPP section says what to do first instead of a status.
    await eventually(() => expect(panel.querySelector('.disclosure')).not.toBeNull());
    const vpp = panel.querySelector<HTMLElement>('.disclosure')!;
    expect(vpp.querySelector('.disclosure-button')?.textContent).toBe('VPP Managed Distribution');
    expect(vpp.querySelector('.disclosure-body')?.textContent).toBe(
      'Add a content token in Tokens first: VPP managed distribution registers users with the location the token belongs to.',
    );

    tabs[0].focus();
    await press(tabs[0], 'ArrowRight');
    await eventually(() =>
      expect(container.querySelector('[role="tabpanel"]')?.textContent).toBe(
        'No apps are assigned to this user.',
      ),
    );
    const selected = container.querySelector('[role="tab"][aria-selected="true"]');
    expect(selected?.textContent).toBe('Apps');
    expect(document.activeElement).toBe(selected);
    await press(selected!, 'ArrowLeft');
    await press(document.activeElement!, 'ArrowLeft');
    expect(container.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe(
      'Devices',
    );
  });

  it('narrows as the admin types, and says so when nothing matches', async () => {
    const { container } = await renderUsers();
    const search = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(search.getAttribute('aria-label')).toBe('Search Users');
    await typeInto(search, 'boer');
    await eventually(() => expect(container.textContent).toContain('2 items'));
    await typeInto(search, 'zzz');
    await eventually(() => expect(container.textContent).toContain('Nothing matches “zzz”.'));
  });

  it('tells a newcomer honestly what will show here, and Add makes the first one', async () => {
    const rendered = await renderUsersView();
    const { container, db } = rendered;
    await eventually(() =>
      expect(container.querySelector('.placard-title')?.textContent).toBe('No Users'),
    );
    expect(container.querySelector('.placard-message')?.textContent).toBe(
      'Pupils and staff are listed here. Add them one by one with +, or import a CSV file of them with Import.',
    );
    const add = toolbarButton('Add');
    // Add can be used now: it doesn't look dimmed, and its tooltip names its shortcut.
    expect(add.getAttribute('aria-disabled')).toBeNull();
    expect(add.getAttribute('title')).toBe('Add (Ctrl+Alt+N)');
    await click(add);
    await eventually(() => expect(detailTitle(container)).toBe('New User'));
    expect(container.textContent).not.toContain('No Users');
    expect((await db.users.toArray()).map((user) => user.fullName)).toEqual(['New User']);
  });

  it('says why − can’t be used while no user is selected', async () => {
    const { container } = await renderUsers();
    const remove = container.querySelector<HTMLElement>('.list-action-bar [aria-label="Delete"]')!;
    const reason = 'Select a user first.';
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    expect(remove.getAttribute('title')).toBe(reason);
    expect(document.getElementById(remove.getAttribute('aria-describedby')!)?.textContent).toBe(
      reason,
    );
    // A click shows the reason rather than doing nothing.
    await click(remove);
    expect(container.querySelector('.reason-bubble')?.textContent).toBe(reason);
  });
});

describe('a list of 50,000 users', () => {
  it('renders only the rows in view and still reaches the last one from the keyboard', async () => {
    const db = freshDatabase();
    const users = Array.from({ length: 50_000 }, (_, index) =>
      userRow(`u${index}`, `Student ${String(index).padStart(5, '0')}`),
    );
    await db.users.bulkAdd(users);
    const rendered = await renderUsersView(db);
    const { container } = rendered;
    await eventually(() => expect(container.textContent).toContain('50000 items'), 10_000);
    const listbox = container.querySelector<HTMLElement>('[role="listbox"]')!;
    const options = () => [...listbox.querySelectorAll('[role="option"]')];
    expect(options().length).toBeGreaterThan(5);
    expect(options().length).toBeLessThan(60);
    expect(options()[0].getAttribute('aria-setsize')).toBe('50000');
    await eventually(() =>
      expect(options()[0].querySelector('.row-primary')?.textContent).toBe('Student 00000'),
    );

    listbox.focus();
    await press(listbox, 'End');
    await eventually(() => expect(detailTitle(container)).toBe('Student 49999'));
    // The listbox points at the last row; scrolling it into view needs real layout, which the
    // browser tests cover.
    expect(listbox.getAttribute('aria-activedescendant')).toMatch(/-option-49999$/);
    expect(useUiStore.getState().selectedIds.users).toBe('u49999');
  }, 60_000);
});
