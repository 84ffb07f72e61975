import type { TaskKind } from '../../shared/domain/tasks';

/** How many tasks of one kind may run at once, and how many more may wait for a place. */
export interface KindLimits {
  maxRunning: number;
  maxWaiting: number;
}

export type TaskLimits = Record<TaskKind, KindLimits>;

/**
 * Per kind, so a new kind has to say what it can bear (the type check asks for an entry):
 * a sync is bound by Apple's rate limit per token, a mail batch by the SMTP server. Together
 * they bound what the runner holds in memory: at most the sum of maxRunning + maxWaiting.
 */
export const TASK_LIMITS: TaskLimits = {
  // A connection check is one request; two at once already covers "check, change, check".
  'apple:checkService': { maxRunning: 2, maxWaiting: 20 },
  // Apple limits each token on its own, but every sync's pages go to the same window's
  // database: three at once keep it busy. Up to 3,000 tokens may wait for their turn.
  'vpp:sync': { maxRunning: 3, maxWaiting: 3_000 },
  // Registration batches go to Apple one request at a time per batch; a few side by side.
  'vpp:registerUsers': { maxRunning: 2, maxWaiting: 200 },
  'vpp:retireUsers': { maxRunning: 2, maxWaiting: 200 },
  // One mail batch at a time keeps the SMTP server's connection limit; the rest wait.
  'mail:sendInvitations': { maxRunning: 1, maxWaiting: 500 },
};
