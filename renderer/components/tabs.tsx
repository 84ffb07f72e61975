import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Icon, type LucideIcon } from './icon';

export interface TabSpec {
  id: string;
  label: string;
  /** Shown above the label in a preferences-style strip. */
  icon?: LucideIcon;
  render(): ReactNode;
}

/**
 * The tab strip atop the detail pane (About first), as a segmented control; or, as
 * `preferences`, the row of icon buttons atop a Mac app's settings window. Arrow keys move between tabs and show them,
 * Home/End jump to the ends; only the active tab is in the Tab order (WAI-ARIA tabs pattern).
 */
export const Tabs = ({
  label,
  tabs,
  activeId,
  onChange,
  variant = 'segmented',
}: {
  label: string;
  tabs: TabSpec[];
  activeId: string | undefined;
  onChange(id: string): void;
  variant?: 'segmented' | 'preferences';
}) => {
  const idPrefix = useId();
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const active = tabs.find((tab) => tab.id === activeId) ?? tabs[0];
  const tabId = (id: string) => `${idPrefix}-tab-${id}`;
  const panelId = `${idPrefix}-panel`;

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.indexOf(active);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    onChange(tabs[next].id);
    tabRefs.current.get(tabs[next].id)?.focus();
  };

  return (
    <div className={`tabs ${variant}`}>
      <div className="tab-strip" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) tabRefs.current.set(tab.id, element);
              else tabRefs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            aria-selected={tab === active}
            aria-controls={panelId}
            tabIndex={tab === active ? 0 : -1}
            className="tab"
            onClick={() => onChange(tab.id)}
          >
            {tab.icon && <Icon icon={tab.icon} size={22} />}
            <span className="tab-label">{tab.label}</span>
          </button>
        ))}
      </div>
      <div
        className="tab-panel"
        role="tabpanel"
        id={panelId}
        aria-labelledby={tabId(active.id)}
        tabIndex={0}
      >
        {active.render()}
      </div>
    </div>
  );
};
