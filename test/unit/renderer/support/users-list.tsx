import { afterEach } from 'vitest';
import type { ConsoleDatabase } from '../../../../renderer/db/database';
import { UsersView } from '../../../../renderer/features/users/users-view';
import { fakeLayout, renderConsole, type Rendered } from './render';

/** A user as a sync stores it; the database's hooks add the sort and search keys. */
export const userRow = (id: string, fullName: string, email?: string) => ({
  id,
  fullName,
  email,
  groupIds: [] as string[],
  createdAt: 1,
  updatedAt: 1,
});

/**
 * Mounts the Users section over `db` with a window-sized layout (so the virtual list shows
 * rows), and unmounts it and restores the layout after each test of the calling file.
 */
export const usersViewPerTest = () => {
  let rendered: Rendered | undefined;
  let restoreLayout: (() => void) | undefined;
  afterEach(async () => {
    await rendered?.unmount();
    rendered = undefined;
    restoreLayout?.();
    restoreLayout = undefined;
  });
  return async (db?: ConsoleDatabase): Promise<Rendered> => {
    restoreLayout ??= fakeLayout(600);
    rendered = await renderConsole(<UsersView />, { db });
    return rendered;
  };
};
