import { ChevronDown, Settings } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { isAvailable, type Action } from './action';
import { Icon } from './icon';
import { ReasonBubble, useReasonBubble } from './reason-bubble';

export interface MenuItem {
  id: string;
  label: string;
  action: Action;
}

/**
 * The Action pop-up menu (the gear, Dutch "taakmenu") at the bottom of a list and in the
 * toolbar. A menu button: Enter, Space or ArrowDown opens it on its first item, arrow keys
 * move, Escape closes and returns focus. An item that can't be used now is shown dimmed with
 * its reason as tooltip; choosing it closes the menu and says why beside the gear.
 */
export const ActionMenu = ({
  label,
  items,
  placement = 'above',
}: {
  label: string;
  items: MenuItem[];
  /** Above the + / − bar at a list's foot, below the button in the toolbar. */
  placement?: 'above' | 'below';
}) => {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const bubble = useReasonBubble();
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  const itemElements = () => [
    ...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
  ];

  useEffect(() => {
    if (!open) return;
    itemElements()[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpen(false);
    };
    window.addEventListener('pointerdown', onPointerDown);
    return () => window.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const choose = (item: MenuItem) => {
    close();
    if (isAvailable(item.action)) item.action.run();
    else {
      setReason(item.action.unavailableReason ?? '');
      bubble.show();
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const elements = itemElements();
    const index = elements.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      elements[(to + elements.length) % elements.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(elements.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close();
    }
  };

  return (
    <span className={`command action-menu ${placement}`}>
      <button
        ref={buttonRef}
        type="button"
        className={
          placement === 'below'
            ? 'toolbar-button action-menu-button'
            : 'bar-button action-menu-button'
        }
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <Icon icon={Settings} />
        <Icon icon={ChevronDown} size={10} className="menu-chevron" />
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          className={`menu ${placement}`}
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item) => {
            const available = isAvailable(item.action);
            return (
              <li
                key={item.id}
                role="menuitem"
                tabIndex={-1}
                className="menu-item"
                aria-disabled={available ? undefined : true}
                title={available ? undefined : item.action.unavailableReason}
                onClick={() => choose(item)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    choose(item);
                  }
                }}
              >
                {item.label}
              </li>
            );
          })}
        </ul>
      )}
      <ReasonBubble reason={reason} shown={bubble.shown} />
    </span>
  );
};
