import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { completedTasks } from '../../db/repositories/tasks-repository';
import type { TaskRow } from '../../db/types';
import { useFormatters } from '../../i18n/format';
import { useServices } from '../../services/console-services';
import { startTask } from './start-task';
import { TaskHeading, TaskPane } from './task-pane';
import { taskOutcome, taskTitle } from './task-text';

/** Finished tasks, newest first; a year of them stays fast because only visible rows render. */
export const CompletedTasksView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const tasks = useLiveQuery(() => completedTasks(db), [db]);
  return (
    <TaskPane
      id="completed-tasks-title"
      title={t('tasks.completedLabel')}
      empty={{ title: t('tasks.completedEmpty'), hint: t('tasks.completedEmptyHint') }}
      tasks={tasks}
    >
      {(shown) => <CompletedList tasks={shown} />}
    </TaskPane>
  );
};

const CompletedList = ({ tasks }: { tasks: TaskRow[] }) => {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The build has no React Compiler, so its memoization warning does not apply here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 76,
    getItemKey: (index) => tasks[index].id,
    overscan: 6,
  });
  return (
    <div ref={scrollRef} className="task-scroll">
      <ul
        className="task-list virtual"
        aria-label={t('tasks.completedLabel')}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={row.index}
            className="task-row"
            aria-setsize={tasks.length}
            aria-posinset={row.index + 1}
            style={{ transform: `translateY(${row.start}px)` }}
          >
            <CompletedTaskRow task={tasks[row.index]} />
          </li>
        ))}
      </ul>
    </div>
  );
};

const CompletedTaskRow = ({ task }: { task: TaskRow }) => {
  const { t, i18n } = useTranslation();
  const { db, api } = useServices();
  const format = useFormatters();
  const title = taskTitle(i18n, task);
  const outcome = taskOutcome(i18n, task);
  const canRunAgain = task.status === 'failed' || task.status === 'interrupted';
  const runAgain = () =>
    void startTask(db, api, task.kind, task.params, {
      target: task.target,
      targetKey: task.targetKey,
    });
  return (
    <>
      <TaskHeading task={task} />
      {outcome && <p className={task.error ? 'task-error' : 'task-result'}>{outcome}</p>}
      <div className="task-footer">
        <span className="task-time">
          {task.finishedAt ? t('tasks.finishedAt', { time: format.dateTime(task.finishedAt) }) : ''}
        </span>
        {canRunAgain && (
          <button type="button" aria-label={t('tasks.runAgainTask', { title })} onClick={runAgain}>
            {t('tasks.runAgain')}
          </button>
        )}
      </div>
    </>
  );
};
