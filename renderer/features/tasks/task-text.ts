import type { i18n as I18n } from 'i18next';
import type { TaskKind } from '../../../shared/domain/tasks';
import type { TaskRow } from '../../db/types';
import { errorText } from '../../i18n/error-text';

interface KindTexts {
  title(i18n: I18n): string;
  result(i18n: I18n, result: NonNullable<TaskRow['result']>): string;
  /** The target read from the task itself, for tasks this window did not start. */
  fallbackTarget?(task: TaskRow): string | undefined;
}

const stringOr = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** Per kind: its title and how its result reads. A new kind fails the type check until added. */
const kindTexts: Record<TaskKind, KindTexts> = {
  'apple:checkService': {
    title: (i18n) => i18n.t('tasks.kinds.checkAppleService'),
    result: (i18n, result) => i18n.t('tasks.results.checkAppleService', result),
    fallbackTarget: (task) => stringOr(task.result?.url) ?? stringOr(task.stepParams?.url),
  },
};

export const taskTitle = (i18n: I18n, task: Pick<TaskRow, 'kind'>): string =>
  kindTexts[task.kind].title(i18n);

export const taskTarget = (i18n: I18n, task: TaskRow): string | undefined => {
  if (task.target) return task.target;
  if (task.targetKey) return i18n.t(task.targetKey as never);
  return kindTexts[task.kind].fallbackTarget?.(task);
};

/** The current step in words; main sends i18n keys (`tasks.steps.*`) with their params. */
export const taskStep = (i18n: I18n, task: TaskRow): string => {
  if (task.step && i18n.exists(task.step)) return i18n.t(task.step as never, task.stepParams);
  return i18n.t('tasks.steps.working');
};

/** One line for Completed Tasks: the plain-language error, or what the task found. */
export const taskOutcome = (i18n: I18n, task: TaskRow): string | undefined => {
  if (task.error) return errorText(i18n, task.error);
  if (task.result) return kindTexts[task.kind].result(i18n, task.result);
  return undefined;
};
