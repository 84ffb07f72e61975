import { useTranslation } from 'react-i18next';
import { ActionSheet } from '../../components/action-sheet';
import { useServices } from '../../services/console-services';
import { useUiStore } from '../../stores/ui-store';
import { clearCompletedTasks } from './clear-completed';

/** Asks before Completed Tasks is emptied: what goes, and what stays. */
export const ClearCompletedSheet = ({ count }: { count: number }) => {
  const { t } = useTranslation();
  const { db, api } = useServices();
  const closeSheet = useUiStore((state) => state.closeSheet);
  return (
    <ActionSheet
      title={t('tasks.clearTitle')}
      confirmLabel={t('tasks.clear')}
      action={() => clearCompletedTasks(db, api)}
      onDone={closeSheet}
      onCancel={closeSheet}
    >
      <p>{t('tasks.clearBody', { count })}</p>
    </ActionSheet>
  );
};
