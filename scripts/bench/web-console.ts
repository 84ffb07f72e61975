import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { BenchFailure, type BenchLog } from './bench-log';

export interface WebConsole {
  /** The link `npm run web` printed, with the per-run secret in its fragment: never log it. */
  url: string;
  stop(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '../..');
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;

/** The console's settings for this run: Apple is the sandbox at `baseUrl`. */
export const writeConsoleSettings = (dataDir: string, baseUrl: string): Promise<void> =>
  writeFile(
    join(dataDir, 'settings.json'),
    JSON.stringify({ appleService: { mode: 'custom', customUrl: baseUrl } }, null, 2),
  );

/**
 * Starts the browser front door as `npm run web` does (the renderer is built already) on a
 * free port, and waits for the link it prints. Its log lines go to the bench's stderr.
 */
export const startWebConsole = async (
  dataDir: string,
  log: BenchLog,
  rendererDir?: string,
): Promise<WebConsole> => {
  const args = [
    '--import',
    'tsx',
    'electron/host/web-cli.ts',
    '--port',
    '0',
    '--data-dir',
    dataDir,
  ];
  if (rendererDir) args.push('--renderer-dir', rendererDir);
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolveExit) =>
    child.once('exit', (code) => resolveExit(code)),
  );
  createInterface({ input: child.stderr! }).on('line', (line) => log(`[console] ${line}`));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new BenchFailure('The console (web-cli) printed no link within 60 s.')),
      READY_TIMEOUT_MS,
    );
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const link = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(line);
      if (!link) return log(`[console] ${line}`);
      clearTimeout(timer);
      resolveUrl(link[1]);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new BenchFailure(`The console (web-cli) exited with ${code} before it was ready.`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, stop };
};
