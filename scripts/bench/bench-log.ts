/**
 * Progress on stderr, one line each, with the seconds since the bench started: stdout is kept
 * for the result (with `--json`, its last line is the JSON).
 */
export interface BenchLog {
  (message: string): void;
  /** Seconds since the bench started. */
  elapsed(): number;
}

/** Bridge links carry the console's per-run secret: never echo one. */
const redact = (text: string): string => text.replace(/#token=\S+/g, '#token=…');

export const createBenchLog = (write = (line: string) => process.stderr.write(line)): BenchLog => {
  const startedAt = performance.now();
  const elapsed = () => (performance.now() - startedAt) / 1000;
  const log = (message: string) => {
    for (const line of redact(message).split('\n'))
      write(`[bench ${elapsed().toFixed(1).padStart(6)}s] ${line}\n`);
  };
  return Object.assign(log, { elapsed });
};

/** A failure with a sentence for the person running the bench; exits 1. */
export class BenchFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchFailure';
  }
}

export const seconds = (ms: number): number => Math.round(ms / 10) / 100;
