import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Sheet } from '../../components/sheet';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { useServices } from '../../services/console-services';
import { useUiStore } from '../../stores/ui-store';
import { clearCompletedTasks } from './clear-completed';

/** Asks before Completed Tasks is emptied: what goes, and what stays. */
export const ClearCompletedSheet = ({ count }: { count: number }) => {
  const { t, i18n } = useTranslation();
  const { db, api } = useServices();
  const closeSheet = useUiStore((state) => state.closeSheet);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const clear = async () => {
    setBusy(true);
    try {
      await clearCompletedTasks(db, api);
      closeSheet();
    } catch (failure) {
      setError(errorText(i18n, errorInfoOf(failure)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Sheet
      title={t('tasks.clearTitle')}
      confirmLabel={t('tasks.clear')}
      busy={busy}
      onCancel={closeSheet}
      onConfirm={() => void clear()}
    >
      <p>{t('tasks.clearBody', { count })}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Sheet>
  );
};
