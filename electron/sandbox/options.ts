import { parseFaultSpec, FaultSpecError } from './http/fault-spec';
import { CaBundleError, parseCaBundle } from './notifications/tls-trust';
import { logToStderr, type SandboxLog } from './http/sandbox-log';
import type { AuthErrorStyle } from './apple/authenticate';
import type { SeedName } from './sandbox-world';

export interface SandboxOptions {
  /** 0 or undefined: a free port. Always binds 127.0.0.1. */
  port?: number;
  /** Default 'demo'. */
  seed?: SeedName;
  /** If given, the five .vpptoken files are written there. */
  outDir?: string;
  /** Records per page of assets, assignments and users (default 500: "several hundred"). */
  pageSize?: number;
  /** `maxRequestPerSecond`, advertised and enforced per location (default 15). */
  rps?: number;
  /** How long events stay PENDING before they are processed (default 1500 ms). */
  eventDelayMs?: number;
  /** Fault SPEC, see http/fault-spec.ts (default: none). */
  faults?: string;
  /** `observed`: bad tokens answer HTTP 200 with error 9622 (default 'documented'). */
  authErrorStyle?: AuthErrorStyle;
  /** The clock for token expiry and recorded times (default: the system clock). */
  now?: () => Date;
  /**
   * PEM certificate(s) trusted for notification deliveries besides the system's CAs, e.g. a
   * loopback receiver's self-signed certificate. Receivers must always be HTTPS.
   */
  notificationCa?: string | Buffer;
  /** Wait before a notification's second attempt; the third waits twice as long (default 2000 ms). */
  notificationRetryDelayMs?: number;
  /** How long one delivery attempt (also the TEST_NOTIFICATION) may take (default 5000 ms). */
  notificationTimeoutMs?: number;
  /** Deliver every notification twice, same notificationId (default false). */
  duplicateNotifications?: boolean;
  /** Where refused requests and failures are written, one line each (default: stderr). */
  log?: SandboxLog;
}

export type ResolvedSandboxOptions = Required<Omit<SandboxOptions, 'outDir' | 'notificationCa'>> & {
  outDir?: string;
  notificationCa?: string | Buffer;
};

export const SANDBOX_DEFAULTS = {
  port: 0,
  seed: 'demo',
  pageSize: 500,
  rps: 15,
  eventDelayMs: 1500,
  faults: '',
  authErrorStyle: 'documented',
  notificationRetryDelayMs: 2000,
  notificationTimeoutMs: 5000,
  duplicateNotifications: false,
} as const;

export const SEED_NAMES: readonly SeedName[] = ['demo', 'large', 'empty'];
export const AUTH_ERROR_STYLES: readonly AuthErrorStyle[] = ['documented', 'observed'];

export class SandboxOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SandboxOptionError';
  }
}

const wholeNumber = (name: string, value: number, min: number, max: number): number => {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new SandboxOptionError(
      `${name} must be a whole number from ${min} to ${max}, not ${value}.`,
    );
  return value;
};

/** Fills in defaults and rejects impossible values with a sentence naming the option. */
export const resolveSandboxOptions = (options: SandboxOptions = {}): ResolvedSandboxOptions => {
  const seed = options.seed ?? SANDBOX_DEFAULTS.seed;
  if (!SEED_NAMES.includes(seed))
    throw new SandboxOptionError(`seed must be one of ${SEED_NAMES.join(', ')}, not "${seed}".`);
  const authErrorStyle = options.authErrorStyle ?? SANDBOX_DEFAULTS.authErrorStyle;
  if (!AUTH_ERROR_STYLES.includes(authErrorStyle))
    throw new SandboxOptionError(
      `authErrorStyle must be one of ${AUTH_ERROR_STYLES.join(', ')}, not "${authErrorStyle}".`,
    );
  const faults = options.faults ?? SANDBOX_DEFAULTS.faults;
  try {
    parseFaultSpec(faults);
  } catch (error) {
    if (error instanceof FaultSpecError) throw new SandboxOptionError(error.message);
    throw error;
  }
  try {
    if (options.notificationCa !== undefined) parseCaBundle(options.notificationCa);
  } catch (error) {
    if (error instanceof CaBundleError) throw new SandboxOptionError(error.message);
    throw error;
  }
  return {
    port: wholeNumber('port', options.port ?? SANDBOX_DEFAULTS.port, 0, 65535),
    seed,
    ...(options.outDir !== undefined ? { outDir: options.outDir } : {}),
    pageSize: wholeNumber('pageSize', options.pageSize ?? SANDBOX_DEFAULTS.pageSize, 1, 100_000),
    rps: wholeNumber('rps', options.rps ?? SANDBOX_DEFAULTS.rps, 1, 1_000_000),
    eventDelayMs: wholeNumber(
      'eventDelayMs',
      options.eventDelayMs ?? SANDBOX_DEFAULTS.eventDelayMs,
      0,
      3_600_000,
    ),
    faults,
    authErrorStyle,
    now: options.now ?? (() => new Date()),
    ...(options.notificationCa !== undefined ? { notificationCa: options.notificationCa } : {}),
    notificationRetryDelayMs: wholeNumber(
      'notificationRetryDelayMs',
      options.notificationRetryDelayMs ?? SANDBOX_DEFAULTS.notificationRetryDelayMs,
      0,
      600_000,
    ),
    notificationTimeoutMs: wholeNumber(
      'notificationTimeoutMs',
      options.notificationTimeoutMs ?? SANDBOX_DEFAULTS.notificationTimeoutMs,
      1,
      600_000,
    ),
    duplicateNotifications: options.duplicateNotifications ?? false,
    log: options.log ?? logToStderr,
  };
};
