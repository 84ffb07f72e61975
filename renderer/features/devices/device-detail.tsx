import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { TitleList } from '../../components/title-list';
import { titlesForSerials } from '../../db/repositories/assets-repository';
import type { DeviceRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { DeviceForm } from './device-form';

export const DeviceInfo = ({ device }: { device: DeviceRow }) => (
  <DeviceForm key={device.id} device={device} />
);

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
