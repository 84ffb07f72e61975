import { request, type Agent } from 'node:https';

export interface NotificationTarget {
  url: string;
  authToken: string;
}

export interface AttemptResult {
  /** Any 2xx answer: delivered. */
  delivered: boolean;
  /** The receiver's HTTP status, when it answered. */
  status?: number;
  /** Why there was no answer (connection refused, untrusted certificate, timeout…). */
  error?: string;
}

export interface Transport {
  agent: Agent;
  timeoutMs: number;
  /** Aborted when the sandbox closes. */
  signal: AbortSignal;
}

const describeError = (error: unknown): string => {
  const { code, message } = error as NodeJS.ErrnoException;
  return code && !message.includes(code) ? `${code}: ${message}` : message;
};

/**
 * One delivery attempt, as Apple makes it: an HTTPS POST of the JSON body with
 * `Authorization: Bearer <notificationAuthToken>`. Redirects are not followed (not 2xx).
 */
export const postNotification = (
  target: NotificationTarget,
  body: string,
  transport: Transport,
): Promise<AttemptResult> =>
  new Promise((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    let outgoing: ReturnType<typeof request> | undefined;
    const timer = setTimeout(() => {
      finish({ delivered: false, error: `No answer within ${transport.timeoutMs} ms.` });
      outgoing?.destroy();
    }, transport.timeoutMs);
    try {
      outgoing = request(target.url, {
        method: 'POST',
        agent: transport.agent,
        signal: transport.signal,
        headers: {
          authorization: `Bearer ${target.authToken}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'VPP-Sandbox-Notifier/1',
        },
      });
    } catch (error) {
      return finish({ delivered: false, error: describeError(error) });
    }
    outgoing.on('response', (response) => {
      response.resume(); // the answer's body is not read, only its status
      const status = response.statusCode ?? 0;
      finish({ delivered: status >= 200 && status < 300, status });
    });
    outgoing.on('error', (error) => finish({ delivered: false, error: describeError(error) }));
    outgoing.end(body);
  });
