import type { ServerResponse } from 'node:http';
import { APPLE_ROUTES, SERVICE_CONFIG_PATH } from '../apple/routes';

/** What the sandbox answered on Apple's API since it started or the counters were reset. */
export interface ApiStatsSnapshot {
  /** Requests to `/mdm/v2/*` (not the index page) answered, whatever the status. */
  requests: number;
  /** Of those, answered HTTP 429 (the rate limit, 9646, or a `429` fault). */
  http429: number;
  /** Connections closed before an answer: a `drop` fault, or a client that left. */
  unanswered: number;
  /** Answered requests per endpoint, e.g. `"GET /assignments": 400`; unknown paths count as `other`. */
  byEndpoint: Record<string, number>;
  /** When counting began, ISO-8601. */
  since: string;
}

const KNOWN_PATHS = new Set([...APPLE_ROUTES.keys(), SERVICE_CONFIG_PATH]);

/**
 * Counters of Apple's API for benchmarks and tests: how many requests a sync cost and how
 * many the rate limit refused. Counted when the answer is written, so a request read the
 * moment its answer arrived is already in.
 */
export class ApiStats {
  private counts = { requests: 0, http429: 0, unanswered: 0 };
  private byEndpoint = new Map<string, number>();
  private since: Date;

  constructor(private readonly now: () => Date) {
    this.since = now();
  }

  /** `path` is the part after /mdm/v2. */
  observe(method: string, path: string, res: ServerResponse): void {
    const endpoint = KNOWN_PATHS.has(path) ? `${method} ${path}` : 'other';
    let counted = false;
    const count = (answered: boolean) => {
      if (counted) return;
      counted = true;
      if (!answered) {
        this.counts.unanswered++;
        return;
      }
      this.counts.requests++;
      if (res.statusCode === 429) this.counts.http429++;
      this.byEndpoint.set(endpoint, (this.byEndpoint.get(endpoint) ?? 0) + 1);
    };
    // 'finish': the whole answer is handed to the socket, before the client can read its end.
    res.once('finish', () => count(true));
    res.once('close', () => count(res.writableFinished));
  }

  snapshot(): ApiStatsSnapshot {
    return {
      ...this.counts,
      byEndpoint: Object.fromEntries(this.byEndpoint),
      since: this.since.toISOString(),
    };
  }

  reset(): void {
    this.counts = { requests: 0, http429: 0, unanswered: 0 };
    this.byEndpoint = new Map();
    this.since = this.now();
  }
}
