import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unavailable } from '../../components/action';
import { EntityBrowser } from '../../components/entity-browser';
import type { TabSpec } from '../../components/tabs';
import type { ConsoleDatabase } from '../../db/database';
import { GROUP_FILTERS, groupKeys } from '../../db/repositories/directory-filters';
import { createUntitledGroup, type GroupKind } from '../../db/repositories/directory-groups';
import type { WithMemberCount } from '../../db/repositories/people-repository';
import type { DeviceGroupRow, GroupRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { DeleteGroupSheet } from './delete-group-sheet';
import { useDirectoryStore } from './directory-store';
import { ListFilter } from '../../components/list-filter';
import { useShowCreated } from './use-show-created';

/**
 * Groups and Device Groups are one section twice; these name its table, icon kind and strings
 * (`groups.*` / `deviceGroups.*`, `directory.group.*` / `directory.deviceGroup.*`).
 */
const groupSections = {
  groups: { kind: 'group', table: 'groups' },
  'device-groups': { kind: 'deviceGroup', table: 'deviceGroups' },
} as const;

export interface GroupSectionViewProps<
  Group extends GroupRow | DeviceGroupRow,
  Member extends { id: string },
> {
  section: keyof typeof groupSections;
  groupKindOf(db: ConsoleDatabase): GroupKind<Member>;
  rowsOf(db: ConsoleDatabase, ids: string[]): Promise<(WithMemberCount<Group> | undefined)[]>;
  tabs(group: WithMemberCount<Group>): TabSpec[];
}

/** A list of groups (of users or of devices) with + that names a new one, a filter and −. */
export const GroupSectionView = <
  Group extends GroupRow | DeviceGroupRow,
  Member extends { id: string },
>({
  section,
  groupKindOf,
  rowsOf,
  tabs,
}: GroupSectionViewProps<Group, Member>) => {
  const { kind: entityKind, table } = groupSections[section];
  const { t } = useTranslation();
  const { db } = useServices();
  const kind = useMemo(() => groupKindOf(db), [groupKindOf, db]);
  const { search } = useSectionState(section);
  const filter = useDirectoryStore((state) => state.filters[section]);
  const setFilter = useDirectoryStore((state) => state.setFilter);
  const showCreated = useShowCreated(section);
  const [deleting, setDeleting] = useState<WithMemberCount<Group>>();
  const keys = useLiveQuery(
    () => groupKeys(db, table, search, filter),
    [db, table, search, filter],
  );

  const add = async () =>
    showCreated(await createUntitledGroup(kind, t(`directory.${entityKind}.newName`)));

  return (
    <>
      <EntityBrowser
        section={section}
        kind={entityKind}
        keys={keys}
        rowsOf={(ids) => rowsOf(db, ids)}
        primaryText={(group) => group.name}
        trailingText={(group) => String(group.memberCount)}
        empty={{
          title: t(`${table}.empty`),
          message: t(`${table}.emptyHint`),
          action: { label: t(`directory.${entityKind}.addFirst`), run: () => void add() },
        }}
        detailTitle={(group) => group.name}
        detailSubtitle={(group) => t(`${table}.members`, { count: group.memberCount })}
        filter={{
          control: (
            <ListFilter
              value={filter}
              options={GROUP_FILTERS.map((value) => ({
                value,
                label: t(`directory.filter.${table}.${value}`),
              }))}
              onChange={(value) => setFilter(section, value)}
            />
          ),
          active: filter !== 'all',
          emptyMessage: t('directory.filter.nothing'),
        }}
        actions={(selected) => ({
          add: { run: () => void add() },
          remove: selected
            ? { run: () => setDeleting(selected) }
            : unavailable(t('actions.selectFirst', { item: t(`actions.${section}.item`) })),
        })}
        exportColumns={[
          { header: t(`${table}.name`), value: (group) => group.name },
          { header: t(`${table}.memberCount`), value: (group) => group.memberCount },
        ]}
        tabs={tabs}
      />
      {deleting && (
        <DeleteGroupSheet
          kind={kind}
          group={deleting}
          section={section}
          strings={`directory.delete.${entityKind}`}
          onClose={() => setDeleting(undefined)}
        />
      )}
    </>
  );
};
