import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../components/field-list';
import { NameList } from '../../components/name-list';
import { TitleList } from '../../components/title-list';
import { titlesForUsers } from '../../db/repositories/assets-repository';
import { clientUserIdsOfUsers, devicesOfUser, groupsOfUser } from '../../db/repositories/people-repository';
import type { ProductType, UserRow } from '../../db/types';
import { useServices } from '../../services/console-services';

export const UserInfo = ({ user }: { user: UserRow }) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const groups = useLiveQuery(() => groupsOfUser(db, user), [db, user]);
  return (
    <FieldList
      fields={[
        { label: t('users.fullName'), value: user.fullName },
        { label: t('users.email'), value: user.email },
        { label: t('users.groups'), value: groups?.map((group) => group.name).join(', ') },
      ]}
    />
  );
};

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
