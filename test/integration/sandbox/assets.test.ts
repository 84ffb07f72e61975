import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import { PRODUCT_IDS, type RunningSandbox } from '../../../electron/sandbox/index';

describe('GET /assets', () => {
  let sandbox: RunningSandbox;
  let api: SandboxApi;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ pageSize: 5 });
    api = SandboxApi.for(sandbox);
  });
  afterAll(() => sandbox.close());

  it('lists every asset with Apple’s fields, counts adding up', async () => {
    const { rows, firstPage } = await api.all('/assets', 'assets');
    expect(rows).toHaveLength(16);
    expect(firstPage.versionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows.find((a) => a.adamId === PRODUCT_IDS.pages)).toEqual({
      adamId: PRODUCT_IDS.pages,
      pricingParam: 'STDQ',
      productType: 'App',
      assignedCount: 86,
      availableCount: 114,
      retiredCount: 0,
      totalCount: 200,
      deviceAssignable: true,
      revocable: true,
      supportedPlatforms: ['iOS', 'macOS'],
    });
    for (const asset of rows)
      expect(asset.totalCount).toBe(
        asset.assignedCount + asset.availableCount + asset.retiredCount,
      );
    for (const book of rows.filter((a) => a.productType === 'Book'))
      expect([book.deviceAssignable, book.revocable]).toEqual([false, false]);
  });

  it('pages from index 0; nextPageIndex only while another page exists; 9650 beyond', async () => {
    const first = await api.get('/assets');
    expect(first.body).toMatchObject({
      currentPageIndex: 0,
      nextPageIndex: 1,
      size: 5,
      totalPages: 4,
    });
    const last = await api.get('/assets', { pageIndex: 3 });
    expect(last.body).toMatchObject({ currentPageIndex: 3, size: 1, totalPages: 4 });
    expect(last.body).not.toHaveProperty('nextPageIndex');
    for (const pageIndex of [4, -1]) {
      const beyond = await api.get('/assets', { pageIndex });
      expect([beyond.status, beyond.body.errorNumber]).toEqual([400, 9650]);
    }
  });

  it('filters by productType, pricingParam, revocable, deviceAssignable, adamId and counts', async () => {
    const count = async (query: Record<string, string | number | boolean>) =>
      (await api.all('/assets', 'assets', query)).rows;
    expect(await count({ productType: 'Book' })).toHaveLength(4);
    expect(await count({ pricingParam: 'PLUS' })).toEqual([
      expect.objectContaining({ adamId: PRODUCT_IDS.rekenenMetRaaf, pricingParam: 'PLUS' }),
    ]);
    expect(await count({ revocable: false })).toHaveLength(4);
    expect(await count({ deviceAssignable: true, productType: 'App' })).toHaveLength(10);
    expect(await count({ adamId: PRODUCT_IDS.leesladder })).toEqual([
      expect.objectContaining({ availableCount: 12, assignedCount: 23 }),
    ]);
    const scarce = await count({ minAvailableCount: 1, maxAvailableCount: 12 });
    expect(scarce.map((a) => a.availableCount).sort()).toEqual([12, 12, 6]);
    expect((await count({ maxAvailableCount: 0 })).map((a) => a.adamId)).toEqual([
      PRODUCT_IDS.clips,
    ]);
    expect(await count({ minAssignedCount: 100, maxAssignedCount: 120 })).toHaveLength(1);
  });

  it('returns unlimitedAssets for unlimited=true (the sandbox has none)', async () => {
    const { body } = await api.get('/assets', { unlimited: true });
    expect(body.unlimitedAssets).toEqual([]);
    expect(body).not.toHaveProperty('assets');
  });

  it('ignores unknown parameters, including sinceVersionId, which assets does not take', async () => {
    const { status, body } = await api.get('/assets', {
      sinceVersionId: 'whatever',
      colour: 'red',
    });
    expect(status).toBe(200);
    expect(body.size).toBe(5);
  });

  it('rejects a filter with a value of the wrong type with 9602', async () => {
    const queries: Record<string, string>[] = [
      { revocable: 'maybe' },
      { productType: 'Movie' },
      { pageIndex: 'two' },
    ];
    for (const query of queries) {
      const { status, body } = await api.get('/assets', query);
      expect([status, body.errorNumber]).toEqual([400, 9602]);
    }
  });
});
