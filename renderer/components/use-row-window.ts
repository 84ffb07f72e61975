import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';

/** Rows load in pages of this many, so scrolling a few rows does not start a new query. */
export const ROW_PAGE = 50;

/** Indexes [from, to) of the whole pages that cover the rendered rows first..last. */
export interface RowSpan {
  from: number;
  to: number;
}

export const pageSpanOf = (first: number, last: number): RowSpan => ({
  from: Math.floor(first / ROW_PAGE) * ROW_PAGE,
  to: (Math.floor(last / ROW_PAGE) + 1) * ROW_PAGE,
});

const NO_ROWS: ReadonlyMap<string, never> = new Map<string, never>();

/**
 * The rows a long list shows, loaded by key as it scrolls: the pages around the rendered rows,
 * plus `selectedKey` so the detail pane has its row wherever the list is scrolled. A live
 * query, so an edited row updates in place. Until a new span has loaded, the previous one
 * stays, so rows already on screen never blank out.
 *
 * `listId` names the list (its section): `rowsOf` is read only when it or the keys change.
 */
export const useRowWindow = <Row>(
  listId: string,
  keys: readonly string[] | undefined,
  selectedKey: string | undefined,
  rowsOf: (keys: string[]) => Promise<(Row | undefined)[]>,
) => {
  const [span, setSpan] = useState<RowSpan>({ from: 0, to: ROW_PAGE });
  const wanted = keys ? keys.slice(span.from, span.to) : [];
  if (selectedKey !== undefined && !wanted.includes(selectedKey)) wanted.push(selectedKey);
  const signature = wanted.join('\n');

  const rows = useLiveQuery(
    async (): Promise<ReadonlyMap<string, Row>> => {
      if (wanted.length === 0) return NO_ROWS;
      const loaded = await rowsOf(wanted);
      const found = new Map<string, Row>();
      wanted.forEach((key, index) => {
        const row = loaded[index];
        if (row !== undefined) found.set(key, row);
      });
      return found;
    },
    // `wanted` is summed up by its signature; a new array each render must not re-query.
    [listId, signature],
  );

  /** Called with the rendered rows; state changes only when they reach another page. */
  const showRange = useCallback((first: number, last: number) => {
    const next = pageSpanOf(first, last);
    setSpan((current) => (current.from === next.from && current.to === next.to ? current : next));
  }, []);

  return { rows: rows ?? NO_ROWS, showRange };
};
