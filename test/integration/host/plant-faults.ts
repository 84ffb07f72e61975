/**
 * Loaded with `--import` before web-cli by the last-resort test: on SIGUSR2 it throws where
 * nothing catches and rejects where nobody awaits, as a bug in the host would.
 */
process.on('SIGUSR2', () => {
  setTimeout(() => {
    throw new Error('planted uncaught exception');
  });
  void Promise.reject(new Error('planted unhandled rejection'));
});
