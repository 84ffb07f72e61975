import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DataDirInUseError, lockDataDir, type DataDirLock } from './data-dir-lock';
import { createHost } from './host';
import { defaultDataDir } from './default-data-dir';
import { startWebServer } from './web-server';

/**
 * `npm run web -- [--port N] [--data-dir DIR]`: the full console in any Chromium, for
 * machines without the Electron binary and for the end-to-end tests. The default port is fixed
 * so the browser's IndexedDB origin (the console's database) stays the same from run to run.
 */
export const DEFAULT_WEB_PORT = 4780;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const usage = `Usage: npm run web -- [--port N] [--data-dir DIR]
  --port N        loopback port to serve on (default ${DEFAULT_WEB_PORT})
  --data-dir DIR  where settings and secrets live (default: ${defaultDataDir()})`;

const fail = (message: string): never => {
  console.error(`${message}\n${usage}`);
  process.exit(2);
};

const main = async () => {
  let values: { port?: string; 'data-dir'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = values.port === undefined ? DEFAULT_WEB_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const rendererDir = resolve(repoRoot, 'dist/renderer');
  try {
    await readFile(resolve(rendererDir, 'index.html'));
  } catch {
    fail(
      `The renderer is not built (${rendererDir}/index.html is missing). Run "npm run build:renderer" first.`,
    );
  }
  let lock: DataDirLock;
  try {
    lock = await lockDataDir(dataDir, 'browser');
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    // One line, no usage text: the flags were fine, the folder is taken.
    console.error(error.message);
    process.exit(1);
  }
  const { version } = JSON.parse(await readFile(resolve(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };

  const host = await createHost({
    dataDir,
    frontDoor: 'browser',
    appVersion: version,
    systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
  });
  let server;
  try {
    server = await startWebServer({ host, rendererDir, port });
  } catch (error) {
    await host.close();
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      code === 'EADDRINUSE'
        ? `Port ${port} is in use. Is the console already running? Or pick another with --port.`
        : String(error),
    );
  }
  console.log(`VPP Console (browser front door), data in ${dataDir}`);
  console.log(`Open ${server.url}`);

  const stop = async () => {
    await server.close();
    await host.close();
    await lock.release();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
};

void main();
