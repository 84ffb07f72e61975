import { Icon, type LucideIcon } from './icon';

export interface EmptyStateProps {
  icon?: LucideIcon;
  title: string;
  /** One sentence: what belongs here and what can be done about it now. */
  message?: string;
  /** The button that starts that work, when the console can do it now. */
  action?: { label: string; run(): void };
}

/** What an empty list or pane shows instead of nothing, centred in its area. */
export const EmptyState = ({ icon, title, message, action }: EmptyStateProps) => (
  <div className="placard">
    {icon && <Icon icon={icon} size={40} className="placard-icon" />}
    <p className="placard-title">{title}</p>
    {message && <p className="placard-message">{message}</p>}
    {action && (
      <button type="button" className="placard-action" onClick={action.run}>
        {action.label}
      </button>
    )}
  </div>
);

/** The detail pane when nothing is selected, as macOS says it. */
export const NoSelection = ({ text }: { text: string }) => (
  <div className="placard no-selection">
    <p className="placard-title">{text}</p>
  </div>
);
