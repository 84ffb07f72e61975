import { assetKeyOf } from '../../db/repositories/assets-repository';
import { matchesAllWords, queryWordsOf, searchWordsOf } from '../../db/search-text';
import type { AssetRow, ProductType, TokenRow } from '../../db/types';

/** One line of the License Report: a title under one token, with its license counts. */
export interface ReportRow {
  key: string;
  name: string;
  /** The asset's folded name: the report sorts names as the lists do. */
  sortKey: string;
  productType: ProductType;
  tokenName: string;
  total: number;
  assigned: number;
  available: number;
  retired: number;
  /** Assigned ÷ total, 0–1; undefined when the title has no licenses at all. */
  use: number | undefined;
  /** The drift check found a different count in this console. */
  drift: boolean;
  /** The title's search words and its token's, for the search field. */
  words: string[];
}

export const COLUMNS = [
  'name',
  'type',
  'token',
  'total',
  'assigned',
  'available',
  'retired',
  'use',
] as const;
export type ColumnId = (typeof COLUMNS)[number];

export type SortDirection = 'ascending' | 'descending';
export interface ReportSort {
  column: ColumnId;
  direction: SortDirection;
}

export const NUMERIC_COLUMNS: ReadonlySet<ColumnId> = new Set([
  'total',
  'assigned',
  'available',
  'retired',
  'use',
]);

/** A first click sorts names A to Z, and counts the largest first (what an admin looks for). */
export const firstDirectionOf = (column: ColumnId): SortDirection =>
  NUMERIC_COLUMNS.has(column) ? 'descending' : 'ascending';

export const nextSort = (current: ReportSort, column: ColumnId): ReportSort =>
  current.column === column
    ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
    : { column, direction: firstDirectionOf(column) };

export const reportRowsOf = (
  assets: readonly AssetRow[],
  tokens: ReadonlyMap<string, TokenRow>,
  nameOf: (asset: AssetRow) => string,
): ReportRow[] =>
  assets.map((asset) => {
    const tokenName = tokens.get(asset.tokenId)?.name ?? '';
    return {
      key: assetKeyOf(asset),
      name: nameOf(asset),
      sortKey: asset.sortKey,
      productType: asset.productType,
      tokenName,
      total: asset.totalCount,
      assigned: asset.assignedCount,
      available: asset.availableCount,
      retired: asset.retiredCount,
      use: asset.totalCount > 0 ? asset.assignedCount / asset.totalCount : undefined,
      drift: asset.localAssignedCount !== undefined,
      words: [...asset.searchWords, ...searchWordsOf([tokenName])],
    };
  });

/** Every word typed is the start of a word of the title's name, Apple ID or token. */
export const filterRows = (rows: readonly ReportRow[], search: string): readonly ReportRow[] => {
  const words = queryWordsOf(search);
  return words.length === 0 ? rows : rows.filter((row) => matchesAllWords(row.words, words));
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The report in the order its header says; ties fall back to name, then token. */
export const sortRows = (
  rows: readonly ReportRow[],
  sort: ReportSort,
  collator: Intl.Collator,
): ReportRow[] => {
  // Tokens are few: rank their names once rather than collating them at every comparison.
  const tokenNames = [...new Set(rows.map((row) => row.tokenName))].sort(collator.compare);
  const tokenRank = new Map(tokenNames.map((name, index) => [name, index]));
  const byToken = (a: ReportRow, b: ReportRow) =>
    tokenRank.get(a.tokenName)! - tokenRank.get(b.tokenName)!;
  const primary = (a: ReportRow, b: ReportRow): number => {
    switch (sort.column) {
      case 'name':
        return byText(a.sortKey, b.sortKey);
      case 'type':
        return byText(a.productType, b.productType);
      case 'token':
        return byToken(a, b);
      case 'use':
        // A title without licenses has no use to speak of: it sorts below every 0 %.
        return (a.use ?? -1) - (b.use ?? -1);
      default:
        return a[sort.column] - b[sort.column];
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * primary(a, b) || byText(a.sortKey, b.sortKey) || byToken(a, b) || byText(a.key, b.key),
  );
};

export interface ReportTotals {
  titles: number;
  total: number;
  assigned: number;
  available: number;
  retired: number;
  use: number | undefined;
}

export const totalsOf = (rows: readonly ReportRow[]): ReportTotals => {
  const totals = { titles: rows.length, total: 0, assigned: 0, available: 0, retired: 0 };
  for (const row of rows) {
    totals.total += row.total;
    totals.assigned += row.assigned;
    totals.available += row.available;
    totals.retired += row.retired;
  }
  return { ...totals, use: totals.total > 0 ? totals.assigned / totals.total : undefined };
};
