import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { deleteGroup, memberCount, type GroupKind } from '../../db/repositories/directory-groups';
import type { GroupRow } from '../../db/types';
import { useUiStore } from '../../stores/ui-store';
import { DeleteSheet } from './delete-sheet';
import type { DirectorySection } from './directory-store';

/**
 * Asks before a group or device group is deleted: its memberships go, its members stay.
 * `strings` is `directory.delete.group` or `directory.delete.deviceGroup`.
 */
export const DeleteGroupSheet = <Member extends { id: string }>({
  kind,
  group,
  section,
  strings,
  onClose,
}: {
  kind: GroupKind<Member>;
  group: GroupRow;
  section: Extract<DirectorySection, 'groups' | 'device-groups'>;
  strings: 'directory.delete.group' | 'directory.delete.deviceGroup';
  onClose(): void;
}) => {
  const { t } = useTranslation();
  const count = useLiveQuery(() => memberCount(kind, group.id), [kind.members, group.id]);
  return (
    <DeleteSheet
      name={group.name}
      consequences={count === undefined ? undefined : [t(`${strings}.members`, { count })]}
      onDelete={async () => {
        await deleteGroup(kind, group.id);
        const ui = useUiStore.getState();
        if (ui.selectedIds[section] === group.id) ui.selectItem(section, undefined);
      }}
      onClose={onClose}
    />
  );
};
