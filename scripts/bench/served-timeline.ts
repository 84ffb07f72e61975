import type { SandboxAdmin } from '../../electron/sandbox/index';

export type ApiStats = ReturnType<SandboxAdmin['stats']>;

export interface EndpointTimes {
  endpoint: string;
  requests: number;
  /** Seconds from the timeline's start to the first and the last answer seen. */
  first: number;
  last: number;
}

const SAMPLE_MS = 100;

/**
 * When the sandbox answered each endpoint, sampled from its counters every 100 ms (the
 * sandbox runs in this process, so a sample costs nothing the console would notice).
 */
export class ServedTimeline {
  private readonly times = new Map<string, { requests: number; first: number; last: number }>();
  private readonly startedAt = performance.now();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly stats: () => ApiStats) {
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
  }

  stop(): EndpointTimes[] {
    clearInterval(this.timer);
    this.sample();
    return [...this.times].map(([endpoint, time]) => ({ endpoint, ...time }));
  }

  private sample(): void {
    const now = (performance.now() - this.startedAt) / 1000;
    for (const [endpoint, requests] of Object.entries(this.stats().byEndpoint)) {
      const time = this.times.get(endpoint);
      if (!time) this.times.set(endpoint, { requests, first: now, last: now });
      else if (time.requests !== requests) Object.assign(time, { requests, last: now });
    }
  }
}
