import type { i18n as I18n } from 'i18next';
import { isActive } from '../../../shared/domain/tasks';
import type { Action } from '../../components/action';
import type { TaskRow } from '../../db/types';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import type { ConsoleServices } from '../../services/console-services';
import { cancelTask } from './cancel-task';
import { startTask } from './start-task';
import { rerunParamsOf } from './task-text';

/** What can be done to a task: Cancel while it runs, Run Again once it ended badly. */
export interface TaskActions {
  cancel?: Action;
  runAgain?: Action;
}

export const taskActionsOf = (
  task: TaskRow,
  { db, api }: Pick<ConsoleServices, 'db' | 'api'>,
  i18n: I18n,
  onError: (message: string) => void,
): TaskActions => {
  const report = (error: unknown) => onError(errorText(i18n, errorInfoOf(error)));
  if (isActive(task.status)) {
    return {
      cancel:
        task.status === 'cancelling'
          ? { unavailableReason: i18n.t('tasks.alreadyCancelling') }
          : { run: () => void cancelTask(db, api, task.id).catch(report) },
    };
  }
  if (task.status === 'succeeded') return {};
  const params = rerunParamsOf(task);
  return {
    runAgain: params
      ? {
          run: () =>
            void startTask(db, api, task.kind, params, {
              target: task.kind === 'apple:checkService' ? undefined : task.target,
            }).catch(report),
        }
      : { unavailableReason: i18n.t('tasks.cannotRunAgain') },
  };
};
