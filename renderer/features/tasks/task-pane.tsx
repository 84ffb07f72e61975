import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import type { TaskRow } from '../../db/types';
import { taskTarget, taskTitle } from './task-text';

interface TaskPaneProps {
  /** The heading's id, for the section's accessible name. */
  id: string;
  title: string;
  empty: { title: string; hint: string };
  /** undefined while the first query runs. */
  tasks: TaskRow[] | undefined;
  children(tasks: TaskRow[]): ReactNode;
}

/** Active Tasks and Completed Tasks: a titled pane with its tasks, or what to expect there. */
export const TaskPane = ({ id, title, empty, tasks, children }: TaskPaneProps) => (
  <section className="task-view" aria-labelledby={id}>
    <h2 id={id} className="pane-title">
      {title}
    </h2>
    {tasks === undefined ? null : tasks.length === 0 ? (
      <EmptyState title={empty.title} hint={empty.hint} />
    ) : (
      children(tasks)
    )}
  </section>
);

/** A task's first line: what it does, to what, and how it stands. */
export const TaskHeading = ({ task }: { task: TaskRow }) => {
  const { t, i18n } = useTranslation();
  const target = taskTarget(i18n, task);
  return (
    <div className="task-heading">
      <span className="task-title">{taskTitle(i18n, task)}</span>
      {target && <span className="task-target">{target}</span>}
      <span className={`task-status status-${task.status}`}>
        {t(`tasks.status.${task.status}`)}
      </span>
    </div>
  );
};
