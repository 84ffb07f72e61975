import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { TitleList } from '../../components/title-list';
import { titlesForSerials } from '../../db/repositories/assets-repository';
import { deviceGroupKind } from '../../db/repositories/directory-groups';
import { devicesOfGroup, type WithMemberCount } from '../../db/repositories/people-repository';
import type { DeviceGroupRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { GroupNameForm } from '../directory/group-name-form';
import { MembersEditor } from '../directory/members-editor';

export const DeviceGroupInfo = ({ group }: { group: WithMemberCount<DeviceGroupRow> }) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const kind = useMemo(() => deviceGroupKind(db), [db]);
  return (
    <GroupNameForm
      key={group.id}
      kind={kind}
      group={group}
      countText={t('deviceGroups.members', { count: group.memberCount })}
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
  const { db } = useServices();
  const kind = useMemo(() => deviceGroupKind(db), [db]);
  return (
    <MembersEditor
      key={group.id}
      kind={kind}
      groupId={group.id}
      memberKind="device"
      listTitle={t('sidebar.devices')}
      primaryText={(device) => device.name}
      secondaryText={(device) =>
        [device.model ?? device.platform, device.serialNumber].filter(Boolean).join(' · ')
      }
      strings="directory.members.devices"
    />
  );
};
