import type { ReactNode } from 'react';
import { Icon, type LucideIcon } from './icon';

export interface ListRowProps {
  icon?: LucideIcon;
  /** The row's own picture (an app's icon), drawn instead of `icon`. */
  artwork?: ReactNode;
  primary: string;
  /** A second line (an email, a serial number); rows without one are one line tall. */
  secondary?: string;
  /** Right-aligned: a count ("24"), a state. */
  trailing?: ReactNode;
}

/** One row of any list: the kind's icon, its name, an optional second line and a count. */
export const ListRow = ({ icon, artwork, primary, secondary, trailing }: ListRowProps) => (
  <div className={secondary === undefined ? 'list-row' : 'list-row two-line'}>
    {artwork ??
      (icon && <Icon icon={icon} size={secondary === undefined ? 16 : 22} className="row-icon" />)}
    <div className="row-text">
      <span className="row-primary">{primary}</span>
      {secondary !== undefined && <span className="row-secondary">{secondary}</span>}
    </div>
    {trailing !== undefined && <span className="row-trailing">{trailing}</span>}
  </div>
);

/** Row height in the virtual lists: one line or two. */
export const listRowHeight = (twoLine: boolean): number => (twoLine ? 44 : 28);
