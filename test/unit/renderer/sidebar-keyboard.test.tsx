import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import { Sidebar } from '../../../renderer/features/sidebar/sidebar';
import { useUiStore } from '../../../renderer/stores/ui-store';
import { click, eventually, press, renderConsole, type Rendered } from './support/render';

let rendered: Rendered | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
});

const sidebarOf = (container: HTMLElement) =>
  container.querySelector<HTMLElement>('nav[aria-label="Sidebar"]')!;
const item = (container: HTMLElement, section: string) =>
  container.querySelector<HTMLButtonElement>(`[data-section="${section}"]`)!;

describe('sidebar', () => {
  it('lists Profile Manager’s sections under headings, in order', async () => {
    rendered = await renderConsole(<Sidebar />);
    const nav = sidebarOf(rendered.container);
    expect([...nav.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Library',
      'VPP',
      'Activity',
    ]);
    expect([...nav.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Devices',
      'Device Groups',
      'Users',
      'Groups',
      'Apps',
      'Books',
      'Tokens',
      'Invitations',
      'License Report',
      'Active Tasks',
      'Completed Tasks',
      'Outbox',
      'Settings',
    ]);
  });

  it('is one Tab stop; arrow keys move focus and Enter (a button’s click) selects', async () => {
    rendered = await renderConsole(<Sidebar />);
    const { container } = rendered;
    const tabbable = [...sidebarOf(container).querySelectorAll('button')].filter(
      (button) => button.tabIndex === 0,
    );
    expect(tabbable).toEqual([item(container, 'users')]);
    expect(item(container, 'users').getAttribute('aria-current')).toBe('page');

    item(container, 'users').focus();
    await press(item(container, 'users'), 'ArrowDown');
    expect(document.activeElement).toBe(item(container, 'groups'));
    expect(item(container, 'groups').tabIndex).toBe(0);
    expect(item(container, 'users').tabIndex).toBe(-1);
    // Moving focus does not open the section yet.
    expect(useUiStore.getState().section).toBe('users');

    await press(document.activeElement!, 'End');
    expect(document.activeElement).toBe(item(container, 'settings'));
    await press(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(item(container, 'settings'));
    await press(document.activeElement!, 'ArrowUp');
    expect(document.activeElement).toBe(item(container, 'outbox'));
    await press(document.activeElement!, 'ArrowUp');
    expect(document.activeElement).toBe(item(container, 'completed-tasks'));
    await click(document.activeElement!);
    expect(useUiStore.getState().section).toBe('completed-tasks');
    expect(item(container, 'completed-tasks').getAttribute('aria-current')).toBe('page');
    await press(document.activeElement!, 'Home');
    expect(document.activeElement).toBe(item(container, 'devices'));
  });

  it('shows how many tasks run next to Active Tasks, without changing its name', async () => {
    rendered = await renderConsole(<Sidebar />);
    const { container, db } = rendered;
    const activeTasks = item(container, 'active-tasks');
    expect(activeTasks.querySelector('.badge')).toBeNull();
    await db.tasks.add({
      id: '00000000-0000-4000-8000-000000000001',
      kind: 'apple:checkService',
      params: {},
      status: 'running',
      progress: null,
      step: null,
      error: null,
      result: null,
      createdAt: 1,
      updatedAt: 1,
      finishedAt: null,
      confirmed: true,
    });
    await eventually(() => expect(activeTasks.querySelector('.badge')?.textContent).toBe('1'));
    expect(activeTasks.querySelector('.sidebar-label')?.textContent).toBe('Active Tasks');
    const description = container.querySelector(`#${activeTasks.getAttribute('aria-describedby')}`);
    expect(description?.textContent).toBe('1 task running');
  });

  it('opens the chosen section in the content pane', async () => {
    rendered = await renderConsole(<App />);
    const { container } = rendered;
    expect(container.querySelector('main')?.getAttribute('aria-label')).toBe('Users');
    await eventually(() => expect(container.textContent).toContain('No Users'));
    await click(item(container, 'tokens'));
    await eventually(() => expect(container.textContent).toContain('No Tokens'));
    expect(container.querySelector('main')?.getAttribute('aria-label')).toBe('Tokens');
  });
});
