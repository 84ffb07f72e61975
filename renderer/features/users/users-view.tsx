import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { EntityBrowser } from '../../components/entity-browser';
import { namedRowKeys } from '../../db/repositories/named-rows';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { useNotYet } from '../shell/not-yet';
import { UserApps, UserDevices, UserInfo } from './user-detail';

export const UsersView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const { search } = useSectionState('users');
  const notYet = useNotYet('users');
  const keys = useLiveQuery(() => namedRowKeys(db.users, search), [db, search]);
  return (
    <EntityBrowser
      section="users"
      kind="user"
      keys={keys}
      rowsOf={(ids) => db.users.bulkGet(ids)}
      primaryText={(user) => user.fullName}
      secondaryText={(user) => user.email ?? t('users.noEmail')}
      empty={{ title: t('users.empty'), message: t('users.emptyHint') }}
      detailTitle={(user) => user.fullName}
      detailSubtitle={(user) => user.email}
      actions={(selected) => ({
        add: notYet.add,
        import: notYet.import,
        remove: notYet.remove(selected !== undefined),
      })}
      exportColumns={[
        { header: t('users.fullName'), value: (user) => user.fullName },
        { header: t('users.email'), value: (user) => user.email },
        { header: t('users.shortName'), value: (user) => user.shortName },
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
  );
};
