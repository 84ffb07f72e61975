import { describe, expect, it } from 'vitest';
import { useUiStore } from '../../../renderer/stores/ui-store';
import { eventually, freshDatabase, press, typeInto } from './support/render';
import { userRow, usersViewPerTest } from './support/users-list';

const renderUsersView = usersViewPerTest();

/**
 * The Users list as the admin reads it: each row's name and email, top to bottom ("No email
 * address" stands where a user has none, and is left out here).
 */
const listedRows = (container: HTMLElement) =>
  [...container.querySelectorAll('[role="option"]')].map((option) =>
    [...option.querySelectorAll('.row-primary, .row-secondary')]
      .map((part) => part.textContent)
      .filter((text) => text && text !== 'No email address')
      .join(' · '),
  );

const renderUsers = async () => {
  const db = freshDatabase();
  await db.users.bulkAdd([
    userRow('u1', 'Sara de Boer', 'sara@school.example'),
    userRow('u2', 'Daan Boersma'),
    userRow('u3', 'Lotte Smit'),
  ]);
  const rendered = await renderUsersView(db);
  const { container } = rendered;
  await eventually(() => expect(listedRows(container)).toContain('Lotte Smit'));
  return { db, container };
};

describe('the Users list follows the database', () => {
  it('shows a user added, renamed or edited elsewhere without a reload', async () => {
    const { db, container } = await renderUsers();
    expect(listedRows(container)).toEqual([
      'Daan Boersma',
      'Lotte Smit',
      'Sara de Boer · sara@school.example',
    ]);

    await db.users.add(userRow('u4', 'Anna Jansen'));
    await eventually(() => expect(listedRows(container)[0]).toBe('Anna Jansen'));
    expect(container.textContent).toContain('4 items');

    // A new name re-sorts the list.
    await db.users.update('u3', { fullName: 'Émile Smit' });
    await eventually(() =>
      expect(listedRows(container)).toEqual([
        'Anna Jansen',
        'Daan Boersma',
        'Émile Smit',
        'Sara de Boer · sara@school.example',
      ]),
    );

    // An edit that keeps the order still shows, in the row where it was.
    await db.users.update('u2', { email: 'daan@school.example' });
    await eventually(() =>
      expect(listedRows(container)[1]).toBe('Daan Boersma · daan@school.example'),
    );
  });

  it('drops a deleted user, and the detail pane lets go of them', async () => {
    const { db, container } = await renderUsers();
    const listbox = container.querySelector<HTMLElement>('[role="listbox"]')!;
    await press(listbox, 'End');
    await eventually(() =>
      expect(container.querySelector('.detail-title')?.textContent).toBe('Sara de Boer'),
    );

    await db.users.delete('u1');
    await eventually(() => expect(listedRows(container)).toEqual(['Daan Boersma', 'Lotte Smit']));
    expect(container.querySelector('.detail-title')).toBeNull();
    expect(container.querySelector('.no-selection')?.textContent).toBe('No Selection');
    expect(container.textContent).toContain('2 items');
  });

  it('takes in a sync’s batch of new users at once', async () => {
    const { db, container } = await renderUsers();
    await db.users.bulkPut(
      Array.from({ length: 120 }, (_, index) => userRow(`new-${index}`, `Aaron ${1000 + index}`)),
    );
    await eventually(() => expect(container.textContent).toContain('123 items'));
    await eventually(() => expect(listedRows(container)[0]).toBe('Aaron 1000'));
  });

  it('keeps a search up to date when a row starts or stops matching', async () => {
    const { db, container } = await renderUsers();
    const search = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    await typeInto(search, 'school');
    await eventually(() =>
      expect(listedRows(container)).toEqual(['Sara de Boer · sara@school.example']),
    );

    await db.users.update('u3', { email: 'lotte@school.example' });
    await eventually(() =>
      expect(listedRows(container)).toEqual([
        'Lotte Smit · lotte@school.example',
        'Sara de Boer · sara@school.example',
      ]),
    );
    await db.users.update('u1', { email: undefined });
    await eventually(() =>
      expect(listedRows(container)).toEqual(['Lotte Smit · lotte@school.example']),
    );
    expect(useUiStore.getState().searches.users).toBe('school');
  });
});
