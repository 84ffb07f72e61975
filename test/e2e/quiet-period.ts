import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Timing measurements and heavy page work should not share the machine's 2 cores. While a
 * test measures (the 50,000-user list), the screenshot and axe tours in the other worker wait
 * at their next screen; they pause for seconds, the figures stay the console's own. The mark is
 * a file named after this Playwright run (workers are children of the same runner process), so
 * one left behind by an aborted run never blocks another.
 */
const markFile = join(tmpdir(), `vpp-e2e-measuring-${process.ppid}`);

/** How long heavy work waits at most: a measuring test that crashed must not hang the run. */
const MAX_WAIT_MS = 45_000;
/** Lets heavy work that had already begun (one axe run, one screenshot) finish first. */
const SETTLE_MS = 1_500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `measure` while heavy work elsewhere in this run waits. */
export const whileMeasuring = async <T>(measure: () => Promise<T>): Promise<T> => {
  await writeFile(markFile, String(process.pid));
  try {
    await sleep(SETTLE_MS);
    return await measure();
  } finally {
    await rm(markFile, { force: true });
  }
};

/** Before heavy work: waits while another worker of this run is measuring. */
export const waitForQuiet = async () => {
  const startedAt = Date.now();
  while (Date.now() - startedAt < MAX_WAIT_MS) {
    const owner = await readFile(markFile, 'utf8').catch(() => undefined);
    if (owner === undefined || owner === String(process.pid)) return;
    await sleep(100);
  }
};
