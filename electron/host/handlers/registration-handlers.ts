import { randomUUID } from 'node:crypto';
import type { RegistrationParams, RegistrationUser } from '../../../shared/domain/vpp-registration';
import type { TaskKind, TaskSnapshot } from '../../../shared/domain/tasks';
import type { TokenSnapshot } from '../../../shared/domain/tokens';
import type { RegistrationBatchStore } from '../../registration/registration-batch-store';
import type { TaskRunner } from '../../tasks/task-runner';
import { tokenErrors } from '../../tokens/token-errors';
import type { Handlers } from '../dispatch';

export interface RegistrationHandlerDeps {
  tokens: { get(id: string): TokenSnapshot | undefined };
  batches: Pick<RegistrationBatchStore, 'save'>;
  runner: Pick<TaskRunner, 'start'>;
}

/**
 * Register and Remove from Program: the users go to a batch file first (task params stay
 * small, and Run Again repeats the same clientUserIds), then the task that sends them starts.
 */
export const registrationHandlers = (
  deps: RegistrationHandlerDeps,
): Pick<Handlers, 'vppUsers:register' | 'vppUsers:retire'> => {
  const start = async (
    kind: TaskKind,
    operation: 'register' | 'retire',
    request: { tokenId: string; targetName: string; users: RegistrationUser[] },
  ): Promise<{ task: TaskSnapshot }> => {
    const token = deps.tokens.get(request.tokenId);
    if (!token) throw tokenErrors.notFound();
    const batchId = await deps.batches.save({
      operation,
      tokenId: token.id,
      users: request.users,
    });
    const params: RegistrationParams = {
      batchId,
      tokenId: token.id,
      tokenName: token.name,
      targetName: request.targetName,
      count: request.users.length,
    };
    return { task: deps.runner.start({ id: randomUUID(), kind, params }) };
  };
  return {
    'vppUsers:register': (request) => start('vpp:registerUsers', 'register', request),
    'vppUsers:retire': (request) =>
      start('vpp:retireUsers', 'retire', {
        ...request,
        users: request.clientUserIds.map((clientUserId) => ({ clientUserId })),
      }),
  };
};
