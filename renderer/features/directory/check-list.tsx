import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useVirtualSelection } from '../../components/use-virtual-selection';

/**
 * A long list to choose several rows from (the sheet that adds members): only the visible
 * rows exist, as in VirtualListbox; arrow keys move, Space or a click ticks a row.
 */
export const CheckList = ({
  label,
  keys,
  chosen,
  onToggle,
  renderItem,
  onRangeChange,
  rowHeight,
}: {
  label: string;
  keys: readonly string[];
  chosen: ReadonlySet<string>;
  onToggle(key: string): void;
  renderItem(key: string): ReactNode;
  onRangeChange(first: number, last: number): void;
  rowHeight: number;
}) => {
  const idPrefix = useId();
  const [activeKey, setActiveKey] = useState<string>();
  const activeIndex = activeKey === undefined ? -1 : keys.indexOf(activeKey);
  const { scrollRef, virtualizer, onKeyDown } = useVirtualSelection({
    keys,
    selectedIndex: activeIndex,
    onSelect: setActiveKey,
    rowHeight,
    overscan: 10,
  });
  const rendered = virtualizer.getVirtualItems();
  const first = rendered[0]?.index ?? 0;
  const last = rendered.at(-1)?.index ?? 0;
  useEffect(() => onRangeChange(first, last), [first, last, onRangeChange]);
  const optionId = (index: number) => `${idPrefix}-option-${index}`;

  const onListKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === ' ' && activeKey !== undefined) {
      event.preventDefault();
      onToggle(activeKey);
      return;
    }
    // The first arrow press lands on the first row.
    if (activeIndex < 0 && keys.length > 0 && event.key.startsWith('Arrow')) {
      event.preventDefault();
      setActiveKey(keys[0]);
      return;
    }
    onKeyDown(event);
  };

  return (
    <div
      ref={scrollRef}
      className="listbox check-list"
      role="listbox"
      aria-label={label}
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
      onKeyDown={onListKeyDown}
    >
      <div className="listbox-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {rendered.map((row) => {
          const key = keys[row.index];
          const checked = chosen.has(key);
          return (
            <div
              key={key}
              id={optionId(row.index)}
              role="option"
              aria-selected={checked}
              aria-setsize={keys.length}
              aria-posinset={row.index + 1}
              className={row.index === activeIndex ? 'listbox-option active' : 'listbox-option'}
              style={{ height: rowHeight, transform: `translateY(${row.start}px)` }}
              onClick={() => {
                setActiveKey(key);
                onToggle(key);
              }}
            >
              <span className={checked ? 'check-box checked' : 'check-box'} aria-hidden="true">
                {checked ? '✓' : ''}
              </span>
              {renderItem(key)}
            </div>
          );
        })}
      </div>
    </div>
  );
};
