import { useTranslation } from 'react-i18next';
import { isActive } from '../../../shared/domain/tasks';
import type { TaskRow } from '../../db/types';
import { useFormatters } from '../../i18n/format';
import { stepText } from './task-text';

/** Every step the task went through, each with how long after the start it began. */
export const TaskSteps = ({ task }: { task: TaskRow }) => {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const steps = task.steps ?? [];
  if (steps.length === 0) return null;
  const current = isActive(task.status) ? steps.length - 1 : -1;
  return (
    <section className="task-steps" aria-label={t('tasks.stepsLabel')}>
      <h4 className="task-steps-title">{t('tasks.stepsLabel')}</h4>
      <ol>
        {steps.map((step, index) => (
          <li key={`${index}-${step.key}`} aria-current={index === current ? 'step' : undefined}>
            <span className="step-time">{format.offset(step.at - task.createdAt)}</span>
            <span className="step-text">{stepText(i18n, step.key, step.params)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
};
