import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/host/host';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import type { TaskSnapshot } from '../../../shared/domain/tasks';
import { startTestSandbox } from '../vpp/sandbox-fixture';

const browser = { frontDoor: 'browser' } as const;

/** The discovery document takes 9 s to answer: the check is stuck on the network. */
const SLOW_CONFIG = 'slow:ms=9000:path=/service/config';

const call = async (host: Host, channel: string, payload?: unknown) => {
  const result = await host.dispatch(channel, payload, browser);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as TaskSnapshot;
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

describe('cancelling a connection check against a service that is slow to answer', () => {
  let sandbox: RunningSandbox;
  let host: Host;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ faults: SLOW_CONFIG });
    host = await createHost({
      dataDir: await mkdtemp(join(tmpdir(), 'vpp-cancel-')),
      frontDoor: 'browser',
      appVersion: '0.0.0-test',
      systemLocale: 'en-US',
      // The built-in sandbox is this slow one; the probe is the real one, over loopback HTTP.
      startSandbox: async () => ({ baseUrl: sandbox.baseUrl, close: async () => {} }),
      log: () => {},
    });
  });

  afterAll(async () => {
    await host.close();
    await sandbox.close();
  });

  /** Starts a check, waits until its request is out, cancels it: how long until it ends? */
  const cancelWhileContacting = async (params: Record<string, string>) => {
    const id = crypto.randomUUID();
    const contacting = waitFor(host, id, (task) => task.step === 'tasks.steps.contacting');
    await call(host, 'tasks:start', { id, kind: 'apple:checkService', params });
    await contacting;
    await new Promise((resolve) => setTimeout(resolve, 300)); // the request is at the sandbox
    const ended = waitFor(host, id, (task) => task.finishedAt !== null);
    const asked = Date.now();
    const answer = await call(host, 'tasks:cancel', { id });
    const task = await ended;
    return { answer, task, tookMs: Date.now() - asked };
  };

  it('shows cancelling at once and ends cancelled within a second, not after 9', async () => {
    const { answer, task, tookMs } = await cancelWhileContacting({ service: 'sandbox' });
    expect(answer).toMatchObject({ status: 'cancelling', finishedAt: null });
    expect(task).toMatchObject({ status: 'cancelled', error: { code: 'task.cancelled' } });
    expect(tookMs).toBeLessThan(1000);
  });

  it('does the same for a custom address', async () => {
    const { task, tookMs } = await cancelWhileContacting({
      service: 'custom',
      url: sandbox.baseUrl,
    });
    expect(task).toMatchObject({ status: 'cancelled', error: { code: 'task.cancelled' } });
    expect(tookMs).toBeLessThan(1000);
  });

  it('ends a check still waiting for a place as cancelled at once, and it never runs', async () => {
    const ids = [1, 2, 3].map(() => crypto.randomUUID());
    const contacting = ids
      .slice(0, 2)
      .map((id) => waitFor(host, id, (task) => task.step === 'tasks.steps.contacting'));
    for (const id of ids) {
      await call(host, 'tasks:start', {
        id,
        kind: 'apple:checkService',
        params: { service: 'sandbox' },
      });
    }
    await Promise.all(contacting);
    const waiting = (await host.dispatch('tasks:list', undefined, browser)) as {
      value: TaskSnapshot[];
    };
    expect(waiting.value.find((task) => task.id === ids[2])).toMatchObject({ status: 'queued' });

    expect(await call(host, 'tasks:cancel', { id: ids[2] })).toMatchObject({
      status: 'cancelled',
      step: null,
      progress: null,
      error: { code: 'task.cancelled' },
    });
    const ended = ids
      .slice(0, 2)
      .map((id) => waitFor(host, id, (task) => task.finishedAt !== null));
    for (const id of ids.slice(0, 2)) await call(host, 'tasks:cancel', { id });
    expect((await Promise.all(ended)).map((task) => task.status)).toEqual([
      'cancelled',
      'cancelled',
    ]);
  });
});
