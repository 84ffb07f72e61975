import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import { commandForKey, shortcutOf } from '../../../renderer/components/shortcuts';
import { useUiStore } from '../../../renderer/stores/ui-store';
import { click, eventually, freshDatabase, press } from './support/render';
import { renderPerTest } from './support/render-per-test';
import { createFakeMain } from './support/fake-main';
import { userRow } from './support/users-list';

const render = renderPerTest();

const key = (init: Partial<KeyboardEvent>) => ({
  key: 'n',
  code: `Key${(init.key ?? 'n').toUpperCase()}`,
  metaKey: false,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  ...init,
});

describe('keyboard shortcuts', () => {
  const mac = { isMac: true, inBrowser: false };
  const pc = { isMac: false, inBrowser: false };
  const browserOnPc = { isMac: false, inBrowser: true };
  const browserOnMac = { isMac: true, inBrowser: true };

  it('are ⌘ on a Mac and Ctrl elsewhere, and only the combination they show', () => {
    expect(commandForKey(key({ metaKey: true }), mac)).toBe('add');
    expect(commandForKey(key({ ctrlKey: true }), mac)).toBeNull();
    expect(commandForKey(key({ ctrlKey: true, key: 'F' }), pc)).toBe('find');
    expect(commandForKey(key({ ctrlKey: true, key: 'r' }), pc)).toBe('sync');
    expect(commandForKey(key({ ctrlKey: true, shiftKey: true, key: 'r' }), pc)).toBeNull();
    expect(commandForKey(key({ metaKey: true, key: 'x' }), mac)).toBeNull();
    expect(shortcutOf('sync', mac)).toEqual({ label: '⌘R', aria: 'Meta+R' });
    expect(shortcutOf('add', pc)).toEqual({ label: 'Ctrl+N', aria: 'Control+N' });
  });

  it('in a browser, which keeps ⌘N / Ctrl+N for a new window, make Add ⌥⌘N / Ctrl+Alt+N', () => {
    expect(shortcutOf('add', browserOnPc)).toEqual({ label: 'Ctrl+Alt+N', aria: 'Control+Alt+N' });
    expect(shortcutOf('add', browserOnMac)).toEqual({ label: '⌥⌘N', aria: 'Alt+Meta+N' });
    expect(shortcutOf('find', browserOnPc).label).toBe('Ctrl+F');
    expect(commandForKey(key({ ctrlKey: true, altKey: true }), browserOnPc)).toBe('add');
    expect(commandForKey(key({ ctrlKey: true }), browserOnPc)).toBeNull();
    // Option changes the character a Mac reports; the key's place does not.
    expect(commandForKey({ ...key({ metaKey: true, altKey: true }), key: '˜' }, browserOnMac)).toBe(
      'add',
    );
  });

  it('find the list’s search, really add, and say why Delete or Sync Now can’t be used yet', async () => {
    const db = freshDatabase();
    await db.users.add(userRow('u1', 'Sara de Boer'));
    const rendered = await render(<App />, { db });
    const { container } = rendered;
    await eventually(() => expect(container.querySelector('[role="listbox"]')).not.toBeNull());

    const addButton = [...container.querySelectorAll('.toolbar button')].find(
      (button) => button.textContent === 'Add',
    )!;
    expect(addButton.getAttribute('title')).toBe('Add (Ctrl+Alt+N)');
    expect(addButton.getAttribute('aria-keyshortcuts')).toBe('Control+Alt+N');

    const ctrl = (letter: string, init: KeyboardEventInit = {}) => {
      const event = new KeyboardEvent('keydown', {
        key: letter,
        code: `Key${letter.toUpperCase()}`,
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
        ...init,
      });
      window.dispatchEvent(event);
      return event;
    };
    let event: KeyboardEvent | undefined;
    await act(async () => void (event = ctrl('f')));
    expect(event?.defaultPrevented).toBe(true);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Search Users');

    // Nothing is selected yet, so − says what it needs.
    const remove = container.querySelector<HTMLElement>('.list-action-bar [aria-label="Delete"]')!;
    await click(remove);
    expect(container.querySelector('.reason-bubble')?.textContent).toBe('Select a user first.');

    // Ctrl+Alt+N does what Add does: a new user, selected and ready to be named.
    await act(async () => void (event = ctrl('n', { altKey: true })));
    expect(event?.defaultPrevented).toBe(true);
    await eventually(() =>
      expect(container.querySelector('.detail-title')?.textContent).toBe('New User'),
    );
    await eventually(() => expect(container.textContent).toContain('2 items'));
    expect((await db.users.toArray()).map((user) => user.fullName).sort()).toEqual([
      'New User',
      'Sara de Boer',
    ]);

    await act(async () => useUiStore.getState().selectSection('apps'));
    await eventually(() =>
      expect(container.querySelector('.placard-title')?.textContent).toBe('No Apps'),
    );
    await act(async () => void (event = ctrl('r')));
    // The browser's reload is not what the admin asked for.
    expect(event?.defaultPrevented).toBe(true);
    expect(container.querySelector('.reason-bubble')?.textContent).toBe(
      'Add a content token in Tokens first; Sync Now then brings in its apps and books.',
    );
  });
});

describe('in the desktop app', () => {
  it('takes the shortcuts from the menu, which shows them, not from the page’s key presses', async () => {
    const db = freshDatabase();
    await db.users.add(userRow('u1', 'Sara de Boer'));
    const main = createFakeMain();
    const rendered = await render(<App />, {
      db,
      api: main.api,
      appInfo: { frontDoor: 'electron', platform: 'darwin' },
    });
    const { container } = rendered;
    await eventually(() => expect(container.querySelector('[role="listbox"]')).not.toBeNull());
    const search = container.querySelector<HTMLElement>('input[type="search"]')!;
    expect(search.getAttribute('aria-keyshortcuts')).toBe('Meta+F');
    await act(async () => {
      window.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'f', metaKey: true, bubbles: true }),
      );
    });
    expect(document.activeElement).not.toBe(search);
    await act(async () => main.emit('menu:command', { command: 'find' }));
    expect(document.activeElement).toBe(search);
  });
});

describe('the Action menu', () => {
  it('opens on its first item, moves with the arrows, and closes with Escape back to the gear', async () => {
    const db = freshDatabase();
    await db.users.add(userRow('u1', 'Sara de Boer'));
    const rendered = await render(<App />, { db });
    const { container } = rendered;
    await eventually(() => expect(container.querySelector('[role="listbox"]')).not.toBeNull());
    const gear = container.querySelector<HTMLElement>('.list-action-bar [aria-haspopup="menu"]')!;
    expect(gear.getAttribute('aria-label')).toBe('Action');
    await click(gear);
    expect(gear.getAttribute('aria-expanded')).toBe('true');
    const items = [...container.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    expect(items.map((item) => item.textContent)).toEqual(['Export List…']);
    expect(document.activeElement).toBe(items[0]);
    await press(items[0], 'Escape');
    expect(container.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(gear);
  });

  it('says why an item can’t be chosen instead of doing nothing', async () => {
    const rendered = await render(<App />);
    const { container } = rendered;
    await eventually(() =>
      expect(container.querySelector('.placard-title')?.textContent).toBe('No Users'),
    );
    const gear = container.querySelector<HTMLElement>('.toolbar [aria-haspopup="menu"]')!;
    await click(gear);
    const exportItem = container.querySelector<HTMLElement>('[role="menuitem"]')!;
    expect(exportItem.getAttribute('aria-disabled')).toBe('true');
    await click(exportItem);
    expect(container.querySelector('[role="menu"]')).toBeNull();
    expect(container.querySelector('.reason-bubble')?.textContent).toBe(
      'There’s nothing in this list to export.',
    );
  });
});
