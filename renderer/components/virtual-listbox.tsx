import { useEffect, useId, type ReactNode } from 'react';
import { useVirtualSelection } from './use-virtual-selection';

export interface VirtualListboxProps {
  /** Accessible name, e.g. "Users". */
  label: string;
  /** Every row's key, in list order; the rows themselves are the owner's to load. */
  keys: readonly string[];
  /** Index of the selected key in `keys`, or -1. */
  selectedIndex: number;
  onSelect(key: string): void;
  renderItem(key: string, selected: boolean): ReactNode;
  /** Which rows are rendered now (visible plus overscan), so the owner can load them. */
  onRangeChange(first: number, last: number): void;
  rowHeight?: number;
}

/**
 * A single-select list that stays fast at 50,000 rows: only the visible rows exist in the DOM,
 * and it needs only their keys, so their data can load as they come into view. The listbox
 * keeps focus and points at the selected row with aria-activedescendant; arrow keys, Home/End
 * and Page Up/Down move the selection, which the detail pane follows.
 */
export const VirtualListbox = ({
  label,
  keys,
  selectedIndex,
  onSelect,
  renderItem,
  onRangeChange,
  rowHeight = 44,
}: VirtualListboxProps) => {
  const idPrefix = useId();
  const { scrollRef, virtualizer, onKeyDown } = useVirtualSelection({
    keys,
    selectedIndex,
    onSelect,
    rowHeight,
    overscan: 10,
  });
  const rendered = virtualizer.getVirtualItems();
  const first = rendered[0]?.index ?? 0;
  const last = rendered.at(-1)?.index ?? 0;

  useEffect(() => onRangeChange(first, last), [first, last, onRangeChange]);

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
        {rendered.map((row) => {
          const key = keys[row.index];
          const selected = row.index === selectedIndex;
          return (
            <div
              key={key}
              id={optionId(row.index)}
              role="option"
              aria-selected={selected}
              aria-setsize={keys.length}
              aria-posinset={row.index + 1}
              className={selected ? 'listbox-option selected' : 'listbox-option'}
              style={{ height: rowHeight, transform: `translateY(${row.start}px)` }}
              onClick={() => onSelect(key)}
            >
              {renderItem(key, selected)}
            </div>
          );
        })}
      </div>
    </div>
  );
};
