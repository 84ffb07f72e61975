import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import type { RunningSandbox } from '../../../electron/sandbox/index';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const keyOf = (row: any) =>
  `${row.adamId}/${row.pricingParam}/${row.clientUserId ?? `d:${row.serialNumber}`}`;

const expectConsistentCounts = async (api: SandboxApi) => {
  for (const asset of (await api.all('/assets', 'assets')).rows) {
    expect(asset.availableCount).toBeGreaterThanOrEqual(0);
    expect(asset.totalCount).toBe(asset.assignedCount + asset.availableCount + asset.retiredCount);
  }
};

describe('sandbox churn (ordinary use between two syncs)', () => {
  let sandbox: RunningSandbox;
  let api: SandboxApi;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = SandboxApi.for(sandbox);
  });
  afterAll(() => sandbox.close());

  const adminChurn = async (body: unknown) => {
    const response = await fetch(`${sandbox.origin}/sandbox-admin/churn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };

  it('moves a fraction of the licences to other users in one new version; the delta lists them', async () => {
    const before = await api.all('/assignments', 'assignments');
    const beforeKeys = new Set(before.rows.map(keyOf));
    const result = sandbox.admin.churn(0.05);
    // 737 assignments, 2 of them books kept by retired users: 5 % of 735 is 37.
    expect(result).toMatchObject({ changed: 37, disassociated: 37, associated: 37 });
    expect(result.reassigned).toBeGreaterThanOrEqual(18);
    expect(result.assignments).toBe(before.rows.length);

    const delta = await api.all('/assignments', 'assignments', {
      sinceVersionId: before.firstPage.versionId,
    });
    expect(delta.firstPage.versionId).toBe(result.versionId);
    expect(delta.firstPage.versionId).not.toBe(before.firstPage.versionId);
    expect(delta.rows).toHaveLength(37);
    for (const row of delta.rows) {
      expect(row).toHaveProperty('clientUserId');
      expect(beforeKeys.has(keyOf(row))).toBe(false);
    }

    const after = new Set((await api.all('/assignments', 'assignments')).rows.map(keyOf));
    expect([...beforeKeys].filter((key) => !after.has(key))).toHaveLength(37);
    await expectConsistentCounts(api);
  });

  it('answers over HTTP, per location, and refuses a fraction outside 0..1', async () => {
    const annex = SandboxApi.for(sandbox, 'expiringSoon');
    const { versionId } = (await annex.get('/assignments')).body;
    const churned = await adminChurn({ fraction: 0.5, location: 'expiringSoon' });
    expect(churned.status).toBe(200);
    expect(churned.body.changed).toBe(14); // half of the annex's 28
    const delta = await annex.get('/assignments', { sinceVersionId: versionId });
    expect(delta.body.assignments).toHaveLength(churned.body.associated);
    await expectConsistentCounts(annex);

    expect((await adminChurn({ fraction: 0 })).body.changed).toBe(0);
    for (const fraction of [1.5, -0.1, '0.01', null]) {
      const refused = await adminChurn({ fraction });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatch(/fraction must be a number from 0 to 1/);
    }
    expect((await adminChurn({ fraction: 0.1, location: 'mars' })).status).toBe(400);
  });

  it('changes 1 % of the large seed’s 200,000 assignments: a delta of about 2,000 records', async () => {
    const large = await startTestSandbox({ seed: 'large', pageSize: 1000 });
    try {
      const largeApi = SandboxApi.for(large);
      const { versionId } = (await largeApi.get('/assignments')).body;
      const started = performance.now();
      const result = large.admin.churn(0.01);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(result.changed).toBe(2_000);
      expect(result.associated).toBe(2_000);
      expect(result.assignments).toBe(200_000);
      const delta = await largeApi.all('/assignments', 'assignments', {
        sinceVersionId: versionId,
      });
      expect(delta.rows).toHaveLength(2_000);
      expect(delta.firstPage.totalPages).toBe(2);
      expect(large.admin.location().counts.assignments).toBe(200_000);
    } finally {
      await large.close();
    }
  });
});
