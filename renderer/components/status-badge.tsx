import { Icon, type LucideIcon } from './icon';

/**
 * How something stands, by colour and icon together (never by colour alone). Red is kept for
 * failure; canceled and interrupted read in a neutral tone.
 */
export type StatusTone = 'success' | 'failure' | 'warning' | 'neutral' | 'progress';

export const StatusBadge = ({
  tone,
  icon,
  text,
  spinning = false,
}: {
  tone: StatusTone;
  icon: LucideIcon;
  text: string;
  spinning?: boolean;
}) => (
  <span className={`status-badge tone-${tone}`}>
    <Icon icon={icon} size={14} className={spinning ? 'spinning' : undefined} />
    <span>{text}</span>
  </span>
);
