import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../components/field-list';
import { NameList } from '../../components/name-list';
import { TitleList } from '../../components/title-list';
import { titlesForSerials } from '../../db/repositories/assets-repository';
import { devicesOfGroup } from '../../db/repositories/people-repository';
import type { DeviceGroupRow } from '../../db/types';
import { useServices } from '../../services/console-services';

const useDevices = (group: DeviceGroupRow) => {
  const { db } = useServices();
  return useLiveQuery(() => devicesOfGroup(db, group.id), [db, group]);
};

export const DeviceGroupInfo = ({ group }: { group: DeviceGroupRow }) => {
  const { t } = useTranslation();
  const devices = useDevices(group);
  return (
    <FieldList
      fields={[
        { label: t('deviceGroups.name'), value: group.name },
        { label: t('deviceGroups.memberCount'), value: devices?.length },
      ]}
    />
  );
};

export const DeviceGroupApps = ({ group }: { group: DeviceGroupRow }) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const titles = useLiveQuery(async () => {
    const devices = await devicesOfGroup(db, group.id);
    const serials = devices.flatMap((device) => (device.serialNumber ? [device.serialNumber] : []));
    return titlesForSerials(db, serials);
  }, [db, group]);
  return (
    <TitleList
      label={t('detail.tabs.apps')}
      titles={titles}
      emptyText={t('deviceGroups.noApps')}
      holdersText={(count) => t('deviceGroups.devicesWithIt', { count })}
    />
  );
};

export const DeviceGroupMembers = ({ group }: { group: DeviceGroupRow }) => {
  const { t } = useTranslation();
  const devices = useDevices(group);
  return (
    <NameList
      label={t('detail.tabs.members')}
      kind="device"
      items={devices?.map((device) => ({
        id: device.id,
        name: device.name,
        detail: device.serialNumber,
      }))}
      emptyText={t('deviceGroups.noMembers')}
    />
  );
};
