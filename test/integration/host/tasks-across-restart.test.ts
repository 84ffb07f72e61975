import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/host/host';
import type { TaskSnapshot } from '../../../shared/domain/tasks';

const browser = { frontDoor: 'browser' } as const;

/** A host on `dataDir` whose Apple service answers at once, or never when `hang` is set. */
const startHost = (dataDir: string, service: { hang: boolean }) =>
  createHost({
    dataDir,
    frontDoor: 'browser',
    appVersion: '0.0.0-test',
    systemLocale: 'en-GB',
    startSandbox: async () => ({ baseUrl: 'http://127.0.0.1:9/mdm/v2', close: async () => {} }),
    probe: (_url, signal) =>
      service.hang
        ? new Promise((_resolve, reject) =>
            signal.addEventListener('abort', () => reject(new Error('stopped'))),
          )
        : Promise.resolve({ errorCodes: 60, maxRequestPerSecond: 15 }),
    log: () => {},
  });

const call = async (host: Host, channel: string, payload?: unknown) => {
  const result = await host.dispatch(channel, payload, browser);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const waitFor = (host: Host, id: string, until: (task: TaskSnapshot) => boolean) =>
  new Promise<TaskSnapshot>((resolve) => {
    const off = host.subscribe((event, payload) => {
      const task = payload as TaskSnapshot;
      if (event === 'tasks:changed' && task.id === id && until(task)) {
        off();
        resolve(task);
      }
    });
  });

describe('tasks:list after the console restarts on the same data folder', () => {
  it('reports how a task ended while no window was open, and which one the restart cut off', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vpp-restart-'));
    const service = { hang: false };
    const first = await startHost(dataDir, service);

    const finishedId = crypto.randomUUID();
    const finished = waitFor(first, finishedId, (task) => task.finishedAt !== null);
    await call(first, 'tasks:start', {
      id: finishedId,
      kind: 'apple:checkService',
      params: { service: 'sandbox' },
    });
    await finished;

    service.hang = true;
    const cutOffId = crypto.randomUUID();
    const contacting = waitFor(first, cutOffId, (task) => task.step === 'tasks.steps.contacting');
    await call(first, 'tasks:start', {
      id: cutOffId,
      kind: 'apple:checkService',
      params: { service: 'sandbox' },
    });
    await contacting;
    await first.close();

    const second = await startHost(dataDir, service);
    const tasks = (await call(second, 'tasks:list')) as TaskSnapshot[];
    expect(tasks.find((task) => task.id === finishedId)).toMatchObject({
      status: 'succeeded',
      progress: { done: 3, total: 3 },
      result: { errorCodes: 60, maxRequestPerSecond: 15 },
      error: null,
    });
    expect(tasks.find((task) => task.id === cutOffId)).toMatchObject({
      status: 'interrupted',
      progress: { done: 1, total: 3 },
      error: { code: 'task.interrupted' },
    });
    await second.close();
  });
});
