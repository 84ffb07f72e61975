import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Sheet } from '../../components/sheet';
import { saveSnapshot } from '../../db/repositories/tasks-repository';
import { errorInfoOf, errorText } from '../../i18n/error-text';
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
  const { t, i18n } = useTranslation();
  const { db, api } = useServices();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const count = request.invitationIds.length;

  const send = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { task } = await api.invoke('invitations:resend', {
        invitationIds: request.invitationIds,
        targetName: request.targetName,
      });
      await saveSnapshot(db, task);
      onStarted();
    } catch (failure) {
      setError(errorText(i18n, errorInfoOf(failure)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Sheet
      title={t('invitations.resendTitle', { count })}
      confirmLabel={t('invitations.resendConfirm')}
      busy={busy}
      onCancel={onClose}
      onConfirm={() => void send()}
    >
      <p>{t('invitations.resendBody', { count, name: request.name ?? '' })}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Sheet>
  );
};
