import { useTranslation } from 'react-i18next';
import { ActionSheet } from '../../components/action-sheet';
import { useServices } from '../../services/console-services';
import { forgetOutboxMessages } from './use-outbox-message';

/** Asks before the Outbox is emptied: the messages go, the invitations' records stay. */
export const ClearOutboxSheet = ({
  count,
  onClose,
  onCleared,
}: {
  count: number;
  onClose(): void;
  onCleared(): void;
}) => {
  const { t } = useTranslation();
  const { api } = useServices();
  return (
    <ActionSheet
      title={t('mail.outbox.clearTitle')}
      confirmLabel={t('mail.outbox.clearConfirm')}
      action={async () => {
        await api.invoke('outbox:clear');
        forgetOutboxMessages();
      }}
      onDone={onCleared}
      onCancel={onClose}
    >
      <p>{t('mail.outbox.clearBody', { count })}</p>
    </ActionSheet>
  );
};
