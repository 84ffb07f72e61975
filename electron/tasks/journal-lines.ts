import { isActive, TaskSnapshot } from '../../shared/domain/tasks';

export interface JournalLines {
  tasks: TaskSnapshot[];
  /** The file did not end with a newline: the last append was cut off (a crash mid-write). */
  tornTail: boolean;
  /** Lines before the last that are not ours: the file was damaged or written by someone else. */
  unreadableLines: number;
}

const snapshotOf = (line: string): TaskSnapshot | undefined => {
  try {
    const parsed = TaskSnapshot.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Reads the journal's JSON Lines, one finished task each. A torn last line is what a crash
 * mid-append leaves: skipped without fuss (if it is whole but for its newline, it is kept).
 * Valid snapshots that are not final are skipped too: we only ever append finished tasks.
 */
export const parseJournalLines = (text: string): JournalLines => {
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  const result: JournalLines = { tasks: [], tornTail: tail !== '', unreadableLines: 0 };
  const keep = (task: TaskSnapshot) => {
    if (task.finishedAt !== null && !isActive(task.status)) result.tasks.push(task);
  };
  for (const line of lines) {
    if (line.trim() === '') continue;
    const task = snapshotOf(line);
    if (task) keep(task);
    else result.unreadableLines += 1;
  }
  const last = result.tornTail ? snapshotOf(tail) : undefined;
  if (last) keep(last);
  return result;
};
