import { RotateCcw, X } from 'lucide-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isAvailable, type Action } from '../../components/action';
import { Icon } from '../../components/icon';
import { ProgressBar } from '../../components/progress-bar';
import { useVirtualSelection } from '../../components/use-virtual-selection';
import type { TaskRow } from '../../db/types';
import { useFormatters } from '../../i18n/format';
import type { TaskActions } from './task-actions';
import { TaskStatusBadge } from './task-status';
import { taskTarget, taskTitle } from './task-text';

const ROW_HEIGHT = 32;

/**
 * Active or Completed Tasks as one grid: every row on the same columns (task, target, status,
 * time, action), virtualised so a year of tasks scrolls as fast as a day's. The grid keeps
 * focus and points at the selected row; arrow keys, Home/End and Page Up/Down move the
 * selection, which the detail below follows. A row's own button (Cancel, Run Again) is for the
 * mouse; the keyboard finds the same in the detail.
 */
export const TaskTable = ({
  label,
  tasks,
  selectedId,
  onSelect,
  actionsOf,
  timeOf,
}: {
  label: string;
  tasks: TaskRow[];
  selectedId: string | undefined;
  onSelect(id: string): void;
  actionsOf(task: TaskRow): TaskActions;
  /** The time column: when it started (active) or finished (completed). */
  timeOf(task: TaskRow): number;
}) => {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const idPrefix = useId();
  const selectedIndex = tasks.findIndex((task) => task.id === selectedId);
  const ids = useMemo(() => tasks.map((task) => task.id), [tasks]);
  const { scrollRef, virtualizer, onKeyDown } = useVirtualSelection({
    keys: ids,
    selectedIndex,
    onSelect,
    rowHeight: ROW_HEIGHT,
    overscan: 8,
  });
  const rowId = (index: number) => `${idPrefix}-row-${index}`;

  return (
    <div
      ref={scrollRef}
      className="task-table"
      role="grid"
      aria-label={label}
      aria-rowcount={tasks.length + 1}
      aria-readonly="true"
      tabIndex={0}
      aria-activedescendant={selectedIndex >= 0 ? rowId(selectedIndex) : undefined}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="task-table-head">
        <div role="row" aria-rowindex={1} className="task-grid">
          <span role="columnheader">{t('tasks.columns.task')}</span>
          <span role="columnheader">{t('tasks.columns.target')}</span>
          <span role="columnheader">{t('tasks.columns.status')}</span>
          <span role="columnheader">{t('tasks.columns.time')}</span>
          <span role="columnheader">
            <span className="visually-hidden">{t('tasks.columns.action')}</span>
          </span>
        </div>
      </div>
      <div
        role="rowgroup"
        className="task-table-body"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const task = tasks[item.index];
          const selected = item.index === selectedIndex;
          const title = taskTitle(i18n, task);
          const actions = actionsOf(task);
          return (
            <div
              key={task.id}
              id={rowId(item.index)}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              className={selected ? 'task-grid task-row selected' : 'task-grid task-row'}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              onClick={() => onSelect(task.id)}
            >
              <span role="gridcell" className="task-title">
                {title}
              </span>
              <span role="gridcell" className="task-target">
                {taskTarget(i18n, task)}
              </span>
              <span role="gridcell" className="task-status">
                <TaskStatusBadge status={task.status} />
                {task.status === 'running' && (
                  <ProgressBar
                    label={t('tasks.progressLabel', { title })}
                    progress={task.progress}
                    valueText={
                      task.progress ? t('tasks.progressText', { ...task.progress }) : undefined
                    }
                  />
                )}
              </span>
              <span role="gridcell" className="task-time">
                {format.dateTime(timeOf(task))}
              </span>
              <span role="gridcell" className="task-action">
                {actions.cancel && isAvailable(actions.cancel) && (
                  <RowButton
                    label={t('tasks.cancelTask', { title })}
                    icon={X}
                    action={actions.cancel}
                  />
                )}
                {actions.runAgain && isAvailable(actions.runAgain) && (
                  <RowButton
                    label={t('tasks.runAgainTask', { title })}
                    icon={RotateCcw}
                    action={actions.runAgain}
                  />
                )}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
};

const RowButton = ({ label, icon, action }: { label: string; icon: typeof X; action: Action }) => (
  <button
    type="button"
    className="row-button"
    tabIndex={-1}
    aria-label={label}
    title={isAvailable(action) ? label : action.unavailableReason}
    aria-disabled={isAvailable(action) ? undefined : true}
    onClick={(event) => {
      event.stopPropagation();
      if (isAvailable(action)) action.run();
    }}
  >
    <Icon icon={icon} size={14} />
  </button>
);
