import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/domain/menu-command';

/** The console's keyboard shortcuts: ⌘N / Ctrl+N add, ⌘F / Ctrl+F search, ⌘R / Ctrl+R sync. */
export type CommandId = MenuCommand;

const KEYS: Record<CommandId, string> = { add: 'N', find: 'F', sync: 'R' };

/** Where the shortcuts are pressed: which modifier the platform uses, and whether a browser. */
export interface KeyboardHost {
  isMac: boolean;
  /** The browser front door, where the browser keeps some shortcuts for itself. */
  inBrowser: boolean;
}

/**
 * A browser never hands ⌘N / Ctrl+N to a page (it opens a new window), so there Add is
 * ⌥⌘N / Ctrl+Alt+N; the desktop app's menu takes ⌘N itself.
 */
const needsAlt = (command: CommandId, host: KeyboardHost) => host.inBrowser && command === 'add';

export interface Shortcut {
  /** As the platform writes it in menus and tooltips: "⌘N" on a Mac, "Ctrl+N" elsewhere. */
  label: string;
  /** For `aria-keyshortcuts`. */
  aria: string;
}

export const shortcutOf = (command: CommandId, host: KeyboardHost): Shortcut => {
  const key = KEYS[command];
  const alt = needsAlt(command, host);
  return host.isMac
    ? { label: `${alt ? '⌥' : ''}⌘${key}`, aria: `${alt ? 'Alt+' : ''}Meta+${key}` }
    : { label: `Ctrl+${alt ? 'Alt+' : ''}${key}`, aria: `Control+${alt ? 'Alt+' : ''}${key}` };
};

/** The letter pressed, by its place on the keyboard (Option on a Mac changes `key`). */
const letterOf = (event: Pick<KeyboardEvent, 'key' | 'code'>): string =>
  /^Key[A-Z]$/.test(event.code ?? '') ? event.code.slice(3) : event.key.toUpperCase();

/** The command a key press asks for, if any: exactly the combination `shortcutOf` shows. */
export const commandForKey = (
  event: Pick<KeyboardEvent, 'key' | 'code' | 'metaKey' | 'ctrlKey' | 'altKey' | 'shiftKey'>,
  host: KeyboardHost,
): CommandId | null => {
  const commandKey = host.isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!commandKey || event.shiftKey) return null;
  const letter = letterOf(event);
  const command = (Object.keys(KEYS) as CommandId[]).find((id) => KEYS[id] === letter);
  if (!command || event.altKey !== needsAlt(command, host)) return null;
  return command;
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
export const useShortcutKeys = (host: KeyboardHost): void => {
  const { isMac, inBrowser } = host;
  useEffect(() => {
    if (!inBrowser) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event, { isMac, inBrowser });
      if (!command || document.getElementById('root')?.hasAttribute('inert')) return;
      if (runCommand(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isMac, inBrowser]);
};
