import { setTimeout as sleep } from 'node:timers/promises';
import type { AttemptResult } from './post-notification';
import type { NotificationDelivery } from './delivery-log';

export interface RetryPolicy {
  maxAttempts: number;
  /** Wait before the second attempt; the third waits twice as long, and so on. */
  delayMs: number;
}

/**
 * Apple's best effort: up to `maxAttempts` tries, any 2xx delivers. Every attempt is recorded
 * on `record`. Stops at once when the sandbox closes.
 */
export const deliverWithRetries = async (
  attempt: () => Promise<AttemptResult>,
  record: NotificationDelivery,
  policy: RetryPolicy,
  closed: AbortSignal,
  now: () => Date,
): Promise<boolean> => {
  for (let number = 1; number <= policy.maxAttempts && !closed.aborted; number++) {
    if (number > 1) {
      const waited = await sleep(policy.delayMs * (number - 1), true, { signal: closed }).catch(
        () => false,
      );
      if (!waited) break;
    }
    const result = await attempt();
    record.attempts.push({
      at: now().toISOString(),
      ...(result.status !== undefined ? { status: result.status } : {}),
      ...(result.error !== undefined ? { error: result.error } : {}),
    });
    if (result.delivered) {
      record.outcome = 'delivered';
      return true;
    }
  }
  record.outcome = 'failed';
  return false;
};
