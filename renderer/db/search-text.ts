/**
 * Text normalization for sorted lists and the search field. IndexedDB compares strings by code
 * unit, so "anna" would sort after "Zoë" and "Émile" after everything; a folded key fixes that.
 */
export const foldText = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim();

/** Words a search prefix can match: each word of each field, folded, without duplicates. */
export const searchWordsOf = (fields: readonly (string | undefined)[]): string[] => {
  const words = new Set<string>();
  for (const field of fields) {
    if (!field) continue;
    for (const word of foldText(field).split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word);
  }
  return [...words];
};

/** The words of what the admin typed, longest first (the most selective one goes to the index). */
export const queryWordsOf = (query: string): string[] =>
  searchWordsOf([query]).sort((a, b) => b.length - a.length);

/** True when every query word is a prefix of some word of the row. */
export const matchesAllWords = (rowWords: readonly string[], queryWords: readonly string[]) =>
  queryWords.every((query) => rowWords.some((word) => word.startsWith(query)));
