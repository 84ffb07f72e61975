import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { deleteUser, userDeletionImpact } from '../../db/repositories/directory-users';
import type { UserRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { useUiStore } from '../../stores/ui-store';
import { DeleteSheet } from '../directory/delete-sheet';

/**
 * Asks before a user is deleted: their group memberships go, their devices stay unassigned,
 * and a registration with Apple stays there (Remove from Program is what retires it).
 */
export const DeleteUserSheet = ({ user, onClose }: { user: UserRow; onClose(): void }) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const impact = useLiveQuery(() => userDeletionImpact(db, user), [db, user]);
  const consequences = impact && [
    ...(impact.groups > 0 ? [t('directory.delete.user.groups', { count: impact.groups })] : []),
    ...(impact.devices > 0 ? [t('directory.delete.user.devices', { count: impact.devices })] : []),
    ...(impact.vppTokens > 0 ? [t('directory.delete.user.vpp')] : []),
  ];
  return (
    <DeleteSheet
      name={user.fullName}
      consequences={consequences}
      onDelete={async () => {
        await deleteUser(db, user.id);
        const ui = useUiStore.getState();
        if (ui.selectedIds.users === user.id) ui.selectItem('users', undefined);
      }}
      onClose={onClose}
    />
  );
};
