import { describe, expect, it } from 'vitest';
import { VppApiError } from '../../../electron/vpp/errors';
import { fetchAllPages } from '../../../electron/vpp/paginate';

interface Page {
  currentPageIndex?: number;
  nextPageIndex?: number;
  totalPages?: number;
  versionId?: string;
  items: number[];
}

const page = (index: number, totalPages: number, versionId = 'v1'): Page => ({
  currentPageIndex: index,
  ...(index + 1 < totalPages ? { nextPageIndex: index + 1 } : {}),
  totalPages,
  versionId,
  items: [index * 10, index * 10 + 1],
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('fetchAllPages', () => {
  it('reads one page when there is no nextPageIndex', async () => {
    const requested: number[] = [];
    const result = await fetchAllPages({
      path: '/assets',
      fetchPage: async (index) => (requested.push(index), page(index, 1)),
    });
    expect(requested).toEqual([0]);
    expect(result.pages.flatMap((p) => p.items)).toEqual([0, 1]);
    expect(result.versionId).toBe('v1');
  });

  it('reads the rest in parallel, never more than five at a time, in page order', async () => {
    let inFlight = 0;
    let most = 0;
    const progress: string[] = [];
    const result = await fetchAllPages({
      path: '/assets',
      maxParallel: 50,
      onProgress: (read, total) => progress.push(`${read}/${total}`),
      fetchPage: async (index) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await tick();
        inFlight--;
        return page(index, 12);
      },
    });
    expect(most).toBe(5);
    expect(result.pages.map((p) => p.currentPageIndex)).toEqual([...Array(12).keys()]);
    expect(progress.at(-1)).toBe('12/12');
    expect(result.passes).toBe(1);
  });

  it('starts over when the versionId changes between pages', async () => {
    let pass = 0;
    const result = await fetchAllPages({
      path: '/users',
      fetchPage: async (index) => {
        if (index === 0) pass++;
        // During the first pass page 2 already shows the new version.
        const version = pass === 1 && index !== 2 ? 'v1' : 'v2';
        return page(index, 3, version);
      },
    });
    expect(result.passes).toBe(2);
    expect(result.versionId).toBe('v2');
  });

  it('treats 9650 (page out of range) as the list having shrunk, and starts over', async () => {
    let pass = 0;
    const result = await fetchAllPages({
      path: '/assignments',
      fetchPage: async (index) => {
        if (index === 0) pass++;
        if (pass === 1 && index === 3) {
          throw new VppApiError({
            errorNumber: 9650,
            errorMessage: 'out of range',
            httpStatus: 400,
          });
        }
        return pass === 1 ? page(index, 4) : page(index, 3, 'v2');
      },
    });
    expect(result.pages).toHaveLength(3);
    expect(result.passes).toBe(2);
  });

  it('does not compare fields Apple leaves out on later pages', async () => {
    const requested: number[] = [];
    const result = await fetchAllPages({
      path: '/users',
      fetchPage: async (index) => {
        requested.push(index);
        const full = page(index, 4);
        if (index === 0) return full;
        const { currentPageIndex: _c, totalPages: _t, versionId: _v, ...rest } = full;
        return rest;
      },
    });
    expect(result.passes).toBe(1);
    expect(requested.sort()).toEqual([0, 1, 2, 3]);
  });

  it('follows nextPageIndex when the first page does not say how many there are', async () => {
    const progress: string[] = [];
    const result = await fetchAllPages({
      path: '/assignments',
      onProgress: (read, total) => progress.push(`${read}/${total}`),
      fetchPage: async (index) => {
        const { totalPages: _t, ...rest } = page(index, 3);
        return rest;
      },
    });
    expect(result.pages.flatMap((p) => p.items)).toEqual([0, 1, 10, 11, 20, 21]);
    expect(progress).toEqual(['1/2', '2/3', '3/3']);
  });

  it('gives up with vpp.dataKeptChanging when the data never holds still', async () => {
    let version = 0;
    const attempt = fetchAllPages({
      path: '/users',
      maxRestarts: 2,
      fetchPage: async (index) => page(index, 2, `v${version++}`),
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'vpp.dataKeptChanging',
      params: { path: '/users', attempts: 3 },
    });
  });

  it('passes other errors through without starting over', async () => {
    let calls = 0;
    const failure = new VppApiError({
      errorNumber: 9625,
      errorMessage: 'revoked',
      httpStatus: 401,
    });
    const attempt = fetchAllPages({
      path: '/assets',
      fetchPage: async (index) => {
        calls++;
        if (index === 1) throw failure;
        return page(index, 3);
      },
    });
    await expect(attempt).rejects.toBe(failure);
    expect(calls).toBeLessThanOrEqual(3);
  });
});
