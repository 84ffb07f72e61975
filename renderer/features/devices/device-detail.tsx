import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../components/field-list';
import { TitleList } from '../../components/title-list';
import { titlesForSerials } from '../../db/repositories/assets-repository';
import { userById } from '../../db/repositories/people-repository';
import type { DeviceRow } from '../../db/types';
import { useServices } from '../../services/console-services';

export const DeviceInfo = ({ device }: { device: DeviceRow }) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const user = useLiveQuery(() => userById(db, device.userId), [db, device]);
  return (
    <FieldList
      fields={[
        { label: t('devices.name'), value: device.name },
        { label: t('devices.serialNumber'), value: device.serialNumber },
        { label: t('devices.model'), value: device.model },
        { label: t('devices.osVersion'), value: device.osVersion },
        { label: t('devices.user'), value: user?.fullName },
        {
          label: t('devices.placeholder'),
          value: device.placeholder ? t('devices.placeholderYes') : t('devices.placeholderNo'),
        },
      ]}
    />
  );
};

export const DeviceApps = ({ device }: { device: DeviceRow }) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const titles = useLiveQuery(
    () => titlesForSerials(db, device.serialNumber ? [device.serialNumber] : []),
    [db, device],
  );
  return (
    <TitleList label={t('detail.tabs.apps')} titles={titles} emptyText={t('devices.noApps')} />
  );
};
