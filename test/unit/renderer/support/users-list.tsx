import type { ConsoleDatabase } from '../../../../renderer/db/database';
import { UsersView } from '../../../../renderer/features/users/users-view';
import { renderPerTest } from './render-per-test';

/** A user as a sync stores it; the database's hooks add the sort and search keys. */
export const userRow = (id: string, fullName: string, email?: string) => ({
  id,
  fullName,
  shortName: id,
  email,
  groupIds: [] as string[],
  createdAt: 1,
  updatedAt: 1,
});

/** Mounts the Users section over `db`, unmounted after each test of the calling file. */
export const usersViewPerTest = () => {
  const render = renderPerTest();
  return (db?: ConsoleDatabase) => render(<UsersView />, { db });
};
