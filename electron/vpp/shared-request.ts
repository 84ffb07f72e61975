import { untilAborted } from './until-aborted';

/**
 * One request that several callers wait on. Each caller's wait ends the moment its own
 * signal aborts; when the last one waiting has given up, the request itself is aborted, so a
 * cancelled task does not leave a slow request running for nobody.
 */
export class SharedRequest<T> {
  readonly promise: Promise<T>;
  private readonly controller = new AbortController();
  private waiting = 0;
  private settled = false;

  constructor(load: (signal: AbortSignal) => Promise<T>) {
    this.promise = new Promise<T>((resolve) => resolve(load(this.controller.signal)));
    // Registered first, so it runs before any waiter resumes; also keeps an abandoned
    // request's rejection from going unhandled.
    this.promise.then(
      () => (this.settled = true),
      () => (this.settled = true),
    );
  }

  /** True once every caller gave up and the request was aborted: a new caller needs a new one. */
  get abandoned(): boolean {
    return this.controller.signal.aborted;
  }

  /** A caller without a signal never gives up, so the request is never abandoned under it. */
  async wait(signal?: AbortSignal): Promise<T> {
    this.waiting += 1;
    try {
      return await untilAborted(this.promise, signal);
    } finally {
      this.waiting -= 1;
      if (this.waiting === 0 && !this.settled) this.controller.abort(signal?.reason);
    }
  }
}
