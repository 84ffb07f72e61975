import { afterEach, describe, expect, it } from 'vitest';
import type { TaskSnapshot } from '../../../shared/domain/tasks';
import type { TaskRow } from '../../../renderer/db/types';
import { ActiveTasksView } from '../../../renderer/features/tasks/active-tasks-view';
import { CompletedTasksView } from '../../../renderer/features/tasks/completed-tasks-view';
import { createFakeMain } from './support/fake-main';
import {
  click,
  eventually,
  fakeLayout,
  freshDatabase,
  renderConsole,
  type Rendered,
} from './support/render';

let rendered: Rendered | undefined;
let restoreLayout: (() => void) | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  restoreLayout?.();
});

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const task = (n: number, patch: Partial<TaskRow> = {}): TaskRow => ({
  id: id(n),
  kind: 'apple:checkService',
  params: {},
  status: 'running',
  progress: { done: 1, total: 3 },
  step: 'tasks.steps.contacting',
  stepParams: { url: 'http://127.0.0.1:8080/mdm/v2' },
  error: null,
  result: null,
  createdAt: Date.UTC(2026, 10, 21, 9, 0),
  updatedAt: Date.UTC(2026, 10, 21, 9, 0),
  finishedAt: null,
  confirmed: true,
  ...patch,
});

describe('Active Tasks', () => {
  it('shows each running task with its progress, step and a Cancel button', async () => {
    const db = freshDatabase();
    await db.tasks.bulkAdd([
      task(1, { target: 'http://127.0.0.1:8080/mdm/v2' }),
      task(2, {
        status: 'queued',
        progress: null,
        step: null,
        targetKey: 'tasks.targets.sandbox',
        createdAt: Date.UTC(2026, 10, 21, 9, 5),
      }),
      task(3, { status: 'succeeded', finishedAt: 5 }),
    ]);
    const cancelled: string[] = [];
    const main = createFakeMain({
      'tasks:cancel': ({ id: taskId }) => {
        cancelled.push(taskId);
        return null;
      },
    });
    rendered = await renderConsole(<ActiveTasksView />, { db, api: main.api });
    const { container } = rendered;
    await eventually(() => expect(container.querySelectorAll('.task-row')).toHaveLength(2));

    const [determinate, indeterminate] = container.querySelectorAll('[role="progressbar"]');
    expect(determinate.getAttribute('aria-label')).toBe('Progress of Check Apple service');
    expect(determinate.getAttribute('aria-valuenow')).toBe('1');
    expect(determinate.getAttribute('aria-valuemax')).toBe('3');
    expect(determinate.getAttribute('aria-valuetext')).toBe('1 of 3');
    expect(indeterminate.hasAttribute('aria-valuenow')).toBe(false);
    expect(container.textContent).toContain('Contacting http://127.0.0.1:8080/mdm/v2…');
    expect(container.textContent).toContain('Built-in sandbox');
    expect(container.textContent).toContain('Waiting');

    const cancel = container.querySelector('button[aria-label="Cancel: Check Apple service"]');
    expect(cancel?.textContent).toBe('Cancel');
    await click(cancel!);
    expect(cancelled).toEqual([id(1)]);
    // Main no longer knew the task, so it cannot be running: it leaves Active Tasks.
    await eventually(() => expect(container.querySelectorAll('.task-row')).toHaveLength(1));
  });

  it('tells a newcomer what appears here when nothing runs', async () => {
    rendered = await renderConsole(<ActiveTasksView />);
    await eventually(() =>
      expect(rendered!.container.textContent).toContain('No tasks are running.'),
    );
  });
});

describe('Completed Tasks', () => {
  it('lists finished tasks newest first with their outcome, and runs failed ones again', async () => {
    const db = freshDatabase();
    await db.tasks.bulkAdd([
      task(1, {
        status: 'succeeded',
        result: { url: 'http://127.0.0.1:8080/mdm/v2', latencyMs: 8, errorCodes: 60 },
        finishedAt: 1000,
      }),
      task(2, {
        status: 'interrupted',
        error: {
          code: 'task.interrupted',
          message: 'The console closed before this task finished.',
        },
        finishedAt: 3000,
        targetKey: 'tasks.targets.sandbox',
      }),
      task(3, {
        status: 'failed',
        error: { code: 'apple.9621', message: 'Apple error 9621: Token expired' },
        finishedAt: 2000,
      }),
      task(4),
    ]);
    const started: TaskSnapshot[] = [];
    const main = createFakeMain({
      'tasks:start': (request) => {
        const snapshot = task(0, { ...request, status: 'queued', progress: null, step: null });
        started.push(snapshot);
        return snapshot;
      },
    });
    restoreLayout = fakeLayout();
    rendered = await renderConsole(<CompletedTasksView />, { db, api: main.api, language: 'nl' });
    const { container } = rendered;
    await eventually(() => expect(container.querySelector('ul')).not.toBeNull());
    const list = container.querySelector('ul')!;
    expect(list.getAttribute('aria-label')).toBe('Voltooide taken');
    await eventually(() => expect(list.querySelectorAll('li').length).toBeGreaterThan(0));
    const rows = [...list.querySelectorAll('li')];
    expect(rows.map((row) => row.querySelector('.task-status')?.textContent)).toEqual([
      'Onderbroken',
      'Mislukt',
      'Geslaagd',
    ]);
    expect(rows[0].textContent).toContain('De console werd gesloten voordat deze taak klaar was.');
    expect(rows[0].textContent).toContain('Ingebouwde sandbox');
    expect(rows[1].textContent).toContain('Dit inhoudstoken is verlopen');
    expect(rows[2].textContent).toContain('antwoordde in 8 ms');
    expect(rows[2].querySelector('button')).toBeNull();

    const runAgain = rows[0].querySelector('button')!;
    expect(runAgain.textContent).toBe('Voer opnieuw uit');
    await click(runAgain);
    await eventually(() => expect(started).toHaveLength(1));
    const again = await db.tasks.get(started[0].id);
    expect(again).toMatchObject({ status: 'queued', targetKey: 'tasks.targets.sandbox' });
  });
});
