type Exit = (code: number) => never;

export interface StopOnSignal {
  /** Registers how to close what start-up just opened; they close in reverse order. */
  onStop(close: () => Promise<void>): void;
  /** Between start-up steps: when a signal came, closes what is open and exits 0. */
  checkpoint(): Promise<void>;
  /** Start-up is done: a signal from now on stops at once. */
  ready(): void;
  /** Closes what is open and exits with `code` (start-up failed). */
  exit(code: number): Promise<never>;
}

/**
 * SIGINT and SIGTERM close the console cleanly at any moment, start-up included. Installed
 * before anything is opened, so no signal finds Node's default (die on the spot, leaving a
 * stale console.lock): one during start-up waits for the next checkpoint. A second signal
 * while closing exits at once; console.lock is still freed by its exit hook.
 */
export const stopOnSignal = (
  log: (line: string) => void,
  exit: Exit = (code) => process.exit(code),
  signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'],
): StopOnSignal => {
  const closers: (() => Promise<void>)[] = [];
  let signalled = false;
  let started = false;
  let stopping: Promise<never> | undefined;

  const stop = (code: number): Promise<never> =>
    (stopping ??= (async () => {
      let failed = false;
      for (const close of closers.reverse()) {
        try {
          await close();
        } catch (error) {
          failed = true;
          log(`While stopping: ${String(error)}`);
        }
      }
      return exit(failed && code === 0 ? 1 : code);
    })());

  const onSignal = () => {
    if (stopping) return exit(1);
    signalled = true;
    if (started) void stop(0);
  };
  for (const signal of signals) process.on(signal, onSignal);

  return {
    onStop: (close) => void closers.push(close),
    checkpoint: async () => {
      if (signalled) await stop(0);
    },
    ready: () => {
      started = true;
      if (signalled) void stop(0);
    },
    exit: stop,
  };
};
