import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../..');
const builtRenderer = join(repoRoot, 'dist/renderer');

/** This test file's own copy of the built renderer, which every web-cli it starts serves. */
let rendererCopy: string | undefined;

/**
 * `web-cli` serves `dist/renderer`, which `npm test` builds only after the unit and integration
 * tests have run; build it here when it is missing (a few seconds with vite). Then copy it:
 * a `vite build` elsewhere empties dist/renderer for a moment, and a console started then
 * would refuse to start ("the renderer is not built"). Returns the copy's removal, which
 * vitest runs after the file's tests when this is its `beforeAll`.
 */
export const ensureRendererBuilt = async (): Promise<() => void> => {
  for (let attempt = 1; ; attempt++) {
    if (!existsSync(join(builtRenderer, 'index.html'))) build();
    const copy = mkdtempSync(join(tmpdir(), 'vpp-renderer-'));
    if (copyWholeBuild(copy)) {
      rendererCopy = copy;
      return () => rmSync(copy, { recursive: true, force: true });
    }
    rmSync(copy, { recursive: true, force: true });
    if (attempt === 5) throw new Error(`${builtRenderer} kept changing while it was copied`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 1000)); // a build is under way
  }
};

const build = () => {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The renderer did not build:\n${result.stderr}`);
};

/** Copies dist/renderer (without source maps); false when it changed under the copy. */
const copyWholeBuild = (copy: string): boolean => {
  try {
    cpSync(builtRenderer, copy, { recursive: true, filter: (path) => !path.endsWith('.map') });
  } catch {
    return false; // a file went away while it was being copied
  }
  // index.html is there, and so is every file it loads.
  const index = join(copy, 'index.html');
  if (!existsSync(index)) return false;
  const html = readFileSync(index, 'utf8');
  const loaded = [...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((match) => match[1]);
  return loaded.every((path) => existsSync(join(copy, path)));
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
  if (!rendererCopy) throw new Error('call ensureRendererBuilt() in beforeAll first');
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
      '--renderer-dir',
      rendererCopy,
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
