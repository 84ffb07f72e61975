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

/**
 * Where `streamAllPages` hands each page as it arrives (in any order, up to five at once).
 * A worker waits for `page` before it fetches the next, so a slow sink slows the reading.
 */
export interface PageSink<P extends PageFields> {
  page(index: number, page: P): Promise<void> | void;
  /** The data changed under the pass: what the sink got so far belongs to a stale pass. */
  restart?(): Promise<void> | void;
}

export interface StreamedPages {
  /** The first page's versionId of the pass that completed. */
  versionId: string | undefined;
  passes: number;
  /** Pages of the pass that completed. */
  pages: number;
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
  let pages: P[] = [];
  const streamed = await streamAllPages(options, {
    page: (index, page) => void (pages[index] = page),
    restart: () => void (pages = []),
  });
  return { pages, versionId: streamed.versionId, passes: streamed.passes };
};

/**
 * `fetchAllPages` without holding the pages: each goes to the sink as it arrives, so a sync
 * can write page 3 while page 8 is on its way. On a restart the sink hears so first.
 */
export const streamAllPages = async <P extends PageFields>(
  options: PaginateOptions<P>,
  sink: PageSink<P>,
): Promise<StreamedPages> => {
  const maxRestarts = options.maxRestarts ?? 2;
  for (let pass = 1; pass <= maxRestarts + 1; pass++) {
    if (pass > 1) await sink.restart?.();
    try {
      const { versionId, pages } = await onePass(options, sink);
      return { versionId, pages, passes: pass };
    } catch (error) {
      if (!(error instanceof DataChanged)) throw error;
    }
  }
  throw new VppDataChangingError(options.path, maxRestarts + 1);
};

const onePass = async <P extends PageFields>(
  options: PaginateOptions<P>,
  sink: PageSink<P>,
): Promise<{ versionId: string | undefined; pages: number }> => {
  const first = await options.fetchPage(0);
  await sink.page(0, first);
  if (first.nextPageIndex === undefined) {
    options.onProgress?.(1, 1);
    return { versionId: first.versionId, pages: 1 };
  }
  // Without totalPages on the first page the length is learnt from each page's nextPageIndex.
  const totalKnown = first.totalPages !== undefined;
  let totalPages = Math.max(first.totalPages ?? 0, first.nextPageIndex + 1);
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
        await sink.page(index, page);
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
  return { versionId: first.versionId, pages: totalPages };
};
