import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { nextListIndex } from './list-navigation';

/**
 * What every long single-select list needs, whatever its role (listbox, grid): only the rows
 * in view rendered, the selection kept in view, and arrow keys, Home/End and Page Up/Down
 * moving it.
 */
export const useVirtualSelection = ({
  keys,
  selectedIndex,
  onSelect,
  rowHeight,
  overscan,
}: {
  keys: readonly string[];
  selectedIndex: number;
  onSelect(key: string): void;
  rowHeight: number;
  overscan: number;
}) => {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The build has no React Compiler, so its memoization warning does not apply here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: keys.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => keys[index],
    overscan,
  });

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const pageSize = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / rowHeight));
    const next = nextListIndex(event.key, selectedIndex, keys.length, pageSize);
    if (next === null) return;
    event.preventDefault();
    onSelect(keys[next]);
  };

  return { scrollRef, virtualizer, onKeyDown };
};
