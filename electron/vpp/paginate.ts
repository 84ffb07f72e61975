import { VppApiError, VppDataChangingError } from './errors';
import type { PageFields } from './types';

/** Apple: after the first page, "no more than 5 simultaneous requests" (reference §3.2). */
export const MAX_PARALLEL_PAGES = 5;

export interface PaginateOptions<P extends PageFields> {
  fetchPage: (pageIndex: number) => Promise<P>;
  /** Clamped to 1…5. */
  maxParallel?: number;
  /** How often to start over when the data changes underneath us. */
  maxRestarts?: number;
  /** Pages read so far of the current pass, e.g. for a task's progress bar. */
  onProgress?: (pagesRead: number, totalPages: number) => void;
  /** Named in the error when the data never holds still. */
  path: string;
}

export interface AllPages<P extends PageFields> {
  /** In page order. */
  pages: P[];
  /** The first page's versionId: the one to pass as `sinceVersionId` next time. */
  versionId: string | undefined;
  /** How many passes it took (1 when nothing changed). */
  passes: number;
}

class DataChanged extends Error {}

/**
 * Reads page 0, then the remaining pages with at most five requests in flight. If the
 * `versionId` or `totalPages` differs between pages, or a page is suddenly out of range (9650),
 * the set changed mid-read: we start over, and give up after `maxRestarts`.
 */
export const fetchAllPages = async <P extends PageFields>(
  options: PaginateOptions<P>,
): Promise<AllPages<P>> => {
  const maxRestarts = options.maxRestarts ?? 2;
  for (let pass = 1; pass <= maxRestarts + 1; pass++) {
    try {
      const pages = await onePass(options);
      return { pages, versionId: pages[0]!.versionId, passes: pass };
    } catch (error) {
      if (!(error instanceof DataChanged)) throw error;
    }
  }
  throw new VppDataChangingError(options.path, maxRestarts + 1);
};

const onePass = async <P extends PageFields>(options: PaginateOptions<P>): Promise<P[]> => {
  const first = await options.fetchPage(0);
  if (first.nextPageIndex === undefined) {
    options.onProgress?.(1, 1);
    return [first];
  }
  // Without totalPages on the first page the length is learnt from each page's nextPageIndex.
  const totalKnown = first.totalPages !== undefined;
  let totalPages = Math.max(first.totalPages ?? 0, first.nextPageIndex + 1);
  const pages: P[] = [first];
  let read = 1;
  options.onProgress?.(read, totalPages);

  // A field Apple leaves out says nothing about change; only fields that are there are compared.
  const differs = <V>(value: V | undefined, expected: V | undefined) =>
    value !== undefined && expected !== undefined && value !== expected;
  const consistent = (page: P, index: number): boolean => {
    if (differs(page.versionId, first.versionId)) return false;
    if (differs(page.totalPages, first.totalPages)) return false;
    if (differs(page.currentPageIndex, index)) return false;
    if (!totalKnown) {
      if (page.nextPageIndex !== undefined) {
        totalPages = Math.max(totalPages, page.nextPageIndex + 1);
      }
      return true;
    }
    return (index === totalPages - 1) === (page.nextPageIndex === undefined);
  };

  let next = first.nextPageIndex;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && next < totalPages) {
      const index = next++;
      try {
        const page = await options.fetchPage(index);
        if (!consistent(page, index)) throw new DataChanged();
        pages[index] = page;
        options.onProgress?.(++read, totalPages);
      } catch (error) {
        const outOfRange = error instanceof VppApiError && error.errorNumber === 9650;
        failure ??= outOfRange ? new DataChanged() : error;
      }
    }
  };
  const parallel = Math.min(MAX_PARALLEL_PAGES, Math.max(1, options.maxParallel ?? 5));
  await Promise.all(Array.from({ length: Math.min(parallel, totalPages - next) }, worker));
  if (failure !== undefined) throw failure;
  return pages;
};
