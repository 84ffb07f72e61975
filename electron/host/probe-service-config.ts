import { VppClient } from '../vpp';
import type { ServiceProbe } from '../tasks/jobs/check-apple-service';

/**
 * A connection check should answer within seconds: one network retry, a 10 s timeout, and
 * Apple's own Retry-After on a busy service is still honoured by the client.
 */
const CHECK_RETRY = { network: { maxAttempts: 2, baseDelayMs: 300, maxDelayMs: 1_000 } };

/**
 * Reads Apple's discovery document, which needs no token, through the real client. The signal
 * goes all the way to the socket (the configuration cache aborts its request once every caller
 * has given up), so a cancelled check lets go of a slow service at once.
 */
export const probeServiceConfig = async (
  baseUrl: string,
  signal: AbortSignal,
): Promise<ServiceProbe> => {
  signal.throwIfAborted();
  const client = new VppClient({ baseUrl, timeoutMs: 10_000, retry: CHECK_RETRY });
  const config = await client.getServiceConfig({ signal, refresh: true });
  return {
    errorCodes: config.errorCodes?.length ?? 0,
    maxRequestPerSecond: Number(config.limits?.maxRequestPerSecond ?? 0),
  };
};
