import type { ReactNode } from 'react';

/** What a newcomer sees instead of an empty list: what this is for and what to do next. */
export const EmptyState = ({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  children?: ReactNode;
}) => (
  <div className="empty-state">
    <p className="empty-state-title">{title}</p>
    {hint && <p className="empty-state-hint">{hint}</p>}
    {children}
  </div>
);
