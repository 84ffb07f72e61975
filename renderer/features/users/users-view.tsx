import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unavailable } from '../../components/action';
import { EntityBrowser } from '../../components/entity-browser';
import { USER_FILTERS, userKeys } from '../../db/repositories/directory-filters';
import { createUntitledUser } from '../../db/repositories/directory-users';
import { groupNamesById } from '../../db/repositories/people-repository';
import type { UserRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { useDirectoryStore } from '../directory/directory-store';
import { ListFilter } from '../../components/list-filter';
import { useShowCreated } from '../directory/use-show-created';
import { ImportSheet } from '../import-sheet/import-sheet';
import { DeleteUserSheet } from './delete-user-sheet';
import { UserApps, UserDevices, UserInfo } from './user-detail';

type UsersSheet = { kind: 'import' } | { kind: 'delete'; user: UserRow } | null;

export const UsersView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const { search } = useSectionState('users');
  const filter = useDirectoryStore((state) => state.filters.users);
  const setFilter = useDirectoryStore((state) => state.setFilter);
  const showCreated = useShowCreated('users');
  const [sheet, setSheet] = useState<UsersSheet>(null);
  const keys = useLiveQuery(() => userKeys(db, search, filter), [db, search, filter]);
  const groupNames = useLiveQuery(() => groupNamesById(db, 'groups'), [db]);
  const groupsOf = (user: UserRow) =>
    user.groupIds.flatMap((id) => groupNames?.get(id) ?? []).join(', ');

  const add = async () =>
    showCreated(
      await createUntitledUser(db, t('directory.user.newName'), t('directory.user.newShortName')),
    );

  return (
    <>
      <EntityBrowser
        section="users"
        kind="user"
        keys={keys}
        rowsOf={(ids) => db.users.bulkGet(ids)}
        primaryText={(user) => user.fullName}
        secondaryText={(user) => user.email ?? t('users.noEmail')}
        empty={{
          title: t('users.empty'),
          message: t('users.emptyHint'),
          action: { label: t('directory.user.addFirst'), run: () => void add() },
        }}
        detailTitle={(user) => user.fullName}
        detailSubtitle={(user) => user.email}
        filter={{
          control: (
            <ListFilter
              value={filter}
              options={USER_FILTERS.map((value) => ({
                value,
                label: t(`directory.filter.users.${value}`),
              }))}
              onChange={(value) => setFilter('users', value)}
            />
          ),
          active: filter !== 'all',
          emptyMessage: t('directory.filter.nothing'),
        }}
        actions={(selected) => ({
          add: { run: () => void add() },
          import: { run: () => setSheet({ kind: 'import' }) },
          remove: selected
            ? { run: () => setSheet({ kind: 'delete', user: selected }) }
            : unavailable(t('actions.selectFirst', { item: t('actions.users.item') })),
        })}
        exportColumns={[
          { header: t('directory.user.fullName'), value: (user) => user.fullName },
          { header: t('directory.user.shortName'), value: (user) => user.shortName },
          { header: t('directory.user.email'), value: (user) => user.email },
          { header: t('directory.user.managedAppleId'), value: (user) => user.managedAppleId },
          { header: t('directory.groupsField.label'), value: groupsOf },
        ]}
        tabs={(user) => [
          { id: 'info', label: t('detail.tabs.info'), render: () => <UserInfo user={user} /> },
          {
            id: 'apps',
            label: t('detail.tabs.apps'),
            render: () => <UserApps user={user} productType="App" />,
          },
          {
            id: 'books',
            label: t('detail.tabs.books'),
            render: () => <UserApps user={user} productType="Book" />,
          },
          {
            id: 'devices',
            label: t('detail.tabs.devices'),
            render: () => <UserDevices user={user} />,
          },
        ]}
      />
      {sheet?.kind === 'import' && <ImportSheet kind="users" onClose={() => setSheet(null)} />}
      {sheet?.kind === 'delete' && (
        <DeleteUserSheet user={sheet.user} onClose={() => setSheet(null)} />
      )}
    </>
  );
};
