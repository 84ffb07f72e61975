import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveSandboxOptions, SANDBOX_DEFAULTS, type SandboxOptions } from './options';

export const DEFAULT_SANDBOX_PORT = 4781;
export const DEFAULT_TOKEN_DIR = 'sandbox-tokens';

export const CLI_USAGE = `Usage: npm run sandbox -- [options]
  --port N                  loopback port (default ${DEFAULT_SANDBOX_PORT}; 0 = any free port)
  --seed demo|large|empty   starting data (default ${SANDBOX_DEFAULTS.seed})
  --out DIR                 where the five .vpptoken files go (default ./${DEFAULT_TOKEN_DIR})
  --page-size N             records per page (default ${SANDBOX_DEFAULTS.pageSize})
  --rps N                   maxRequestPerSecond per location (default ${SANDBOX_DEFAULTS.rps})
  --event-delay-ms N        how long events stay PENDING (default ${SANDBOX_DEFAULTS.eventDelayMs})
  --faults SPEC             e.g. "503:times=2:retryAfter=1,slow:ms=1500:path=/users,drop:every=10"
  --auth-error-style documented|observed   (default ${SANDBOX_DEFAULTS.authErrorStyle})`;

export class CliArgsError extends Error {}

const integer = (flag: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new CliArgsError(`--${flag} must be a whole number, not "${value}".`);
  return Number(value);
};

/** Reads the CLI flags into validated SandboxOptions; any problem is one sentence. */
export const parseCliArgs = (
  args: string[],
  cwd: string,
): { help: true } | { help: false; options: SandboxOptions & { outDir: string } } => {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        'page-size': { type: 'string' },
        rps: { type: 'string' },
        'event-delay-ms': { type: 'string' },
        faults: { type: 'string' },
        'auth-error-style': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new CliArgsError((error as Error).message.split('\n')[0]);
  }
  if (values.help) return { help: true };
  const text = (name: string) => values[name] as string | undefined;
  const options = {
    port: integer('port', text('port')) ?? DEFAULT_SANDBOX_PORT,
    seed: text('seed') as SandboxOptions['seed'],
    outDir: resolve(cwd, text('out') ?? DEFAULT_TOKEN_DIR),
    pageSize: integer('page-size', text('page-size')),
    rps: integer('rps', text('rps')),
    eventDelayMs: integer('event-delay-ms', text('event-delay-ms')),
    faults: text('faults'),
    authErrorStyle: text('auth-error-style') as SandboxOptions['authErrorStyle'],
  };
  const defined = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as unknown as SandboxOptions & { outDir: string };
  try {
    resolveSandboxOptions(defined);
  } catch (error) {
    throw new CliArgsError((error as Error).message);
  }
  return { help: false, options: defined };
};
