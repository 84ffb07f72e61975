import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskSnapshot } from '../../../shared/domain/tasks';
import type { TokenSnapshot } from '../../../shared/domain/tokens';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { FAST_EVENTS, startTestSandbox } from '../vpp/sandbox-fixture';
import {
  addToken,
  keychainOptions,
  startTokenConsole,
  type TokenConsole,
} from '../tokens/token-console';
import { pupils } from './registration-harness';

/** vppUsers:register and vppUsers:retire through the host, as both front doors serve them. */
describe('registration through the host', () => {
  let sandbox: RunningSandbox;
  let console: TokenConsole;
  let token: TokenSnapshot;

  beforeEach(async () => {
    sandbox = await startTestSandbox({ log: () => undefined });
    console = await startTokenConsole(sandbox, {
      ...keychainOptions(),
      registrationEventPolling: FAST_EVENTS,
    });
    token = await addToken(console, sandbox.tokens.demo, 'Hoofdgebouw');
  });
  afterEach(async () => {
    await console.close();
    await sandbox.close();
  });

  const taskEvents = () =>
    console.events
      .filter((entry) => entry.event === 'tasks:changed')
      .map((entry) => entry.payload as TaskSnapshot);
  const finishedTask = (id: string) =>
    taskEvents().find((task) => task.id === id && task.finishedAt !== null);
  const finished = async (id: string) => {
    await expect.poll(() => finishedTask(id), { timeout: 10_000 }).toBeDefined();
    return finishedTask(id)!;
  };

  const syncTasks = () => taskEvents().filter((task) => task.kind === 'vpp:sync');

  it('writes the batch to the data folder, runs it as a task with small params, then asks a delta sync', async () => {
    const users = pupils(3);
    const { task } = await console.call<{ task: TaskSnapshot }>('vppUsers:register', {
      tokenId: token.id,
      users,
      targetName: 'Groep 7B',
    });
    expect(task).toMatchObject({ kind: 'vpp:registerUsers', status: 'queued' });
    expect(task.params).toEqual({
      batchId: expect.any(String),
      tokenId: token.id,
      tokenName: 'Hoofdgebouw',
      targetName: 'Groep 7B',
      count: 3,
    });
    const file = JSON.parse(
      await readFile(join(console.dataDir, 'registrations', `${task.params.batchId}.json`), 'utf8'),
    );
    expect(file).toMatchObject({ operation: 'register', tokenId: token.id, users });

    const done = await finished(task.id);
    expect(done.status).toBe('succeeded');
    expect(done.result).toMatchObject({ requested: 3, succeeded: 3, failed: 0, requests: 1 });
    for (const user of users)
      expect(sandbox.admin.users('demo', { clientUserId: user.clientUserId })).toHaveLength(1);
    // No window pulls in this test, so the delta sync waits for one; it was asked for.
    expect(syncTasks().some((sync) => sync.params.mode === 'delta')).toBe(true);

    // Run Again goes through tasks:start with the same params: the same clientUserIds.
    const again = await console.call<TaskSnapshot>('tasks:start', {
      id: crypto.randomUUID(),
      kind: 'vpp:registerUsers',
      params: task.params,
    });
    expect((await finished(again.id)).result).toMatchObject({ succeeded: 3, linked: 3 });
  });

  it('retires users as a task', async () => {
    const users = pupils(2);
    const { task } = await console.call<{ task: TaskSnapshot }>('vppUsers:register', {
      tokenId: token.id,
      users,
      targetName: 'Groep 7B',
    });
    await finished(task.id);
    const retire = await console.call<{ task: TaskSnapshot }>('vppUsers:retire', {
      tokenId: token.id,
      clientUserIds: users.map((user) => user.clientUserId),
      targetName: 'Groep 7B',
    });
    expect(retire.task.kind).toBe('vpp:retireUsers');
    expect((await finished(retire.task.id)).result).toMatchObject({ requested: 2, succeeded: 2 });
    for (const user of users)
      expect(sandbox.admin.users('demo', { clientUserId: user.clientUserId })[0]?.status).toBe(
        'Retired',
      );
  });

  it('refuses a token it doesn’t know, in plain words, and starts nothing', async () => {
    const error = await console.failure('vppUsers:register', {
      tokenId: 'no-such-token',
      users: pupils(1),
      targetName: 'Groep 7B',
    });
    expect(error).toMatchObject({ code: 'tokens.notFound' });
    expect(taskEvents().some((task) => task.kind === 'vpp:registerUsers')).toBe(false);
  });
});
