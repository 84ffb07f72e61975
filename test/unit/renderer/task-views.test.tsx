import { describe, expect, it } from 'vitest';
import type { TaskSnapshot } from '../../../shared/domain/tasks';
import type { TaskRow } from '../../../renderer/db/types';
import { ActiveTasksView } from '../../../renderer/features/tasks/active-tasks-view';
import { CompletedTasksView } from '../../../renderer/features/tasks/completed-tasks-view';
import { useUiStore } from '../../../renderer/stores/ui-store';
import { createFakeMain } from './support/fake-main';
import { click, eventually, freshDatabase, press } from './support/render';
import { renderPerTest } from './support/render-per-test';

const render = renderPerTest();

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const task = (n: number, patch: Partial<TaskRow> = {}): TaskRow => ({
  id: id(n),
  kind: 'apple:checkService',
  params: { service: 'custom', url: 'http://127.0.0.1:8080/mdm/v2' },
  status: 'running',
  progress: { done: 1, total: 3 },
  step: 'tasks.steps.contacting',
  stepParams: { service: 'custom', url: 'http://127.0.0.1:8080/mdm/v2' },
  error: null,
  result: null,
  createdAt: Date.UTC(2026, 10, 21, 9, 0),
  updatedAt: Date.UTC(2026, 10, 21, 9, 0),
  finishedAt: null,
  confirmed: true,
  ...patch,
});

/** The grid as the admin reads it: each row's cells, top to bottom. */
const gridRows = (container: HTMLElement) =>
  [
    ...container.querySelectorAll(
      '[role="grid"] [role="rowgroup"] + [role="rowgroup"] [role="row"]',
    ),
  ].map((row) => [...row.querySelectorAll('[role="gridcell"]')].map((cell) => cell.textContent));

describe('Active Tasks', () => {
  it('lists each task on one grid, told apart by its target, with its progress and Cancel', async () => {
    const db = freshDatabase();
    await db.tasks.bulkAdd([
      task(1),
      task(2, {
        params: { service: 'sandbox' },
        status: 'queued',
        progress: null,
        step: null,
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
    const rendered = await render(<ActiveTasksView />, { db, api: main.api });
    const { container } = rendered;
    await eventually(() => expect(gridRows(container)).toHaveLength(2));
    const headers = [...container.querySelectorAll('[role="columnheader"]')].map(
      (header) => header.textContent,
    );
    expect(headers).toEqual(['Task', 'Target', 'Status', 'Time', 'Action']);
    const [custom, sandbox] = gridRows(container);
    expect(custom.slice(0, 3)).toEqual([
      'Check the service at 127.0.0.1:8080',
      '127.0.0.1:8080',
      'In Progress',
    ]);
    // The built-in sandbox is said in words, never with its random port.
    expect(sandbox.slice(0, 3)).toEqual([
      'Check the built-in sandbox',
      'On this computer',
      'Waiting',
    ]);

    const progress = container.querySelector('[role="progressbar"]')!;
    expect(progress.getAttribute('aria-label')).toBe(
      'Progress of “Check the service at 127.0.0.1:8080”',
    );
    expect(progress.getAttribute('aria-valuetext')).toBe('1 of 3');

    // Selecting a task shows it below: its step in words, and Cancel Task.
    const grid = container.querySelector<HTMLElement>('[role="grid"]')!;
    await press(grid, 'ArrowDown');
    await eventually(() => expect(container.querySelector('.task-detail-title')).not.toBeNull());
    expect(container.querySelector('.task-detail')?.textContent).toContain('In Progress');
    const cancel = [...container.querySelectorAll('.task-detail button')].find(
      (button) => button.textContent === 'Cancel Task',
    )!;
    await click(cancel);
    expect(cancelled).toEqual([id(1)]);
    // Main no longer knew the task, so it cannot be running: it leaves Active Tasks.
    await eventually(() => expect(gridRows(container)).toHaveLength(1));
  });

  it('shows a task being canceled as such, with no Cancel to press again', async () => {
    const db = freshDatabase();
    await db.tasks.add(task(1, { status: 'cancelling' }));
    const rendered = await render(<ActiveTasksView />, { db });
    const { container } = rendered;
    await eventually(() => expect(gridRows(container)).toHaveLength(1));
    expect(gridRows(container)[0][2]).toBe('Canceling…');
    expect(container.querySelector('.task-row .row-button')).toBeNull();
  });

  it('tells a newcomer what appears here, and opens the connection check', async () => {
    const rendered = await render(<ActiveTasksView />);
    const { container } = rendered;
    await eventually(() =>
      expect(container.querySelector('.placard-title')?.textContent).toBe('No Active Tasks'),
    );
    await click(container.querySelector('.placard-action')!);
    expect(useUiStore.getState().section).toBe('settings');
    expect(useUiStore.getState().settingsPane).toBe('apple-service');
  });
});

describe('Completed Tasks', () => {
  const finished = () => [
    task(1, {
      status: 'succeeded',
      result: { url: 'http://127.0.0.1:8080/mdm/v2', latencyMs: 8, errorCodes: 60 },
      finishedAt: Date.UTC(2026, 10, 21, 9, 1),
    }),
    task(2, {
      // Started by an older console: params say nothing, its label said what it checked.
      params: {},
      targetKey: 'tasks.targets.sandbox',
      status: 'interrupted',
      error: { code: 'task.interrupted', message: 'The console closed before this task finished.' },
      finishedAt: Date.UTC(2026, 10, 21, 9, 3),
    }),
    task(3, {
      params: { service: 'apple' },
      status: 'failed',
      error: { code: 'apple.9621', message: 'Apple error 9621: Token expired' },
      finishedAt: Date.UTC(2026, 10, 21, 9, 2),
    }),
    task(4, {
      params: { service: 'sandbox' },
      status: 'cancelled',
      error: { code: 'task.cancelled', message: 'The task was cancelled.' },
      finishedAt: Date.UTC(2026, 10, 21, 9, 0),
    }),
    task(5),
  ];

  it('lists finished tasks newest first; red means failure only; Run Again reruns what ran', async () => {
    const db = freshDatabase();
    await db.tasks.bulkAdd(finished());
    const started: TaskSnapshot[] = [];
    const main = createFakeMain({
      'tasks:start': (request) => {
        const snapshot = task(0, { ...request, status: 'queued', progress: null, step: null });
        started.push(snapshot);
        return snapshot;
      },
    });
    const rendered = await render(<CompletedTasksView />, { db, api: main.api, language: 'nl' });
    const { container } = rendered;
    await eventually(() => expect(gridRows(container)).toHaveLength(4));
    expect(container.querySelector('[role="grid"]')?.getAttribute('aria-label')).toBe(
      'Voltooide taken',
    );
    expect(gridRows(container).map((row) => row[2])).toEqual([
      'Onderbroken',
      'Mislukt',
      'Geslaagd',
      'Geannuleerd',
    ]);
    const statuses = [...container.querySelectorAll('.task-row .status-badge')];
    expect(statuses.map((badge) => badge.className.replace('status-badge ', ''))).toEqual([
      'tone-neutral',
      'tone-failure',
      'tone-success',
      'tone-neutral',
    ]);

    // The failed check: its Apple number and sentence in the detail.
    const grid = container.querySelector<HTMLElement>('[role="grid"]')!;
    await press(grid, 'ArrowDown');
    await press(grid, 'ArrowDown');
    await eventually(() =>
      expect(container.querySelector('.task-detail-title')?.textContent).toBe(
        'Dienst van Apple controleren',
      ),
    );
    const detail = () => container.querySelector('.task-detail')!.textContent;
    expect(detail()).toContain('Dit inhoudstoken is verlopen');
    expect(detail()).toContain('Foutnummer van Apple9621');

    // The interrupted one from an older console: Run Again checks what its label said.
    await press(grid, 'Home');
    await eventually(() =>
      expect(container.querySelector('.task-detail-title')?.textContent).toBe(
        'Ingebouwde sandbox controleren',
      ),
    );
    const runAgain = [...container.querySelectorAll('.task-detail button')].find(
      (button) => button.textContent === 'Opnieuw',
    )!;
    await click(runAgain);
    await eventually(() => expect(started).toHaveLength(1));
    expect(started[0].params).toEqual({ service: 'sandbox' });
    await eventually(async () =>
      expect((await db.tasks.get(started[0].id))?.status).toBe('queued'),
    );
  });

  it('says what a successful check found, with the figures in the detail', async () => {
    const db = freshDatabase();
    await db.tasks.bulkAdd(finished());
    const rendered = await render(<CompletedTasksView />, { db });
    const { container } = rendered;
    await eventually(() => expect(gridRows(container)).toHaveLength(4));
    await act(() => useUiStore.getState().selectItem('completed-tasks', id(1)));
    await eventually(() =>
      expect(container.querySelector('.task-outcome')?.textContent).toBe(
        'The service at 127.0.0.1:8080 answered.',
      ),
    );
    const detail = container.querySelector('.task-detail')!.textContent;
    expect(detail).toContain('Answered in8 ms');
    expect(detail).toContain('Error codes known60');
    // A succeeded task offers nothing to run again.
    expect(container.querySelector('.task-detail-buttons button')).toBeNull();
  });

  it('asks before Clear, then empties the list in the database and in main', async () => {
    const db = freshDatabase();
    await db.tasks.bulkAdd(finished());
    const main = createFakeMain({ 'tasks:clearFinished': () => ({ cleared: 4 }) });
    const rendered = await render(<CompletedTasksView />, { db, api: main.api });
    const { container } = rendered;
    await eventually(() => expect(gridRows(container)).toHaveLength(4));
    const clear = [...container.querySelectorAll('.toolbar button')].find(
      (button) => button.textContent === 'Clear',
    )!;
    await click(clear);
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(dialog.textContent).toContain('All 4 completed tasks are removed from this list.');
    await click([...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Clear')!);
    await eventually(() =>
      expect(container.querySelector('.placard-title')?.textContent).toBe('No Completed Tasks'),
    );
    expect(main.calls.map((call) => call.channel)).toContain('tasks:clearFinished');
    // The running task is untouched.
    expect((await db.tasks.get(id(5)))?.status).toBe('running');
  });
});

const act = async (run: () => void) => {
  const { act: reactAct } = await import('react');
  await reactAct(async () => run());
};
