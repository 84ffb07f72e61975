import type { Job } from '../task-runner';

/** What the check learns from the service's discovery document. */
export interface ServiceProbe {
  errorCodes: number;
  maxRequestPerSecond: number;
}

export interface CheckAppleServiceDeps {
  /** Where the configured Apple service lives (starts the embedded sandbox if that's the one). */
  resolveServiceUrl(signal: AbortSignal): Promise<string>;
  /** Reads `GET {base}/service/config`, which needs no token, and checks it is Apple's shape. */
  probe(baseUrl: string, signal: AbortSignal): Promise<ServiceProbe>;
  now?: () => number;
}

/**
 * The first real job: does the Apple service configured in Settings answer? It exercises the
 * whole task path (steps, progress, plain-language errors) without needing a content token.
 */
export const checkAppleService =
  (deps: CheckAppleServiceDeps): Job =>
  async (_params, context) => {
    const now = deps.now ?? Date.now;
    context.progress(0, 3);
    context.step('tasks.steps.resolving');
    const url = await deps.resolveServiceUrl(context.signal);
    context.progress(1, 3);
    context.step('tasks.steps.contacting', { url });
    const started = now();
    const probe = await deps.probe(url, context.signal);
    const latencyMs = Math.round(now() - started);
    context.progress(2, 3);
    context.step('tasks.steps.reading');
    context.progress(3, 3);
    return {
      url,
      latencyMs,
      errorCodes: probe.errorCodes,
      maxRequestPerSecond: probe.maxRequestPerSecond,
    };
  };
