import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import type { RunningSandbox } from '../../../electron/sandbox/index';

describe('large seed', () => {
  let sandbox: RunningSandbox;
  let startMs: number;
  beforeAll(async () => {
    const started = performance.now();
    sandbox = await startTestSandbox({ seed: 'large' });
    startMs = performance.now() - started;
  });
  afterAll(() => sandbox.close());

  it('starts within a few seconds with 2,000 assets, 50,000 users and 200,000 assignments', () => {
    expect(startMs).toBeLessThan(8_000);
    expect(sandbox.admin.location().counts).toMatchObject({
      assets: 2000,
      assignments: 200_000,
      users: { Associated: 40_000, Registered: 8_500, Retired: 1_500 },
    });
  });

  it('pages through all 200,000 assignments quickly, with consistent counts', async () => {
    const api = SandboxApi.for(sandbox);
    const started = performance.now();
    const { rows, firstPage } = await api.all('/assignments', 'assignments');
    const elapsed = performance.now() - started;
    expect(rows).toHaveLength(200_000);
    expect(firstPage.totalPages).toBe(400);
    expect(elapsed).toBeLessThan(10_000);
    const assets = (await api.all('/assets', 'assets')).rows;
    const assigned = assets.reduce((sum, a) => sum + a.assignedCount, 0);
    expect(assigned).toBe(200_000);
    for (const asset of assets) {
      expect(asset.availableCount).toBeGreaterThanOrEqual(0);
      expect(asset.totalCount).toBe(
        asset.assignedCount + asset.availableCount + asset.retiredCount,
      );
    }
  });

  it('answers a delta on 50,000 users with just the change', async () => {
    const api = SandboxApi.for(sandbox);
    const { versionId } = (await api.get('/users')).body;
    await api.run('/users/create', { users: [{ clientUserId: 'large-new-1' }] });
    const started = performance.now();
    const delta = (await api.get('/users', { sinceVersionId: versionId })).body;
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(delta.users).toEqual([
      expect.objectContaining({ clientUserId: 'large-new-1', status: 'Registered' }),
    ]);
  });
});
