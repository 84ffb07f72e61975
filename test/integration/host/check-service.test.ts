import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/host/host';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { APPLE_SERVICE_URL } from '../../../shared/domain/settings';
import type { TaskSnapshot } from '../../../shared/domain/tasks';
import { startTestSandbox } from '../vpp/sandbox-fixture';

const browser = { frontDoor: 'browser' } as const;

/** A loopback address where nothing listens (a port we held for a moment, then let go). */
const deadAddress = async (): Promise<string> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/mdm/v2`;
};

const call = async (host: Host, channel: string, payload?: unknown) => {
  const result = await host.dispatch(channel, payload, browser);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

/** Starts a check with `params` and collects every snapshot of it until it ends. */
const check = async (host: Host, params: unknown) => {
  const id = crypto.randomUUID();
  const seen: TaskSnapshot[] = [];
  const ended = new Promise<TaskSnapshot>((resolve) => {
    const off = host.subscribe((event, payload) => {
      const task = payload as TaskSnapshot;
      if (event !== 'tasks:changed' || task.id !== id) return;
      seen.push(task);
      if (task.finishedAt !== null) {
        off();
        resolve(task);
      }
    });
  });
  await call(host, 'tasks:start', { id, kind: 'apple:checkService', params });
  return { task: await ended, seen };
};

describe('Check Connection checks the service its task names', () => {
  let builtIn: RunningSandbox;
  let other: RunningSandbox;
  let sandboxStarts = 0;
  let host: Host;
  let dead: string;

  beforeAll(async () => {
    [builtIn, other] = await Promise.all([
      startTestSandbox({ rps: 7 }),
      startTestSandbox({ rps: 11 }),
    ]);
    dead = await deadAddress();
    host = await createHost({
      dataDir: await mkdtemp(join(tmpdir(), 'vpp-check-')),
      frontDoor: 'browser',
      appVersion: '0.0.0-test',
      systemLocale: 'en-US',
      startSandbox: async () => {
        sandboxStarts += 1;
        return { baseUrl: builtIn.baseUrl, close: async () => {} };
      },
      log: () => {},
    });
    // What is saved is neither of the services checked below: the check must not read it.
    await call(host, 'settings:update', { appleService: { mode: 'custom', customUrl: dead } });
  });

  afterAll(async () => {
    await host.close();
    await Promise.all([builtIn.close(), other.close()]);
  });

  it('checks a custom address from its params, whatever Settings has saved', async () => {
    const { task, seen } = await check(host, { service: 'custom', url: other.baseUrl });
    expect(task).toMatchObject({
      status: 'succeeded',
      params: { service: 'custom', url: other.baseUrl },
      result: { service: 'custom', url: other.baseUrl, maxRequestPerSecond: 11 },
    });
    expect(task.result?.errorCodes).toBeGreaterThan(10);
    expect(typeof task.result?.latencyMs).toBe('number');
    expect(seen.map((s) => [s.step, s.stepParams])).toContainEqual([
      'tasks.steps.contacting',
      { service: 'custom', url: other.baseUrl },
    ]);
    expect(seen.map((s) => s.step)).toEqual(
      expect.arrayContaining(['tasks.steps.resolving', 'tasks.steps.reading']),
    );
  });

  it('checks the built-in sandbox, started on first use, and never shows its random port', async () => {
    const { task, seen } = await check(host, { service: 'sandbox' });
    expect(sandboxStarts).toBe(1);
    expect(task).toMatchObject({
      status: 'succeeded',
      result: { service: 'sandbox', maxRequestPerSecond: 7 },
    });
    expect(task.result).not.toHaveProperty('url');
    const port = String(builtIn.port);
    for (const snapshot of seen) {
      expect(JSON.stringify([snapshot.stepParams, snapshot.result])).not.toContain(port);
    }
    expect(seen.map((s) => [s.step, s.stepParams])).toContainEqual([
      'tasks.steps.contacting',
      { service: 'sandbox' },
    ]);
    await check(host, { service: 'sandbox' });
    expect(sandboxStarts).toBe(1);
  });

  it('names Apple’s address while it contacts Apple', async () => {
    const id = crypto.randomUUID();
    const contacting = new Promise<TaskSnapshot>((resolve) => {
      const off = host.subscribe((event, payload) => {
        const task = payload as TaskSnapshot;
        if (event === 'tasks:changed' && task.id === id && task.step === 'tasks.steps.contacting') {
          off();
          resolve(task);
        }
      });
    });
    await call(host, 'tasks:start', {
      id,
      kind: 'apple:checkService',
      params: { service: 'apple' },
    });
    expect((await contacting).stepParams).toEqual({ service: 'apple', url: APPLE_SERVICE_URL });
    await call(host, 'tasks:cancel', { id }); // there is no Apple to reach from here
  });

  it('runs again what ran: the same params check the same service after Settings changed', async () => {
    const first = await check(host, { service: 'custom', url: other.baseUrl });
    await call(host, 'settings:update', { appleService: { mode: 'sandbox' } });
    const again = await check(host, first.task.params);
    expect(again.task.result).toMatchObject({ service: 'custom', url: other.baseUrl });
    await call(host, 'settings:update', { appleService: { mode: 'custom', customUrl: dead } });
  });

  it('fails a check whose params do not say what to check with task.badParams, contacting nothing', async () => {
    const starts = sandboxStarts;
    for (const params of [
      {}, // what a console before this version sent, and Run Again would repeat
      { service: 'elsewhere' },
      { service: 'custom' },
      { service: 'custom', url: 'http://vpp.school.example/mdm/v2' }, // plain http off this computer
    ]) {
      const { task, seen } = await check(host, params);
      expect(task).toMatchObject({ status: 'failed', error: { code: 'task.badParams' } });
      expect(seen.some((s) => s.step === 'tasks.steps.contacting')).toBe(false);
    }
    expect(sandboxStarts).toBe(starts);
  });

  it('says which service did not answer: a custom address', async () => {
    const custom = await check(host, { service: 'custom', url: dead });
    expect(custom.task).toMatchObject({
      status: 'failed',
      error: { code: 'network.unreachable', params: { service: 'custom' } },
    });
    expect(String(custom.task.error?.params?.url)).toContain(dead.replace('/mdm/v2', ''));
  });
});

describe('a built-in sandbox that does not answer', () => {
  it('fails with the service named as the built-in sandbox', async () => {
    const dead = await deadAddress();
    const host = await createHost({
      dataDir: await mkdtemp(join(tmpdir(), 'vpp-check-')),
      frontDoor: 'browser',
      appVersion: '0.0.0-test',
      systemLocale: 'en-US',
      startSandbox: async () => ({ baseUrl: dead, close: async () => {} }),
      log: () => {},
    });
    const { task } = await check(host, { service: 'sandbox' });
    expect(task).toMatchObject({
      status: 'failed',
      error: { code: 'network.unreachable', params: { service: 'sandbox' } },
    });
    await host.close();
  });
});
