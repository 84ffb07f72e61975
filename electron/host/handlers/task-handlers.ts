import type { Handlers } from '../dispatch';
import type { TaskRunner } from '../../tasks/task-runner';
import { SyncTaskParams } from '../../../shared/domain/sync';
import type { TaskSnapshot } from '../../../shared/domain/tasks';
import { AppError } from '../app-error';

/** Syncs start through the scheduler, which lets no token sync twice at once. */
export type StartSync = (id: string, params: SyncTaskParams) => TaskSnapshot;

export const taskHandlers = (
  runner: TaskRunner,
  startSync?: StartSync,
): Pick<Handlers, 'tasks:start' | 'tasks:list' | 'tasks:cancel' | 'tasks:clearFinished'> => ({
  'tasks:start': (request) => {
    if (request.kind !== 'vpp:sync' || !startSync) return runner.start(request);
    const params = SyncTaskParams.safeParse(request.params);
    if (!params.success)
      throw new AppError('task.badParams', 'This sync doesn’t say which token to sync.', {
        kind: 'vpp:sync',
      });
    return startSync(request.id, params.data);
  },
  'tasks:list': () => runner.list(),
  'tasks:cancel': ({ id }) => runner.cancel(id),
  'tasks:clearFinished': () => runner.clearFinished(),
});
