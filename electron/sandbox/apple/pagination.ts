import { AppleError } from './error-catalogue';

export interface PageFields {
  currentPageIndex: number;
  /** Only when another page follows. */
  nextPageIndex?: number;
  /** Records on this page. */
  size: number;
  totalPages: number;
}

/**
 * Apple's zero-based page-index pagination. An empty result is one empty page (so that
 * `pageIndex=0` is always valid); an index outside [0, totalPages) is error 9650.
 */
export const paginate = <T>(
  rows: readonly T[],
  pageIndex: number,
  pageSize: number,
): { items: T[]; fields: PageFields } => {
  const totalPages = Math.max(1, Math.ceil(rows.length / pageSize));
  if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= totalPages)
    throw new AppleError(9650);
  const items = rows.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize);
  return {
    items,
    fields: {
      currentPageIndex: pageIndex,
      ...(pageIndex + 1 < totalPages ? { nextPageIndex: pageIndex + 1 } : {}),
      size: items.length,
      totalPages,
    },
  };
};
