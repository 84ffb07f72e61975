import {
  startSandbox,
  type RunningSandbox,
  type SandboxOptions,
} from '../../../electron/sandbox/index';
import { VppClient, type VppClientOptions } from '../../../electron/vpp/client';

/** Event polling shrunk for tests: the sandbox processes events after `eventDelayMs`. */
export const FAST_EVENTS = { firstPollDelayMs: 20, pollIntervalMs: 40, pendingTimeoutMs: 10_000 };

export const FAST_RETRIES: VppClientOptions['retry'] = {
  rateLimited: { maxAttempts: 8, baseDelayMs: 100, maxDelayMs: 1000 },
  serverError: { maxAttempts: 4, baseDelayMs: 50, maxDelayMs: 500 },
  network: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 100 },
};

export const startTestSandbox = (options: SandboxOptions = {}): Promise<RunningSandbox> =>
  startSandbox({ port: 0, seed: 'demo', eventDelayMs: 30, rps: 1000, ...options });

export const clientOf = (
  sandbox: RunningSandbox,
  token: keyof RunningSandbox['tokens'] = 'demo',
  options: VppClientOptions = {},
) =>
  new VppClient({
    token: sandbox.tokens[token],
    baseUrl: sandbox.baseUrl,
    eventPolling: FAST_EVENTS,
    retry: FAST_RETRIES,
    timeoutMs: 5000,
    ...options,
  });

export const failureOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail');
};
