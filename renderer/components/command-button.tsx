import { useId } from 'react';
import { isAvailable, type Action } from './action';
import { Icon, type LucideIcon } from './icon';
import { ReasonBubble, useReasonBubble } from './reason-bubble';
import { shortcutOf, useShortcut, type CommandId } from './shortcuts';
import { useKeyboardHost } from './use-keyboard-host';

export interface CommandButtonProps {
  label: string;
  icon?: LucideIcon;
  action: Action;
  /** The keyboard shortcut that does the same, shown in the tooltip. */
  command?: CommandId;
  /** Show the label beside the icon (toolbar) or only as the name and tooltip (+ / − bar). */
  showLabel?: boolean;
  className?: string;
}

/**
 * The one button behind the toolbar, the list's + / − bar and the detail panes: an icon and a
 * label, its shortcut in the tooltip. A button that can't be used now looks disabled but stays
 * focusable (aria-disabled), and a click or its shortcut says why instead of doing nothing.
 */
export const CommandButton = ({
  label,
  icon,
  action,
  command,
  showLabel = false,
  className = 'command-button',
}: CommandButtonProps) => {
  const keyboard = useKeyboardHost();
  const reasonId = useId();
  const bubble = useReasonBubble();
  const available = isAvailable(action);
  const shortcut = command ? shortcutOf(command, keyboard) : undefined;
  const activate = () => (isAvailable(action) ? action.run() : bubble.show());
  useShortcut(command, activate);
  const tooltip = available
    ? shortcut
      ? `${label} (${shortcut.label})`
      : label
    : action.unavailableReason;
  return (
    <span className="command">
      <button
        type="button"
        className={className}
        aria-label={showLabel ? undefined : label}
        aria-disabled={available ? undefined : true}
        aria-describedby={available ? undefined : reasonId}
        aria-keyshortcuts={shortcut?.aria}
        title={tooltip}
        onClick={activate}
      >
        {icon && <Icon icon={icon} />}
        {showLabel && <span className="command-label">{label}</span>}
      </button>
      {!available && (
        <>
          <span id={reasonId} hidden>
            {action.unavailableReason}
          </span>
          <ReasonBubble reason={action.unavailableReason ?? ''} shown={bubble.shown} />
        </>
      )}
    </span>
  );
};
