import { AppError } from './app-error';
import type { ServiceProbe } from '../tasks/jobs/check-apple-service';

const TIMEOUT_MS = 10_000;

/** Reads Apple's discovery document, which needs no token, and checks that it is one. */
export const probeServiceConfig = async (
  baseUrl: string,
  signal: AbortSignal,
): Promise<ServiceProbe> => {
  const url = `${baseUrl}/service/config`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
    });
  } catch (error) {
    if (signal.aborted) throw error;
    if ((error as Error).name === 'TimeoutError') {
      throw new AppError(
        'network.timeout',
        `${url} did not answer within ${TIMEOUT_MS / 1000} s.`,
        { url },
      );
    }
    throw new AppError('network.unreachable', `Could not reach ${url}.`, { url });
  }
  const body = (await response.json().catch(() => undefined)) as
    Record<string, unknown> | undefined;
  if (body && typeof body.errorNumber === 'number') {
    const message = String(body.errorMessage ?? '');
    throw new AppError(`apple.${body.errorNumber}`, `Apple error ${body.errorNumber}: ${message}`, {
      number: body.errorNumber,
      message,
    });
  }
  const limits = body?.limits as Record<string, number> | undefined;
  if (!response.ok || !body || !Array.isArray(body.errorCodes) || !limits) {
    throw new AppError(
      'http.unexpectedStatus',
      `${url} answered HTTP ${response.status}, not Apple's service configuration.`,
      { status: response.status, url },
    );
  }
  return {
    errorCodes: body.errorCodes.length,
    maxRequestPerSecond: Number(limits.maxRequestPerSecond ?? 0),
  };
};
