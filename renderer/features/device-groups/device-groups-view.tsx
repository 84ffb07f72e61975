import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unavailable } from '../../components/action';
import { EntityBrowser } from '../../components/entity-browser';
import { GROUP_FILTERS, groupKeys } from '../../db/repositories/directory-filters';
import { createUntitledGroup, deviceGroupKind } from '../../db/repositories/directory-groups';
import {
  deviceGroupsWithMemberCounts,
  type WithMemberCount,
} from '../../db/repositories/people-repository';
import type { DeviceGroupRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { DeleteGroupSheet } from '../directory/delete-group-sheet';
import { useDirectoryStore } from '../directory/directory-store';
import { ListFilter } from '../directory/list-filter';
import { useShowCreated } from '../directory/use-show-created';
import { DeviceGroupApps, DeviceGroupInfo, DeviceGroupMembers } from './device-group-detail';

export const DeviceGroupsView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const kind = useMemo(() => deviceGroupKind(db), [db]);
  const { search } = useSectionState('device-groups');
  const filter = useDirectoryStore((state) => state.filters['device-groups']);
  const setFilter = useDirectoryStore((state) => state.setFilter);
  const showCreated = useShowCreated('device-groups');
  const [deleting, setDeleting] = useState<WithMemberCount<DeviceGroupRow>>();
  const keys = useLiveQuery(
    () => groupKeys(db, 'deviceGroups', search, filter),
    [db, search, filter],
  );

  const add = async () =>
    showCreated(await createUntitledGroup(kind, t('directory.deviceGroup.newName')));

  return (
    <>
      <EntityBrowser
        section="device-groups"
        kind="deviceGroup"
        keys={keys}
        rowsOf={(ids) => deviceGroupsWithMemberCounts(db, ids)}
        primaryText={(group) => group.name}
        trailingText={(group) => String(group.memberCount)}
        empty={{
          title: t('deviceGroups.empty'),
          message: t('deviceGroups.emptyHint'),
          action: { label: t('directory.deviceGroup.addFirst'), run: () => void add() },
        }}
        detailTitle={(group) => group.name}
        detailSubtitle={(group) => t('deviceGroups.members', { count: group.memberCount })}
        filter={{
          control: (
            <ListFilter
              value={filter}
              options={GROUP_FILTERS.map((value) => ({
                value,
                label: t(`directory.filter.deviceGroups.${value}`),
              }))}
              onChange={(value) => setFilter('device-groups', value)}
            />
          ),
          active: filter !== 'all',
          emptyMessage: t('directory.filter.nothing'),
        }}
        actions={(selected) => ({
          add: { run: () => void add() },
          remove: selected
            ? { run: () => setDeleting(selected) }
            : unavailable(t('actions.selectFirst', { item: t('actions.device-groups.item') })),
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
      {deleting && (
        <DeleteGroupSheet
          kind={kind}
          group={deleting}
          section="device-groups"
          strings="directory.delete.deviceGroup"
          onClose={() => setDeleting(undefined)}
        />
      )}
    </>
  );
};
