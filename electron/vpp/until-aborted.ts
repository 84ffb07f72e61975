/**
 * Waits for `promise`, but stops waiting the moment `signal` aborts (rejecting with its
 * reason, as fetch does). The promise itself carries on: whoever owns the work decides whether
 * to stop it, since others may still be waiting for it.
 */
export const untilAborted = <T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> => {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as unknown);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as unknown);
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
};
