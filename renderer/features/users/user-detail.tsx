import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { NameList } from '../../components/name-list';
import { TitleList } from '../../components/title-list';
import { titlesForUsers } from '../../db/repositories/assets-repository';
import { clientUserIdsOfUsers, devicesOfUser } from '../../db/repositories/people-repository';
import type { ProductType, UserRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { UserVppSection } from '../vpp/vpp-section';
import { UserForm } from './user-form';

/**
 * About: the editable fields, then — outside their Save and Revert, with a Save of its own —
 * the VPP Managed Distribution section.
 */
export const UserInfo = ({ user }: { user: UserRow }) => (
  <>
    <UserForm key={user.id} user={user} />
    <UserVppSection user={user} />
  </>
);

export const UserApps = ({ user, productType }: { user: UserRow; productType: ProductType }) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const titles = useLiveQuery(
    async () => titlesForUsers(db, await clientUserIdsOfUsers(db, [user.id]), productType),
    [db, user, productType],
  );
  const isApp = productType === 'App';
  return (
    <TitleList
      label={isApp ? t('detail.tabs.apps') : t('detail.tabs.books')}
      titles={titles}
      emptyText={isApp ? t('users.noApps') : t('users.noBooks')}
    />
  );
};

export const UserDevices = ({ user }: { user: UserRow }) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const devices = useLiveQuery(() => devicesOfUser(db, user.id), [db, user]);
  return (
    <NameList
      label={t('detail.tabs.devices')}
      kind="device"
      items={devices?.map((device) => ({
        id: device.id,
        name: device.name,
        detail: device.serialNumber,
      }))}
      emptyText={t('users.noDevices')}
    />
  );
};
