import { useTranslation } from 'react-i18next';
import { deviceGroupKind } from '../../db/repositories/directory-groups';
import { deviceGroupsWithMemberCounts } from '../../db/repositories/people-repository';
import { GroupSectionView } from '../directory/group-section-view';
import { DeviceGroupApps, DeviceGroupInfo, DeviceGroupMembers } from './device-group-detail';

export const DeviceGroupsView = () => {
  const { t } = useTranslation();
  return (
    <GroupSectionView
      section="device-groups"
      groupKindOf={deviceGroupKind}
      rowsOf={deviceGroupsWithMemberCounts}
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
