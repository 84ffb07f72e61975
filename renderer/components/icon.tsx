import type { LucideIcon } from 'lucide-react';

export type { LucideIcon };

/**
 * One icon from the one icon set (lucide), drawn the way macOS draws SF Symbols: line icons at
 * the text's size and colour. Icons are decoration here; the control beside them carries the
 * name a screen reader says.
 */
export const Icon = ({
  icon: Glyph,
  size = 16,
  className,
}: {
  icon: LucideIcon;
  size?: number;
  className?: string;
}) => (
  <Glyph
    size={size}
    strokeWidth={1.75}
    absoluteStrokeWidth
    aria-hidden="true"
    focusable="false"
    className={className ? `icon ${className}` : 'icon'}
  />
);
