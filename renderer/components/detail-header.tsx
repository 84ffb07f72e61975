import type { ReactNode } from 'react';
import { Icon, type LucideIcon } from './icon';

/** The top of a detail pane: the item's icon in a tile, its name, and one line about it. */
export const DetailHeader = ({
  icon,
  artwork,
  title,
  subtitle,
  accessory,
}: {
  icon: LucideIcon;
  /** The item's own picture (an app's icon), shown in the tile instead of `icon`. */
  artwork?: ReactNode;
  title: string;
  subtitle?: string;
  /** Right-aligned, e.g. a status badge. */
  accessory?: ReactNode;
}) => (
  <header className="detail-header">
    <span className="detail-icon">{artwork ?? <Icon icon={icon} size={26} />}</span>
    <div className="detail-heading">
      <h2 className="detail-title">{title}</h2>
      {subtitle && <p className="detail-subtitle">{subtitle}</p>}
    </div>
    {accessory}
  </header>
);
