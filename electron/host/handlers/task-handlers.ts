import type { Handlers } from '../dispatch';
import type { TaskRunner } from '../../tasks/task-runner';

export const taskHandlers = (
  runner: TaskRunner,
): Pick<Handlers, 'tasks:start' | 'tasks:list' | 'tasks:cancel' | 'tasks:clearFinished'> => ({
  'tasks:start': (request) => runner.start(request),
  'tasks:list': () => runner.list(),
  'tasks:cancel': ({ id }) => runner.cancel(id),
  'tasks:clearFinished': () => runner.clearFinished(),
});
