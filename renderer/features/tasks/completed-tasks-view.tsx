import { useLiveQuery } from 'dexie-react-hooks';
import { Eraser } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ToolbarButton } from '../../components/toolbar';
import { completedTasks } from '../../db/repositories/tasks-repository';
import { useServices } from '../../services/console-services';
import { useUiStore } from '../../stores/ui-store';
import { useOpenConnectionCheck } from '../settings/open-settings';
import { ClearCompletedSheet } from './clear-completed-sheet';
import { TasksView } from './tasks-view';

/** Finished tasks, newest first; a year of them stays fast because only visible rows render. */
export const CompletedTasksView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const tasks = useLiveQuery(() => completedTasks(db), [db]);
  const sheet = useUiStore((state) => state.sheet);
  const openSheet = useUiStore((state) => state.openSheet);
  const openCheck = useOpenConnectionCheck();
  const count = tasks?.length ?? 0;
  return (
    <>
      <TasksView
        section="completed-tasks"
        title={t('tasks.completedLabel')}
        tasks={tasks}
        timeOf={(task) => task.finishedAt ?? task.updatedAt}
        empty={{
          title: t('tasks.completedEmpty'),
          message: t('tasks.completedEmptyHint'),
          action: { label: t('tasks.tryCheck'), run: openCheck },
        }}
        toolbarItems={
          <ToolbarButton
            label={t('tasks.clear')}
            icon={Eraser}
            action={
              count > 0
                ? { run: () => openSheet('clear-completed-tasks') }
                : { unavailableReason: t('tasks.nothingToClear') }
            }
          />
        }
      />
      {sheet === 'clear-completed-tasks' && <ClearCompletedSheet count={count} />}
    </>
  );
};
