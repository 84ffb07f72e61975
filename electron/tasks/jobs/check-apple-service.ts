import { z } from 'zod';
import { CheckServiceParams } from '../../../shared/domain/tasks';
import type { AppleServiceMode } from '../../../shared/domain/settings';
import { AppError } from '../../host/app-error';
import type { Job } from '../task-runner';

/** What the check learns from the service's discovery document. */
export interface ServiceProbe {
  errorCodes: number;
  maxRequestPerSecond: number;
}

export interface CheckAppleServiceDeps {
  /** The base URL of the service (starts the built-in sandbox when that is the one). */
  resolveService(
    service: AppleServiceMode,
    url: string | undefined,
    signal: AbortSignal,
  ): Promise<string>;
  /** Reads `GET {base}/service/config`, which needs no token, and checks it is Apple's shape. */
  probe(baseUrl: string, signal: AbortSignal): Promise<ServiceProbe>;
  now?: () => number;
}

const badParams = (error: z.ZodError) =>
  new AppError(
    'task.badParams',
    `This connection check doesn’t say which service to check, or names one it may not use (${z.prettifyError(error)}). Start a new check from Settings.`,
    { kind: 'apple:checkService' },
  );

/**
 * The sentences say "the built-in sandbox" rather than its random port, and treat an address
 * on this computer differently from one across the internet: they need to know which it was.
 */
const naming = (error: unknown, service: AppleServiceMode): unknown =>
  error instanceof AppError
    ? new AppError(error.code, error.message, { ...error.params, service })
    : error;

/**
 * Does the Apple service this task names answer? The service travels in the task's params
 * (what the admin had on screen), never read from the saved settings, so Run Again checks
 * what ran. It exercises the whole task path (steps, progress, plain-language errors)
 * without needing a content token.
 */
export const checkAppleService =
  (deps: CheckAppleServiceDeps): Job =>
  async (params, context) => {
    const parsed = CheckServiceParams.safeParse(params);
    if (!parsed.success) throw badParams(parsed.error);
    const target = parsed.data;
    const { service } = target;
    const now = deps.now ?? Date.now;
    try {
      context.progress(0, 3);
      context.step('tasks.steps.resolving', { service });
      const url = await deps.resolveService(
        service,
        service === 'custom' ? target.url : undefined,
        context.signal,
      );
      // The built-in sandbox's address is a random port: meaningless to the admin.
      const shown: Record<string, string> = service === 'sandbox' ? {} : { url };
      context.progress(1, 3);
      context.step('tasks.steps.contacting', { service, ...shown });
      const started = now();
      const probe = await deps.probe(url, context.signal);
      const latencyMs = Math.round(now() - started);
      context.progress(2, 3);
      context.step('tasks.steps.reading');
      context.progress(3, 3);
      return {
        service,
        ...shown,
        latencyMs,
        errorCodes: probe.errorCodes,
        maxRequestPerSecond: probe.maxRequestPerSecond,
      };
    } catch (error) {
      throw naming(error, service);
    }
  };
