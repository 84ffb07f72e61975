import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unavailable } from '../../components/action';
import { EntityBrowser } from '../../components/entity-browser';
import { GROUP_FILTERS, groupKeys } from '../../db/repositories/directory-filters';
import { createUntitledGroup, userGroupKind } from '../../db/repositories/directory-groups';
import {
  groupsWithMemberCounts,
  type WithMemberCount,
} from '../../db/repositories/people-repository';
import type { GroupRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { DeleteGroupSheet } from '../directory/delete-group-sheet';
import { useDirectoryStore } from '../directory/directory-store';
import { ListFilter } from '../directory/list-filter';
import { useShowCreated } from '../directory/use-show-created';
import { GroupInfo, GroupMembers, GroupTitles } from './group-detail';

export const GroupsView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const kind = useMemo(() => userGroupKind(db), [db]);
  const { search } = useSectionState('groups');
  const filter = useDirectoryStore((state) => state.filters.groups);
  const setFilter = useDirectoryStore((state) => state.setFilter);
  const showCreated = useShowCreated('groups');
  const [deleting, setDeleting] = useState<WithMemberCount<GroupRow>>();
  const keys = useLiveQuery(() => groupKeys(db, 'groups', search, filter), [db, search, filter]);

  const add = async () =>
    showCreated(await createUntitledGroup(kind, t('directory.group.newName')));

  return (
    <>
      <EntityBrowser
        section="groups"
        kind="group"
        keys={keys}
        rowsOf={(ids) => groupsWithMemberCounts(db, ids)}
        primaryText={(group) => group.name}
        trailingText={(group) => String(group.memberCount)}
        empty={{
          title: t('groups.empty'),
          message: t('groups.emptyHint'),
          action: { label: t('directory.group.addFirst'), run: () => void add() },
        }}
        detailTitle={(group) => group.name}
        detailSubtitle={(group) => t('groups.members', { count: group.memberCount })}
        filter={{
          control: (
            <ListFilter
              value={filter}
              options={GROUP_FILTERS.map((value) => ({
                value,
                label: t(`directory.filter.groups.${value}`),
              }))}
              onChange={(value) => setFilter('groups', value)}
            />
          ),
          active: filter !== 'all',
          emptyMessage: t('directory.filter.nothing'),
        }}
        actions={(selected) => ({
          add: { run: () => void add() },
          remove: selected
            ? { run: () => setDeleting(selected) }
            : unavailable(t('actions.selectFirst', { item: t('actions.groups.item') })),
        })}
        exportColumns={[
          { header: t('groups.name'), value: (group) => group.name },
          { header: t('groups.memberCount'), value: (group) => group.memberCount },
        ]}
        tabs={(group) => [
          { id: 'info', label: t('detail.tabs.info'), render: () => <GroupInfo group={group} /> },
          {
            id: 'apps',
            label: t('detail.tabs.apps'),
            render: () => <GroupTitles group={group} productType="App" />,
          },
          {
            id: 'books',
            label: t('detail.tabs.books'),
            render: () => <GroupTitles group={group} productType="Book" />,
          },
          {
            id: 'members',
            label: t('detail.tabs.members'),
            render: () => <GroupMembers group={group} />,
          },
        ]}
      />
      {deleting && (
        <DeleteGroupSheet
          kind={kind}
          group={deleting}
          section="groups"
          strings="directory.delete.group"
          onClose={() => setDeleting(undefined)}
        />
      )}
    </>
  );
};
