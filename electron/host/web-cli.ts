import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lockDataDir } from './data-dir-lock';
import { DataDirProblem } from './data-dir-problem';
import { createHost } from './host';
import { defaultDataDir } from './default-data-dir';
import { startEmbeddedSandbox } from './embedded-sandbox';
import { keepRunningOnUncaughtErrors } from './last-resort';
import { stopOnSignal } from './stop-on-signal';
import { startWebServer } from './web-server';

/**
 * `npm run web -- [--port N] [--data-dir DIR]`: the full console in any Chromium, for
 * machines without the Electron binary and for the end-to-end tests. The default port is fixed
 * so the browser's IndexedDB origin (the console's database) stays the same from run to run.
 */
export const DEFAULT_WEB_PORT = 4780;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const usage = `Usage: npm run web -- [--port N] [--data-dir DIR] [--sandbox-port N] [--renderer-dir DIR]
  --port N            loopback port to serve on (default ${DEFAULT_WEB_PORT})
  --data-dir DIR      where settings and secrets live (default: ${defaultDataDir()})
  --sandbox-port N    the built-in sandbox's port, to reach its admin side (default: any free one)
  --renderer-dir DIR  the built renderer to serve (default: dist/renderer)`;

// First of all, before anything is opened: a signal at any moment closes cleanly, and an error
// nothing caught costs a line, not the console.
keepRunningOnUncaughtErrors((line) => console.error(line));
const stop = stopOnSignal((line) => console.error(line));

const fail = (message: string): never => {
  console.error(`${message}\n${usage}`);
  process.exit(2);
};

const main = async () => {
  let values: {
    port?: string;
    'data-dir'?: string;
    'sandbox-port'?: string;
    'renderer-dir'?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'sandbox-port': { type: 'string' },
        'renderer-dir': { type: 'string' },
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
  const sandboxPort = values['sandbox-port'] === undefined ? 0 : Number(values['sandbox-port']);
  if (!Number.isInteger(sandboxPort) || sandboxPort < 0 || sandboxPort > 65535)
    fail(`--sandbox-port must be a whole number from 0 to 65535, not "${values['sandbox-port']}".`);
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const rendererDir = resolve(values['renderer-dir'] ?? resolve(repoRoot, 'dist/renderer'));
  try {
    await readFile(resolve(rendererDir, 'index.html'));
  } catch {
    fail(
      `The renderer is not built (${rendererDir}/index.html is missing). Run "npm run build:renderer" first.`,
    );
  }
  const { version } = JSON.parse(await readFile(resolve(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  await stop.checkpoint();

  try {
    const lock = await lockDataDir(dataDir, 'browser');
    stop.onStop(() => lock.release());
    await stop.checkpoint();
    const host = await createHost({
      dataDir,
      frontDoor: 'browser',
      appVersion: version,
      systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
      startSandbox: () => startEmbeddedSandbox({ port: sandboxPort }),
    });
    stop.onStop(() => host.close());
    await stop.checkpoint();
    const server = await startWebServer({ host, rendererDir, port });
    stop.onStop(() => server.close());
    await stop.checkpoint();
    console.log(`VPP Console (browser front door), data in ${dataDir}`);
    console.log(`Open ${server.url}`);
    stop.ready();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `Port ${port} is in use. Is the console already running? Or pick another with --port.\n${usage}`,
      );
      return stop.exit(2);
    }
    // One line, no usage text and no stack: the flags were fine, the folder is not.
    console.error(
      error instanceof DataDirProblem
        ? error.message
        : `VPP Console could not start: ${String(error)}`,
    );
    await stop.exit(1);
  }
};

main().catch(async (error: unknown) => {
  console.error(`VPP Console could not start: ${String(error)}`);
  await stop.exit(1);
});
