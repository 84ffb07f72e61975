import type { KeyboardEvent, ReactNode } from 'react';
import { CommandButton, type CommandButtonProps } from './command-button';

/**
 * The bar over the list and detail panes, as in the macOS apps an admin knows: the section's
 * name on the left, its actions on the right. One Tab stop; arrow keys move between the items
 * (WAI-ARIA toolbar pattern).
 */
export const Toolbar = ({
  title,
  label,
  children,
}: {
  title: string;
  /** The toolbar's accessible name, e.g. "Users actions". */
  label: string;
  children?: ReactNode;
}) => (
  <header className="toolbar">
    <h2 className="toolbar-title">{title}</h2>
    {children && (
      <div className="toolbar-items" role="toolbar" aria-label={label} onKeyDown={moveFocus}>
        {children}
      </div>
    )}
  </header>
);

/** A toolbar button: icon and label, with its shortcut in the tooltip. */
export const ToolbarButton = (props: Omit<CommandButtonProps, 'className' | 'showLabel'>) => (
  <CommandButton {...props} showLabel className="toolbar-button" />
);

const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('button')];
  const index = items.indexOf(document.activeElement as HTMLElement);
  if (index < 0) return;
  event.preventDefault();
  const next = event.key === 'ArrowRight' ? index + 1 : index - 1;
  items[(next + items.length) % items.length]?.focus();
};
