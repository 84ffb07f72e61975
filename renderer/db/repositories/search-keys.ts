import { queryWordsOf } from '../search-text';

/**
 * Narrows keys that are already in list order to the rows the search matches: every query word
 * must begin some word of the row. Each word's matches come from the `searchWords` index as
 * keys only, so no row is read and the list keeps its order without a sort.
 */
export const narrowKeysBySearch = async (
  sortedKeys: Promise<string[]>,
  search: string,
  keysWithWordPrefix: (word: string) => Promise<string[]>,
): Promise<string[]> => {
  const words = queryWordsOf(search);
  const [sorted, ...matches] = await Promise.all([
    sortedKeys,
    ...words.map((word) => keysWithWordPrefix(word)),
  ]);
  if (matches.length === 0) return sorted;
  const matchSets = matches.map((keys) => new Set(keys));
  return sorted.filter((key) => matchSets.every((set) => set.has(key)));
};
