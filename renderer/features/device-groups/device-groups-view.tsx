import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { EntityBrowser } from '../../components/entity-browser';
import { namedRowKeys } from '../../db/repositories/named-rows';
import { deviceGroupsWithMemberCounts } from '../../db/repositories/people-repository';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { useNotYet } from '../shell/not-yet';
import { DeviceGroupApps, DeviceGroupInfo, DeviceGroupMembers } from './device-group-detail';

export const DeviceGroupsView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const { search } = useSectionState('device-groups');
  const notYet = useNotYet('device-groups');
  const keys = useLiveQuery(() => namedRowKeys(db.deviceGroups, search), [db, search]);
  return (
    <EntityBrowser
      section="device-groups"
      kind="deviceGroup"
      keys={keys}
      rowsOf={(ids) => deviceGroupsWithMemberCounts(db, ids)}
      primaryText={(group) => group.name}
      trailingText={(group) => String(group.memberCount)}
      empty={{ title: t('deviceGroups.empty'), message: t('deviceGroups.emptyHint') }}
      detailTitle={(group) => group.name}
      detailSubtitle={(group) => t('deviceGroups.members', { count: group.memberCount })}
      actions={(selected) => ({
        add: notYet.add,
        remove: notYet.remove(selected !== undefined),
      })}
      exportColumns={[
        { header: t('deviceGroups.name'), value: (group) => group.name },
        { header: t('deviceGroups.memberCount'), value: (group) => group.memberCount },
      ]}
      tabs={(group) => [
        {
          id: 'info',
          label: t('detail.tabs.info'),
          render: () => <DeviceGroupInfo group={group} />,
        },
        {
          id: 'apps',
          label: t('detail.tabs.apps'),
          render: () => <DeviceGroupApps group={group} />,
        },
        {
          id: 'members',
          label: t('detail.tabs.members'),
          render: () => <DeviceGroupMembers group={group} />,
        },
      ]}
    />
  );
};
