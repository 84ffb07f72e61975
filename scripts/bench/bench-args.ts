import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SeedName } from '../../electron/sandbox/index';

export interface BenchArgs {
  json: boolean;
  seed: SeedName;
  keep: boolean;
  rps: number;
  pageSize: number;
  /** Of the assignments, what the churn before the delta changes. */
  churn: number;
  /** How long one sync may take before the bench gives up. */
  timeoutSeconds: number;
  /** Also time the floor with the console's own stores and indexes (stderr only). */
  schemaFloor: boolean;
  /** A built renderer other than dist/renderer (web-cli's `--renderer-dir`). */
  rendererDir?: string;
}

export const usage = `Usage: npm run bench:sync -- [--json] [--seed large|demo|empty] [--keep]
  [--rps N] [--page-size N] [--churn FRACTION] [--timeout-seconds N] [--schema-floor]
  [--renderer-dir DIR]
  --json             print the result as JSON, as the last line on stdout
  --seed NAME        the sandbox's seed (large)
  --keep             keep the temporary data folder and browser profile (their paths are printed)
  --rps N            the sandbox's maxRequestPerSecond (15, Apple's)
  --page-size N      records per page (1000)
  --churn FRACTION   the share of assignments changed before the delta sync (0.01)
  --timeout-seconds  how long each sync may take (900)
  --schema-floor     also time the same writes into the console's own stores and indexes
  --renderer-dir DIR a built renderer other than dist/renderer`;

const SEEDS: readonly SeedName[] = ['large', 'demo', 'empty'];

const number = (name: string, text: string, min: number, max: number): number => {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new Error(`--${name} must be a number from ${min} to ${max}, not "${text}".`);
  return value;
};

/** Throws an Error with a one-line reason for a bad flag. */
export const parseBenchArgs = (argv: readonly string[]): BenchArgs | 'help' => {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      json: { type: 'boolean', default: false },
      seed: { type: 'string', default: 'large' },
      keep: { type: 'boolean', default: false },
      rps: { type: 'string', default: '15' },
      'page-size': { type: 'string', default: '1000' },
      churn: { type: 'string', default: '0.01' },
      'timeout-seconds': { type: 'string', default: '900' },
      'schema-floor': { type: 'boolean', default: false },
      'renderer-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (!SEEDS.includes(values.seed as SeedName))
    throw new Error(`--seed must be one of ${SEEDS.join(', ')}, not "${values.seed}".`);
  return {
    json: values.json,
    seed: values.seed as SeedName,
    keep: values.keep,
    rps: Math.round(number('rps', values.rps, 1, 1_000_000)),
    pageSize: Math.round(number('page-size', values['page-size'], 1, 100_000)),
    churn: number('churn', values.churn, 0, 1),
    timeoutSeconds: number('timeout-seconds', values['timeout-seconds'], 1, 24 * 3600),
    schemaFloor: values['schema-floor'],
    ...(values['renderer-dir'] ? { rendererDir: resolve(values['renderer-dir']) } : {}),
  };
};
