import { useTranslation } from 'react-i18next';
import { ActionSheet } from '../../components/action-sheet';
import { saveSnapshot } from '../../db/repositories/tasks-repository';
import { useServices } from '../../services/console-services';

/** What a Resend sends: the newest invitation of each user, and whom the task names. */
export interface ResendRequest {
  invitationIds: string[];
  /** One user's full name, or the words for "users not yet enrolled". */
  targetName: string;
  /** For one user: their name in the sheet's sentence. */
  name?: string;
}

/**
 * Asks before mail goes out again (Cancel / Send), then has main send new invitations as one
 * task; the task shows in Active Tasks at once.
 */
export const ResendSheet = ({
  request,
  onClose,
  onStarted,
}: {
  request: ResendRequest;
  onClose(): void;
  onStarted(): void;
}) => {
  const { t } = useTranslation();
  const { db, api } = useServices();
  const count = request.invitationIds.length;
  return (
    <ActionSheet
      title={t('invitations.resendTitle', { count })}
      confirmLabel={t('invitations.resendConfirm')}
      action={async () => {
        const { task } = await api.invoke('invitations:resend', {
          invitationIds: request.invitationIds,
          targetName: request.targetName,
        });
        await saveSnapshot(db, task);
      }}
      onDone={onStarted}
      onCancel={onClose}
    >
      <p>{t('invitations.resendBody', { count, name: request.name ?? '' })}</p>
    </ActionSheet>
  );
};
