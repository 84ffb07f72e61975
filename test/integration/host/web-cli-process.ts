import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../..');

/**
 * `web-cli` serves `dist/renderer`, which `npm test` builds only after the unit and integration
 * tests have run; build it here when it is missing (a few seconds with vite).
 */
export const ensureRendererBuilt = () => {
  if (existsSync(join(repoRoot, 'dist/renderer/index.html'))) return;
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`The renderer did not build:\n${build.stderr}`);
};

export interface WebCliProcess {
  pid: number;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** Resolves with the printed URL, or rejects with the output if it exits first. */
  started: Promise<string>;
  exited: Promise<number | null>;
  /** Whether it is still running. */
  alive(): boolean;
  /** Sends `signal` (SIGTERM by default) unless it has exited, and waits for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface WebCliOptions {
  /** Modules Node loads before web-cli (e.g. one that plants a fault on a signal). */
  preload?: string[];
}

/** Starts the browser front door exactly as `npm run web` does, on any free port. */
export const startWebCli = (dataDir: string, options: WebCliOptions = {}): WebCliProcess => {
  const preload = (options.preload ?? []).flatMap((path) => ['--import', path]);
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      ...preload,
      'electron/host/web-cli.ts',
      '--port',
      '0',
      '--data-dir',
      dataDir,
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
  const started = new Promise<string>((resolveUrl, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Up to the line's end: a chunk may stop in the middle of the link.
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\S+)\n/.exec(output);
      if (match) resolveUrl(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`web-cli exited with ${code}:\n${output}`)));
  });
  started.catch(() => undefined); // callers that expect a refusal never wait for the URL
  return {
    pid: child.pid!,
    output: () => output,
    started,
    exited,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
};
