import { TOKEN_WARNING_DAYS } from '../../shared/domain/tokens';
import { noticeText, type NoticeLanguage } from './notice-text';
import { DAY_MS, healthOf } from './token-health';
import type { TokenRecord, WarningKey } from './token-record';
import type { TokenStore } from './token-store';

export interface Notice {
  id: string;
  title: string;
  body: string;
}

export interface HealthWatchDeps {
  store: TokenStore;
  now: () => number;
  language: () => NoticeLanguage;
  notify: (notice: Notice) => void;
  log?: (message: string) => void;
  intervalMs?: number;
}

const HOUR_MS = 60 * 60_000;

/** Thresholds from the furthest (30 days) to the nearest (1 day). */
const THRESHOLDS = [...TOKEN_WARNING_DAYS].sort((a, b) => b - a);

/**
 * The notice a token is due, and every key it settles. A token first seen with 10 days left
 * gets one notice (14 days), not two: the 30-day one is settled with it.
 */
export const dueWarning = (
  record: TokenRecord,
  now: number,
): { key: WarningKey; settles: WarningKey[] } | undefined => {
  const health = healthOf(record, now);
  const open = (key: WarningKey) => !record.warned.includes(key);
  if (health === 'revoked' || health === 'expired')
    return open(health) ? { key: health, settles: [health] } : undefined;
  const left = Date.parse(record.expiresAt) - now;
  const crossed = THRESHOLDS.filter((days) => left <= days * DAY_MS).map(
    (days) => String(days) as WarningKey,
  );
  const nearest = crossed.at(-1);
  return nearest && open(nearest) ? { key: nearest, settles: crossed } : undefined;
};

/**
 * Warns once per token at 30, 14, 7 and 1 days before expiry, and when it has expired or was
 * revoked. What was warned about is saved with the token, so a restart doesn't warn again.
 * Looks at start and every hour (the timer never keeps the process alive).
 */
export class HealthWatch {
  private timer: ReturnType<typeof setInterval> | undefined;
  private checking: Promise<void> = Promise.resolve();

  constructor(private readonly deps: HealthWatchDeps) {}

  start(): void {
    if (this.timer) return;
    void this.check();
    this.timer = setInterval(() => void this.check(), this.deps.intervalMs ?? HOUR_MS);
    this.timer.unref?.();
  }

  /** No more checks; resolves when the one under way (if any) is done. */
  stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    return this.checking;
  }

  /** Every token (or one); resolves when their notices are given and saved. */
  check(tokenId?: string): Promise<void> {
    const run = this.checking.then(async () => {
      const ids = tokenId ? [tokenId] : this.deps.store.list().map((record) => record.id);
      for (const id of ids) await this.checkOne(id);
    });
    this.checking = run.catch(() => undefined);
    return run;
  }

  private async checkOne(id: string): Promise<void> {
    let due: { key: WarningKey; record: TokenRecord } | undefined;
    const saved = this.deps.store.update(id, (record) => {
      const warning = dueWarning(record, this.deps.now());
      if (!warning) return record;
      due = { key: warning.key, record };
      return { ...record, warned: [...new Set([...record.warned, ...warning.settles])] };
    });
    await saved.catch((error: unknown) =>
      this.deps.log?.(`tokens.json: could not save a notice given: ${String(error)}`),
    );
    if (!due) return;
    const text = noticeText(due.key, due.record, this.deps.language());
    this.deps.notify({ id: `token:${id}:${due.key}`, ...text });
  }
}
