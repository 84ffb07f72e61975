import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { activeTasks } from '../../db/repositories/tasks-repository';
import { useServices } from '../../services/console-services';
import { useOpenConnectionCheck } from '../settings/open-settings';
import { TasksView } from './tasks-view';

/** Every job that is waiting or running, with its progress and a way to stop it. */
export const ActiveTasksView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const tasks = useLiveQuery(() => activeTasks(db), [db]);
  const openCheck = useOpenConnectionCheck();
  return (
    <TasksView
      section="active-tasks"
      title={t('tasks.activeLabel')}
      tasks={tasks}
      timeOf={(task) => task.createdAt}
      empty={{
        title: t('tasks.activeEmpty'),
        message: t('tasks.activeEmptyHint'),
        action: { label: t('tasks.tryCheck'), run: openCheck },
      }}
    />
  );
};
