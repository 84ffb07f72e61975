import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/domain/menu-command';

/** The console's keyboard shortcuts: ⌘N / Ctrl+N add, ⌘F / Ctrl+F search, ⌘R / Ctrl+R sync. */
export type CommandId = MenuCommand;

const KEYS: Record<CommandId, string> = { add: 'N', find: 'F', sync: 'R' };

export interface Shortcut {
  /** As the platform writes it in menus and tooltips: "⌘N" on a Mac, "Ctrl+N" elsewhere. */
  label: string;
  /** For `aria-keyshortcuts`. */
  aria: string;
}

export const shortcutOf = (command: CommandId, isMac: boolean): Shortcut => ({
  label: isMac ? `⌘${KEYS[command]}` : `Ctrl+${KEYS[command]}`,
  aria: isMac ? `Meta+${KEYS[command]}` : `Control+${KEYS[command]}`,
});

/** The command a key press asks for, if any: the platform's command key and a letter alone. */
export const commandForKey = (
  event: Pick<KeyboardEvent, 'key' | 'metaKey' | 'ctrlKey' | 'altKey' | 'shiftKey'>,
  isMac: boolean,
): CommandId | null => {
  const commandKey = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!commandKey || event.altKey || event.shiftKey) return null;
  const key = event.key.toUpperCase();
  return (Object.keys(KEYS) as CommandId[]).find((command) => KEYS[command] === key) ?? null;
};

/**
 * Who answers each command now: the section on screen registers its handlers while mounted,
 * the newest registration answering (a sheet's field over a list's, say).
 */
const handlers = new Map<CommandId, (() => void)[]>();

export const runCommand = (command: CommandId): boolean => {
  const handler = handlers.get(command)?.at(-1);
  handler?.();
  return handler !== undefined;
};

/** Answers `command` while the calling component is mounted. */
export const useShortcut = (command: CommandId | undefined, handler: () => void): void => {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!command) return;
    const entry = () => latest.current();
    const stack = handlers.get(command) ?? [];
    stack.push(entry);
    handlers.set(command, stack);
    return () => {
      const index = stack.indexOf(entry);
      if (index >= 0) stack.splice(index, 1);
    };
  }, [command]);
};

/**
 * Turns key presses into commands, in the browser front door. (In the desktop app the menu
 * owns the shortcuts and sends the same commands.) Nothing fires behind an open sheet.
 */
export const useShortcutKeys = (isMac: boolean, enabled: boolean): void => {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event, isMac);
      if (!command || document.getElementById('root')?.hasAttribute('inert')) return;
      if (runCommand(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isMac, enabled]);
};
