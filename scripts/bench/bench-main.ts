import { BenchFailure, createBenchLog, type BenchLog } from './bench-log';

/** Undoes one thing a run started (a server, a temporary folder); run newest first. */
export type Teardown = () => Promise<unknown>;

export interface BenchOutcome<Result> {
  result: Result;
  /** One sentence per missed target; any makes the bench exit 1. */
  problems: string[];
}

/**
 * What every bench does around its run: usage errors exit 2, the result goes to stdout (one
 * JSON line with --json), each problem is logged as FAILED and exits 1, and what the run
 * started is torn down whatever happened. Returns the exit code.
 */
export const runBenchMain = async <Args extends { json: boolean }, Result>({
  parseArgs,
  usage,
  run,
  report,
  tearDownOnInterrupt = false,
}: {
  parseArgs(argv: string[]): Args | 'help';
  usage: string;
  run(args: Args, log: BenchLog, teardowns: Teardown[]): Promise<BenchOutcome<Result>>;
  /** Logs the result in a line for people, before it is printed. */
  report(log: BenchLog, result: Result): void;
  /** Ctrl+C tears down before exiting 130 (benches that start a browser). */
  tearDownOnInterrupt?: boolean;
}): Promise<number> => {
  let args: Args | 'help';
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const log = createBenchLog();
  const teardowns: Teardown[] = [];
  let tornDown: Promise<void> | undefined;
  const tearDown = () =>
    (tornDown ??= (async () => {
      for (const teardown of teardowns.reverse())
        await teardown().catch((error: unknown) => log(`teardown: ${String(error)}`));
    })());
  if (tearDownOnInterrupt)
    process.once('SIGINT', () => {
      log('interrupted; tearing down');
      void tearDown().finally(() => process.exit(130));
    });
  try {
    const { result, problems } = await run(args, log, teardowns);
    report(log, result);
    process.stdout.write(
      args.json ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`,
    );
    for (const problem of problems) log(`FAILED: ${problem}`);
    return problems.length > 0 ? 1 : 0;
  } catch (error) {
    log(
      `FAILED: ${error instanceof BenchFailure ? error.message : `unexpected error: ${(error as Error).stack ?? String(error)}`}`,
    );
    return 1;
  } finally {
    await tearDown();
  }
};
