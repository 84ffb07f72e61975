import { CLI_USAGE, CliArgsError, parseCliArgs } from './cli-args';
import { startSandbox } from './sandbox-server';

/**
 * `npm run sandbox -- --port N --seed demo|large|empty --out DIR …`: serves the v2 API on
 * 127.0.0.1, writes the token files and prints one ready line.
 */
const main = async () => {
  let parsed;
  try {
    parsed = parseCliArgs(process.argv.slice(2), process.cwd());
  } catch (error) {
    if (!(error instanceof CliArgsError)) throw error;
    console.error(`vpp sandbox: ${error.message}`);
    if (error.usage) console.error(error.usage);
    console.error('Run with --help for the options.');
    process.exit(2);
  }
  if (parsed.help) {
    console.log(CLI_USAGE);
    return;
  }
  const { options } = parsed;
  let sandbox;
  try {
    sandbox = await startSandbox(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE'
        ? `vpp sandbox: port ${options.port} is in use; pick another with --port (0 = any free port).`
        : `vpp sandbox: could not start: ${(error as Error).message}`,
    );
    process.exit(1);
  }
  console.log(
    `VPP sandbox ready at ${sandbox.baseUrl}/ (seed ${options.seed ?? 'demo'}, tokens in ${options.outDir})`,
  );
  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

void main();
