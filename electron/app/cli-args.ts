import { resolve } from 'node:path';

export const DATA_DIR_SWITCH = '--data-dir';

/**
 * `--data-dir DIR` or `--data-dir=DIR`: keep settings, secrets and the page's database in DIR
 * instead of the user's profile (each end-to-end test runs in its own). Relative paths are
 * taken from the working directory.
 */
export const dataDirFromArgv = (
  argv: readonly string[],
  cwd = process.cwd(),
): string | undefined => {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    let value: string | undefined;
    if (arg === DATA_DIR_SWITCH) value = argv[index + 1];
    else if (arg.startsWith(`${DATA_DIR_SWITCH}=`)) value = arg.slice(DATA_DIR_SWITCH.length + 1);
    else continue;
    if (!value || value.startsWith('--'))
      throw new Error(
        `${DATA_DIR_SWITCH} needs a folder, e.g. ${DATA_DIR_SWITCH} /tmp/vpp-console`,
      );
    return resolve(cwd, value);
  }
  return undefined;
};
