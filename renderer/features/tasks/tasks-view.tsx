import { Activity } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { taskTitle } from './task-text';
import { EmptyState, NoSelection, type EmptyStateProps } from '../../components/empty-state';
import { Toolbar } from '../../components/toolbar';
import type { TaskRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { taskActionsOf } from './task-actions';
import { TaskDetail } from './task-detail';
import { TaskTable } from './task-table';

/**
 * Active Tasks and Completed Tasks: the tasks on one grid, the selected one in full below it.
 * While there are none, what will show here and how to start one.
 */
export const TasksView = ({
  section,
  title,
  tasks,
  timeOf,
  empty,
  toolbarItems,
}: {
  section: 'active-tasks' | 'completed-tasks';
  title: string;
  /** undefined while the first query runs. */
  tasks: TaskRow[] | undefined;
  timeOf(task: TaskRow): number;
  empty: EmptyStateProps;
  toolbarItems?: ReactNode;
}) => {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const { selectedId, select } = useSectionState(section);
  const [actionError, setActionError] = useState<string>();
  const actionsOf = (task: TaskRow) => taskActionsOf(task, services, i18n, setActionError);
  const selected = tasks?.find((task) => task.id === selectedId);

  return (
    <div className="section-frame">
      <Toolbar title={title} label={t('toolbar.label', { section: title })}>
        {toolbarItems}
      </Toolbar>
      {actionError && (
        <p className="inline-alert" role="alert">
          {actionError}
        </p>
      )}
      {tasks === undefined ? null : tasks.length === 0 ? (
        <div className="section-body">
          <EmptyState icon={Activity} {...empty} />
        </div>
      ) : (
        <div className="task-browser">
          <TaskTable
            label={title}
            tasks={tasks}
            selectedId={selectedId}
            onSelect={select}
            actionsOf={actionsOf}
            timeOf={timeOf}
          />
          {/* A long detail scrolls: the pane takes focus so the keyboard can scroll it too. */}
          <section
            className="task-detail-pane"
            aria-label={selected ? taskTitle(i18n, selected) : t('detail.noSelection')}
            tabIndex={selected ? 0 : undefined}
          >
            {selected ? (
              <TaskDetail task={selected} actions={actionsOf(selected)} />
            ) : (
              <NoSelection text={t('detail.noSelection')} />
            )}
          </section>
        </div>
      )}
    </div>
  );
};
