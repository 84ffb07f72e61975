import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeContentToken } from '../../../electron/sandbox/index';

const repoRoot = resolve(import.meta.dirname, '../../..');

const runCli = (args: string[]) => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/sandbox/cli.ts', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, exited, output: () => output };
};

const waitForReady = async (run: ReturnType<typeof runCli>) => {
  for (let i = 0; i < 300; i++) {
    const match =
      /VPP sandbox ready at (http:\/\/127\.0\.0\.1:(\d+)\/mdm\/v2\/) \(seed (\w+), tokens in (.+)\)/.exec(
        run.output(),
      );
    if (match) return { baseUrl: match[1], seed: match[3], dir: match[4] };
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`No ready line:\n${run.output()}`);
};

describe('npm run sandbox', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
  });

  it('starts, prints one ready line with the real port, writes the tokens, stops on SIGTERM', async () => {
    const out = await mkdtemp(join(tmpdir(), 'vpp-cli-'));
    const run = runCli(['--port', '0', '--out', out, '--event-delay-ms', '0']);
    child = run.child;
    const ready = await waitForReady(run);
    expect(ready).toMatchObject({ seed: 'demo', dir: out });
    expect(run.output().trim().split('\n')).toHaveLength(1);
    expect((await readdir(out)).sort()).toEqual([
      'demo.vpptoken',
      'expired.vpptoken',
      'expiring-soon.vpptoken',
      'other-mdm.vpptoken',
      'revoked.vpptoken',
    ]);
    const token = await readFile(join(out, 'demo.vpptoken'), 'utf8');
    expect(decodeContentToken(token)?.orgName).toBe('OBS De Regenboog');
    const response = await fetch(`${ready.baseUrl}client/config`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect((await response.json()).locationName).toBe('De Regenboog – Hoofdgebouw');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('serves the large seed too, and stops on SIGINT', async () => {
    const out = await mkdtemp(join(tmpdir(), 'vpp-cli-'));
    const run = runCli(['--port', '0', '--seed', 'large', '--out', out, '--page-size', '1000']);
    child = run.child;
    const ready = await waitForReady(run);
    expect(ready.seed).toBe('large');
    const token = await readFile(join(out, 'demo.vpptoken'), 'utf8');
    const users = await fetch(`${ready.baseUrl}users`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect((await users.json()).totalPages).toBe(50);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
  });

  it('exits non-zero with a one-line reason for a bad flag', async () => {
    const run = runCli(['--seed', 'huge']);
    child = run.child;
    expect(await run.exited).toBe(2);
    expect(run.output()).toBe(
      'vpp sandbox: seed must be one of demo, large, empty, not "huge".\nRun with --help for the options.\n',
    );
  });

  it('exits 2 for a fault out of bounds, printing the reason and the fault syntax', async () => {
    const run = runCli(['--faults', '503:retryAfter=90000']);
    child = run.child;
    expect(await run.exited).toBe(2);
    const lines = run.output().split('\n');
    expect(lines[0]).toBe(
      'vpp sandbox: Fault "503:retryAfter=90000": retryAfter must be a whole number from 0 to 86400 (a day), not "90000".',
    );
    expect(run.output()).toContain('--faults SPEC');
    expect(run.output()).toContain('ms=N');
    expect(run.output()).toContain('Run with --help for the options.');
  });
});
