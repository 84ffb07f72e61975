import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Sheet } from '../../components/sheet';
import { errorInfoOf, errorText } from '../../i18n/error-text';
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
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const clear = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.invoke('outbox:clear');
      forgetOutboxMessages();
      onCleared();
    } catch (failure) {
      setError(errorText(i18n, errorInfoOf(failure)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Sheet
      title={t('mail.outbox.clearTitle')}
      confirmLabel={t('mail.outbox.clearConfirm')}
      busy={busy}
      onCancel={onClose}
      onConfirm={() => void clear()}
    >
      <p>{t('mail.outbox.clearBody', { count })}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Sheet>
  );
};
