import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RegistrationUser } from '../../../shared/domain/vpp-registration';
import type { TaskSnapshot } from '../../../shared/domain/tasks';
import { createRegistrationServices } from '../../../electron/registration/create-registration-services';
import type { RegistrationBatchStore } from '../../../electron/registration/registration-batch-store';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { TaskRunner } from '../../../electron/tasks/task-runner';
import type { VppClient } from '../../../electron/vpp/client';
import { FAST_EVENTS, clientOf } from '../vpp/sandbox-fixture';
import { taskFinished } from '../tasks/task-finished';

export const TOKEN_ID = 'token-1';

export interface RegistrationHarness {
  client: VppClient;
  runner: TaskRunner;
  batches: RegistrationBatchStore;
  dataDir: string;
  /** Tokens the jobs asked a delta sync for, in order. */
  syncsAsked: string[];
  /** Error numbers the jobs marked the token refused with. */
  refused: number[];
  register(users: RegistrationUser[]): Promise<TaskSnapshot>;
  retire(clientUserIds: string[]): Promise<TaskSnapshot>;
  /** Run Again: the same kind and params under a new id, as the renderer starts it. */
  runAgain(task: TaskSnapshot): Promise<TaskSnapshot>;
  finished(id: string): Promise<TaskSnapshot>;
  close(): Promise<void>;
}

/**
 * The registration jobs as host.ts wires them (batch files in a data folder, the task runner)
 * against a real sandbox over HTTP, with Apple's polling advice shortened.
 */
export const registrationHarness = async (
  sandbox: RunningSandbox,
  token: keyof RunningSandbox['tokens'] = 'demo',
): Promise<RegistrationHarness> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'vpp-registration-'));
  const client = clientOf(sandbox, token);
  const syncsAsked: string[] = [];
  const refused: number[] = [];
  const { batches, jobs } = createRegistrationServices({
    dataDir,
    tokens: {
      clientFor: async () => client,
      markRefused: (_tokenId, errorNumber) => refused.push(errorNumber),
    },
    tasks: () => tasks.list(),
    syncSoon: (tokenId) => syncsAsked.push(tokenId),
    eventPolling: FAST_EVENTS,
  });
  const tasks = new TaskRunner(jobs);

  const finished = (id: string) => taskFinished(tasks, id);

  const run = async (operation: 'register' | 'retire', users: RegistrationUser[]) => {
    const batchId = await batches.save({ operation, tokenId: TOKEN_ID, users });
    const task = tasks.start({
      id: randomUUID(),
      kind: operation === 'register' ? 'vpp:registerUsers' : 'vpp:retireUsers',
      params: {
        batchId,
        tokenId: TOKEN_ID,
        tokenName: 'Demo',
        targetName: 'Groep 7B',
        count: users.length,
      },
    });
    return finished(task.id);
  };

  return {
    client,
    runner: tasks,
    batches,
    dataDir,
    syncsAsked,
    refused,
    register: (users) => run('register', users),
    retire: (clientUserIds) =>
      run(
        'retire',
        clientUserIds.map((clientUserId) => ({ clientUserId })),
      ),
    runAgain: (task) =>
      finished(tasks.start({ id: randomUUID(), kind: task.kind, params: task.params }).id),
    finished,
    close: () => tasks.close(),
  };
};

/** Pupils as the renderer sends them: a random GUID per user and token, never the email. */
export const pupils = (count: number, domain = 'leerling.regenboog.example'): RegistrationUser[] =>
  Array.from({ length: count }, (_, index) => ({
    clientUserId: randomUUID(),
    email: `leerling${index + 1}@${domain}`,
  }));
