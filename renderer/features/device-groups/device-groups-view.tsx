import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { EntityBrowser } from '../../components/entity-browser';
import { namedRowKeys } from '../../db/repositories/named-rows';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { DeviceGroupApps, DeviceGroupInfo, DeviceGroupMembers } from './device-group-detail';

export const DeviceGroupsView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const { search } = useSectionState('device-groups');
  const keys = useLiveQuery(() => namedRowKeys(db.deviceGroups, search), [db, search]);
  return (
    <EntityBrowser
      section="device-groups"
      keys={keys}
      rowsOf={(ids) => db.deviceGroups.bulkGet(ids)}
      primaryText={(group) => group.name}
      empty={{ title: t('deviceGroups.empty'), hint: t('deviceGroups.emptyHint') }}
      detailTitle={(group) => group.name}
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
