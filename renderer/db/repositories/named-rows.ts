import type { Table } from 'dexie';
import { matchesAllWords, queryWordsOf } from '../search-text';
import type { NewRow } from '../database';
import type { Indexed } from '../types';

/**
 * A named entity's rows sorted by name, narrowed by the search field. The longest word goes
 * through the `searchWords` index, so typing stays fast with 50,000 rows; the rest filter.
 */
export const listNamedRows = async <Row extends Indexed>(
  table: Table<Row, string, NewRow<Row>>,
  search: string,
): Promise<Row[]> => {
  const words = queryWordsOf(search);
  if (words.length === 0) return table.orderBy('sortKey').toArray();
  const [first, ...rest] = words;
  const rows = await table.where('searchWords').startsWith(first).distinct().toArray();
  return rows
    .filter((row) => matchesAllWords(row.searchWords, rest))
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
};
