import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FAULT_SPEC_USAGE, FaultSpecError, parseFaultSpec } from './http/fault-spec';
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
  --auth-error-style documented|observed   (default ${SANDBOX_DEFAULTS.authErrorStyle})
  --notification-ca FILE    PEM certificate(s) trusted for webhook receivers (besides the system's)
  --notification-retry-delay-ms N   before a notification's 2nd attempt; the 3rd waits twice
                            as long (default ${SANDBOX_DEFAULTS.notificationRetryDelayMs})
  --notification-timeout-ms N   per delivery attempt (default ${SANDBOX_DEFAULTS.notificationTimeoutMs})
  --duplicate-notifications deliver every notification twice (clients test de-duplication)`;

/** A refused flag: one sentence, and for a flag with a syntax of its own, that syntax. */
export class CliArgsError extends Error {
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
  }
}

const checkFaults = (spec: string | undefined) => {
  try {
    if (spec !== undefined) parseFaultSpec(spec);
  } catch (error) {
    if (error instanceof FaultSpecError) throw new CliArgsError(error.message, FAULT_SPEC_USAGE);
    throw error;
  }
};

const integer = (flag: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new CliArgsError(`--${flag} must be a whole number, not "${value}".`);
  return Number(value);
};

const readCaFile = (file: string | undefined, cwd: string): string | undefined => {
  if (file === undefined) return undefined;
  const path = resolve(cwd, file);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliArgsError(
      `--notification-ca: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
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
        'notification-ca': { type: 'string' },
        'notification-retry-delay-ms': { type: 'string' },
        'notification-timeout-ms': { type: 'string' },
        'duplicate-notifications': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new CliArgsError((error as Error).message.split('\n')[0]);
  }
  if (values.help) return { help: true };
  const text = (name: string) => values[name] as string | undefined;
  checkFaults(text('faults'));
  const options = {
    port: integer('port', text('port')) ?? DEFAULT_SANDBOX_PORT,
    seed: text('seed') as SandboxOptions['seed'],
    outDir: resolve(cwd, text('out') ?? DEFAULT_TOKEN_DIR),
    pageSize: integer('page-size', text('page-size')),
    rps: integer('rps', text('rps')),
    eventDelayMs: integer('event-delay-ms', text('event-delay-ms')),
    faults: text('faults'),
    authErrorStyle: text('auth-error-style') as SandboxOptions['authErrorStyle'],
    notificationCa: readCaFile(text('notification-ca'), cwd),
    notificationRetryDelayMs: integer(
      'notification-retry-delay-ms',
      text('notification-retry-delay-ms'),
    ),
    notificationTimeoutMs: integer('notification-timeout-ms', text('notification-timeout-ms')),
    duplicateNotifications: values['duplicate-notifications'] === true ? true : undefined,
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
