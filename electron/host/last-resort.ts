type Log = (line: string) => void;

let installed: { log: Log; uninstall: () => void } | undefined;

/**
 * The last resort for an error no handler caught: one line in the log, and the console keeps
 * serving. Dying would take the host, the embedded sandbox and every running task with it,
 * silently for whoever has the console open. Both front doors install it; installing again
 * only moves the log. Returns the uninstall.
 */
export const keepRunningOnUncaughtErrors = (log: Log): (() => void) => {
  if (installed) {
    installed.log = log;
    return installed.uninstall;
  }
  const onException = (error: unknown) => report('uncaught exception', error);
  const onRejection = (reason: unknown) => report('unhandled rejection', reason);
  const report = (kind: string, error: unknown) =>
    installed?.log(`Unexpected error (${kind}), the console keeps running: ${oneLine(error)}`);
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  const uninstall = () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
    installed = undefined;
  };
  installed = { log, uninstall };
  return uninstall;
};

/** `Name: message (at where)`: enough to find the bug, on one line. */
const oneLine = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error).replace(/\s+/g, ' ');
  const where = error.stack
    ?.split('\n')
    .find((line) => line.trimStart().startsWith('at '))
    ?.trim();
  const text = `${error.name}: ${error.message}`.replace(/\s+/g, ' ');
  return where ? `${text} (${where})` : text;
};
