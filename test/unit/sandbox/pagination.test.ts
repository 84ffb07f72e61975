import { describe, expect, it } from 'vitest';
import { AppleError } from '../../../electron/sandbox/apple/error-catalogue';
import { paginate } from '../../../electron/sandbox/apple/pagination';

const rows = Array.from({ length: 7 }, (_, i) => i);

const errorNumberOf = (run: () => unknown): number | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof AppleError ? error.errorNumber : undefined;
  }
  return undefined;
};

describe('page-index pagination', () => {
  it('is zero-based; nextPageIndex appears only while another page follows', () => {
    const first = paginate(rows, 0, 3);
    expect(first.items).toEqual([0, 1, 2]);
    expect(first.fields).toEqual({ currentPageIndex: 0, nextPageIndex: 1, size: 3, totalPages: 3 });
    const last = paginate(rows, 2, 3);
    expect(last.items).toEqual([6]);
    expect(last.fields).toEqual({ currentPageIndex: 2, size: 1, totalPages: 3 });
    expect(last.fields).not.toHaveProperty('nextPageIndex');
  });

  it('reports size as the records on the page, not the page size', () => {
    expect(paginate(rows, 1, 5).fields.size).toBe(2);
    expect(paginate(rows, 0, 7).fields).toEqual({ currentPageIndex: 0, size: 7, totalPages: 1 });
  });

  it('answers an empty result with one empty page, so pageIndex 0 is always valid', () => {
    expect(paginate([], 0, 500)).toEqual({
      items: [],
      fields: { currentPageIndex: 0, size: 0, totalPages: 1 },
    });
  });

  it('rejects an index outside [0, totalPages) with 9650', () => {
    expect(errorNumberOf(() => paginate(rows, 3, 3))).toBe(9650);
    expect(errorNumberOf(() => paginate(rows, -1, 3))).toBe(9650);
    expect(errorNumberOf(() => paginate([], 1, 3))).toBe(9650);
  });
});
