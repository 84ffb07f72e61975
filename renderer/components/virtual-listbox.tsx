import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { nextListIndex } from './list-navigation';

export interface VirtualListboxProps<Item> {
  /** Accessible name, e.g. "Users". */
  label: string;
  items: readonly Item[];
  keyOf(item: Item): string;
  selectedKey: string | undefined;
  onSelect(key: string): void;
  renderItem(item: Item, selected: boolean): ReactNode;
  rowHeight?: number;
}

/**
 * A single-select list that stays fast at 50,000 rows: only the visible rows exist in the DOM.
 * The listbox keeps focus and points at the selected row with aria-activedescendant; arrow
 * keys, Home/End and Page Up/Down move the selection, which the detail pane follows.
 */
export const VirtualListbox = <Item,>({
  label,
  items,
  keyOf,
  selectedKey,
  onSelect,
  renderItem,
  rowHeight = 44,
}: VirtualListboxProps<Item>) => {
  const scrollRef = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  // The build has no React Compiler, so its memoization warning does not apply here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  const selectedIndex =
    selectedKey === undefined ? -1 : items.findIndex((item) => keyOf(item) === selectedKey);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const pageSize = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / rowHeight));
    const next = nextListIndex(event.key, selectedIndex, items.length, pageSize);
    if (next === null) return;
    event.preventDefault();
    onSelect(keyOf(items[next]));
  };

  const optionId = (index: number) => `${idPrefix}-option-${index}`;

  return (
    <div
      ref={scrollRef}
      className="listbox"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={selectedIndex >= 0 ? optionId(selectedIndex) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="listbox-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          const key = keyOf(item);
          const selected = key === selectedKey;
          return (
            <div
              key={key}
              id={optionId(row.index)}
              role="option"
              aria-selected={selected}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className={selected ? 'listbox-option selected' : 'listbox-option'}
              style={{ height: rowHeight, transform: `translateY(${row.start}px)` }}
              onClick={() => onSelect(key)}
            >
              {renderItem(item, selected)}
            </div>
          );
        })}
      </div>
    </div>
  );
};
