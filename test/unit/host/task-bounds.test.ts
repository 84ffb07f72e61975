import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FinishedTaskJournal, JOURNAL_FILE } from '../../../electron/tasks/finished-task-journal';
import { JOURNAL_LIMITS, journalLineOf } from '../../../electron/tasks/finished-task-index';
import { TASK_LIMITS } from '../../../electron/tasks/task-limits';
import { TaskRunner, type Job } from '../../../electron/tasks/task-runner';
import { AppError } from '../../../electron/host/app-error';
import {
  StartTaskRequest,
  TASK_PARAMS_LIMITS,
  type TaskParams,
  type TaskSnapshot,
} from '../../../shared/domain/tasks';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Params as large as tasks:start accepts: texts of the longest length, up to 16 KiB of JSON. */
const paramsAtTheLimit = (n: number): TaskParams => {
  const params: Record<string, string> = { n: String(n).padStart(4, '0') };
  let key = 0;
  const size = () => JSON.stringify(params).length;
  while (size() < TASK_PARAMS_LIMITS.maxBytes) {
    const name = `k${key++}`;
    params[name] = '';
    params[name] = 'x'.repeat(
      Math.min(TASK_PARAMS_LIMITS.maxBytes - size(), TASK_PARAMS_LIMITS.maxStringLength),
    );
  }
  return params;
};

const { maxRunning, maxWaiting } = TASK_LIMITS['apple:checkService'];

describe('500 tasks with params at the size limit', () => {
  it('keep the runner and the journal bounded, and each finish appends one line', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vpp-bounds-'));
    const path = join(dataDir, JOURNAL_FILE);
    const journal = new FinishedTaskJournal(dataDir);
    const job: Job = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return { ok: 1 };
    };
    const runner = new TaskRunner({ 'apple:checkService': job, 'vpp:sync': job }, { journal });
    await runner.load();

    let mostHeld = 0;
    const finishedIds: string[] = [];
    runner.onChange((task) => {
      mostHeld = Math.max(mostHeld, runner.activeTaskCount());
      if (task.finishedAt !== null) finishedIds.push(task.id);
    });
    const request = (n: number) =>
      StartTaskRequest.parse({
        id: id(n),
        kind: 'apple:checkService',
        params: paramsAtTheLimit(n),
      });

    // A burst: what does not fit in the running places and the queue is refused.
    let refused = 0;
    for (let n = 1; n <= 40; n++) {
      try {
        runner.start(request(n));
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe('tasks.tooMany');
        refused += 1;
      }
    }
    expect(refused).toBe(40 - maxRunning - maxWaiting);
    while (runner.activeTaskCount() > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await journal.flush();

    // Then one at a time, watching the file after every finish.
    let before = await stat(path);
    let appends = 0;
    let compactions = 0;
    for (let n = 41; n <= 500; n++) {
      const done = new Promise<TaskSnapshot>((resolve) => {
        const off = runner.onChange((task) => {
          if (task.id === id(n) && task.finishedAt !== null) {
            off();
            resolve(task);
          }
        });
      });
      runner.start(request(n));
      const task = await done;
      await journal.flush();
      const after = await stat(path);
      expect(after.size).toBeLessThanOrEqual(JOURNAL_LIMITS.maxBytes);
      if (after.ino === before.ino) {
        expect(after.size - before.size).toBe(Buffer.byteLength(journalLineOf(task)));
        appends += 1;
      } else {
        // Compacted: the newest tasks that fit in half the budget.
        expect(after.size).toBeLessThanOrEqual(JOURNAL_LIMITS.maxBytes / 2);
        compactions += 1;
      }
      before = after;
    }
    expect(finishedIds).toHaveLength(500 - refused);
    expect(mostHeld).toBeLessThanOrEqual(maxRunning + maxWaiting);
    expect(runner.activeTaskCount()).toBe(0);
    // ~16 KiB a line: a compaction every ~128 finishes, every other finish a plain append.
    expect(compactions).toBeGreaterThan(0);
    expect(compactions).toBeLessThan(10);
    expect(appends).toBe(460 - compactions);

    // What the runner answers from is bounded by the same budget, newest kept.
    const listed = runner.list();
    const listedBytes = listed.reduce((sum, t) => sum + Buffer.byteLength(journalLineOf(t)), 0);
    expect(listedBytes).toBeLessThanOrEqual(JOURNAL_LIMITS.maxBytes);
    expect(listed.at(-1)?.id).toBe(id(500));
    expect(runner.start(request(500)).status).toBe('succeeded'); // still idempotent

    // And the file reads back as what the runner lists.
    await runner.close();
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    const reloaded = new FinishedTaskJournal(dataDir);
    expect((await reloaded.load()).map((t) => t.id)).toEqual(listed.map((t) => t.id));
    expect(lines.length).toBe(listed.length);
  }, 60_000);
});
