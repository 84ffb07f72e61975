/**
 * Where a key press moves the selection in a list of `count` rows, or null when the key is not
 * a list key. Nothing selected yet (`current` -1): any movement key lands on a first row.
 */
export const nextListIndex = (
  key: string,
  current: number,
  count: number,
  pageSize: number,
): number | null => {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(current + 1, last);
    case 'ArrowUp':
      return current < 0 ? 0 : Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return current < 0 ? 0 : Math.min(current + pageSize, last);
    case 'PageUp':
      return current < 0 ? 0 : Math.max(current - pageSize, 0);
    default:
      return null;
  }
};
