import type { Table } from 'dexie';
import type { NewRow } from '../database';
import type { Indexed } from '../types';
import { narrowKeysBySearch } from './search-keys';
import { sortedPrimaryKeys } from './sorted-keys';

/**
 * The ids of a named entity's rows, sorted by name and narrowed by the search field. Only index
 * keys are read, so a list of 50,000 opens and filters fast; the view loads the rows it shows.
 */
export const namedRowKeys = <Row extends Indexed>(
  table: Table<Row, string, NewRow<Row>>,
  search: string,
): Promise<string[]> =>
  narrowKeysBySearch(sortedPrimaryKeys(table), search, (word) =>
    table.where('searchWords').startsWith(word).primaryKeys(),
  );
