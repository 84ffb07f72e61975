import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ConsoleServer {
  url: string;
  origin: string;
  port: number;
  dataDir: string;
  /** Everything the console printed so far (its log), stdout and stderr together. */
  output(): string;
  stop(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '../..');

/** A loopback port nothing listens on right now (for the built-in sandbox's admin side). */
export const freePort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolveClose) => server.close(resolveClose));
  return port;
};

/**
 * Starts the browser front door exactly as `npm run web` does (minus the renderer build, which
 * `npm run test:e2e` did once), with its own data directory, and waits for the printed URL.
 */
export const startConsole = async (
  options: { port?: number; dataDir?: string; sandboxPort?: number } = {},
): Promise<ConsoleServer> => {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'vpp-e2e-')));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/host/web-cli.ts',
      '--port',
      String(options.port ?? 0),
      '--data-dir',
      dataDir,
      ...(options.sandboxPort !== undefined ? ['--sandbox-port', String(options.sandboxPort)] : []),
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The console did not start:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The console exited with ${code}:\n${output}`));
    });
  });
  const origin = new URL(url).origin;
  return {
    url,
    origin,
    port: Number(new URL(url).port),
    dataDir,
    output: () => output,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      }),
  };
};
