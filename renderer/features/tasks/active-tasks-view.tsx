import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/progress-bar';
import { activeTasks } from '../../db/repositories/tasks-repository';
import type { TaskRow } from '../../db/types';
import { errorText, errorInfoOf } from '../../i18n/error-text';
import { useFormatters } from '../../i18n/format';
import { useServices } from '../../services/console-services';
import { cancelTask } from './cancel-task';
import { TaskHeading, TaskPane } from './task-pane';
import { taskStep, taskTitle } from './task-text';

/** Every job that is waiting or running, with its progress and a way to stop it. */
export const ActiveTasksView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const tasks = useLiveQuery(() => activeTasks(db), [db]);
  return (
    <TaskPane
      id="active-tasks-title"
      title={t('tasks.activeLabel')}
      empty={{ title: t('tasks.activeEmpty'), hint: t('tasks.activeEmptyHint') }}
      tasks={tasks}
    >
      {(shown) => (
        <ul className="task-list" aria-label={t('tasks.activeLabel')}>
          {shown.map((task) => (
            <ActiveTaskRow key={task.id} task={task} />
          ))}
        </ul>
      )}
    </TaskPane>
  );
};

const ActiveTaskRow = ({ task }: { task: TaskRow }) => {
  const { t, i18n } = useTranslation();
  const { db, api } = useServices();
  const format = useFormatters();
  const [cancelError, setCancelError] = useState<string>();
  const title = taskTitle(i18n, task);
  const cancel = () => {
    setCancelError(undefined);
    cancelTask(db, api, task.id).catch((error: unknown) =>
      setCancelError(errorText(i18n, errorInfoOf(error))),
    );
  };
  return (
    <li className="task-row">
      <TaskHeading task={task} />
      <ProgressBar
        label={t('tasks.progressLabel', { title })}
        progress={task.progress}
        valueText={task.progress ? t('tasks.progressText', { ...task.progress }) : undefined}
      />
      <div className="task-footer">
        <span className="task-step">{taskStep(i18n, task)}</span>
        <span className="task-time">
          {t('tasks.startedAt', { time: format.dateTime(task.createdAt) })}
        </span>
        <button type="button" aria-label={t('tasks.cancelTask', { title })} onClick={cancel}>
          {t('tasks.cancel')}
        </button>
      </div>
      {cancelError && (
        <p className="task-error" role="alert">
          {cancelError}
        </p>
      )}
    </li>
  );
};
