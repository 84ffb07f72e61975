/** Where ArrowUp/ArrowDown/Home/End move focus among `count` sidebar items (no wrapping). */
export const nextSidebarIndex = (key: string, current: number, count: number): number | null => {
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
};
