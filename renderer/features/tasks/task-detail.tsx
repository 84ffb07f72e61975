import { RotateCcw, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { CommandButton } from '../../components/command-button';
import { FieldList, type Field } from '../../components/field-list';
import type { TaskRow } from '../../db/types';
import { useFormatters } from '../../i18n/format';
import type { TaskActions } from './task-actions';
import { TaskStatusBadge } from './task-status';
import { TaskSteps } from './task-steps';
import { appleErrorNumber, taskFacts, taskOutcome, taskTarget, taskTitle } from './task-text';

/** The selected task in full: how it stands, what it found, every step with its timing. */
export const TaskDetail = ({ task, actions }: { task: TaskRow; actions: TaskActions }) => {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const title = taskTitle(i18n, task);
  const outcome = taskOutcome(i18n, task);
  const appleNumber = appleErrorNumber(task);
  const fields: Field[] = [
    { label: t('tasks.fields.target'), value: taskTarget(i18n, task) },
    { label: t('tasks.fields.status'), value: <TaskStatusBadge status={task.status} /> },
    { label: t('tasks.fields.started'), value: format.dateTime(task.createdAt) },
    ...(task.finishedAt
      ? [
          { label: t('tasks.fields.finished'), value: format.dateTime(task.finishedAt) },
          {
            label: t('tasks.fields.duration'),
            value: format.duration(task.finishedAt - task.createdAt),
          },
        ]
      : []),
    ...taskFacts(i18n, task),
    ...(appleNumber ? [{ label: t('tasks.fields.appleError'), value: String(appleNumber) }] : []),
  ];
  return (
    <article className="task-detail" aria-label={title}>
      <header className="task-detail-header">
        <h3 className="task-detail-title">{title}</h3>
        <div className="task-detail-buttons">
          {actions.cancel && (
            <CommandButton
              label={t('tasks.cancel')}
              icon={X}
              action={actions.cancel}
              showLabel
              className="push-button"
            />
          )}
          {actions.runAgain && (
            <CommandButton
              label={t('tasks.runAgain')}
              icon={RotateCcw}
              action={actions.runAgain}
              showLabel
              className="push-button"
            />
          )}
        </div>
      </header>
      {outcome && (
        <p className={task.status === 'failed' ? 'task-outcome failure' : 'task-outcome'}>
          {outcome}
        </p>
      )}
      <FieldList fields={fields} />
      <TaskSteps task={task} />
    </article>
  );
};
