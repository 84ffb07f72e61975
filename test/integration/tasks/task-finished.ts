import { ACTIVE_STATUSES, type TaskSnapshot } from '../../../shared/domain/tasks';
import type { TaskRunner } from '../../../electron/tasks/task-runner';

/** Resolves with the task once it is no longer active (succeeded, failed, canceled…). */
export const taskFinished = (runner: TaskRunner, id: string) =>
  new Promise<TaskSnapshot>((resolve) => {
    const done = (task: TaskSnapshot) => {
      if (task.id !== id || ACTIVE_STATUSES.includes(task.status)) return;
      unsubscribe();
      resolve(task);
    };
    const unsubscribe = runner.onChange(done);
    const now = runner.get(id);
    if (now) done(now);
  });
