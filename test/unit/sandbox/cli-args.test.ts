import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { describe, expect, it } from 'vitest';
import {
  CliArgsError,
  DEFAULT_SANDBOX_PORT,
  parseCliArgs,
} from '../../../electron/sandbox/cli-args';

const errorOf = (args: string[]) => {
  try {
    parseCliArgs(args, '/work');
  } catch (error) {
    expect(error).toBeInstanceOf(CliArgsError);
    return (error as Error).message;
  }
  return 'accepted';
};

describe('sandbox CLI flags', () => {
  it('defaults the port and the token directory', () => {
    expect(parseCliArgs([], '/work')).toEqual({
      help: false,
      options: { port: DEFAULT_SANDBOX_PORT, outDir: '/work/sandbox-tokens' },
    });
  });

  it('reads every flag', () => {
    const parsed = parseCliArgs(
      [
        '--port',
        '0',
        '--seed',
        'large',
        '--out',
        'tokens',
        '--page-size',
        '100',
        '--rps',
        '50',
        '--event-delay-ms',
        '0',
        '--faults',
        '503:times=1',
        '--auth-error-style',
        'observed',
      ],
      '/work',
    );
    expect(parsed).toEqual({
      help: false,
      options: {
        port: 0,
        seed: 'large',
        outDir: '/work/tokens',
        pageSize: 100,
        rps: 50,
        eventDelayMs: 0,
        faults: '503:times=1',
        authErrorStyle: 'observed',
      },
    });
    expect(parseCliArgs(['--help'], '/work')).toEqual({ help: true });
  });

  it('refuses bad flags with one sentence', () => {
    expect(errorOf(['--port', 'abc'])).toBe('--port must be a whole number, not "abc".');
    expect(errorOf(['--port', '70000'])).toBe(
      'port must be a whole number from 0 to 65535, not 70000.',
    );
    expect(errorOf(['--seed', 'huge'])).toBe('seed must be one of demo, large, empty, not "huge".');
    expect(errorOf(['--page-size', '0'])).toBe(
      'pageSize must be a whole number from 1 to 100000, not 0.',
    );
    expect(errorOf(['--rps=-3'])).toBe('--rps must be a whole number, not "-3".');
    expect(errorOf(['--faults', 'explode'])).toContain('the kind must be one of');
    expect(errorOf(['--auth-error-style', 'loud'])).toBe(
      'authErrorStyle must be one of documented, observed, not "loud".',
    );
    expect(errorOf(['--colour'])).toContain("Unknown option '--colour'");
    expect(errorOf(['stray'])).toContain('stray');
  });

  it('refuses a fault out of bounds and carries the fault syntax to print with it', () => {
    let refused: unknown;
    try {
      parseCliArgs(['--faults', 'slow:ms=700000'], '/work');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(CliArgsError);
    expect((refused as CliArgsError).message).toBe(
      'Fault "slow:ms=700000": ms must be a whole number from 0 to 600000 (10 minutes), not "700000".',
    );
    expect((refused as CliArgsError).usage).toContain('ms=N');
    expect((refused as CliArgsError).usage).toContain('retryAfter=S');
    // Other flags' refusals carry none.
    try {
      parseCliArgs(['--seed', 'huge'], '/work');
    } catch (error) {
      expect((error as CliArgsError).usage).toBeUndefined();
    }
  });

  it('reads the notification flags; the CA file is read relative to the working directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vpp-cli-ca-'));
    const pem = rootCertificates[0]; // any real certificate will do
    writeFileSync(join(dir, 'receiver.pem'), pem);
    writeFileSync(join(dir, 'not-a-cert.pem'), 'hello');
    const parsed = parseCliArgs(
      [
        '--notification-ca',
        'receiver.pem',
        '--notification-retry-delay-ms',
        '50',
        '--notification-timeout-ms',
        '1000',
        '--duplicate-notifications',
      ],
      dir,
    );
    expect(parsed).toEqual({
      help: false,
      options: {
        port: DEFAULT_SANDBOX_PORT,
        outDir: join(dir, 'sandbox-tokens'),
        notificationCa: pem,
        notificationRetryDelayMs: 50,
        notificationTimeoutMs: 1000,
        duplicateNotifications: true,
      },
    });
    expect(errorOf(['--notification-ca', join(dir, 'missing.pem')])).toBe(
      `--notification-ca: cannot read ${join(dir, 'missing.pem')} (ENOENT).`,
    );
    expect(errorOf(['--notification-ca', join(dir, 'not-a-cert.pem')])).toContain(
      'notificationCa must hold a PEM certificate',
    );
    expect(errorOf(['--notification-timeout-ms', '0'])).toBe(
      'notificationTimeoutMs must be a whole number from 1 to 600000, not 0.',
    );
  });
});
