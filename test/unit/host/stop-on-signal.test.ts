import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const stopModule = resolve(import.meta.dirname, '../../../electron/host/stop-on-signal.ts');

/**
 * Runs `body` in a child with `stop = stopOnSignal(console.log)` and returns its exit code and
 * output. A child, because the point is what signals do to a process.
 */
const runChild = (body: string) =>
  new Promise<{ code: number | null; output: string }>((resolveRun) => {
    const script = `const { stopOnSignal } = await import(${JSON.stringify(stopModule)});
      const stop = stopOnSignal((line) => console.log(line));
      setInterval(() => {}, 1000); // something open, as the console's server is
      ${body}`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolveRun({ code, output }));
  });

describe('stopping on a signal', () => {
  it('closes what start-up opened in reverse order, at the next checkpoint, and exits 0', async () => {
    const { code, output } = await runChild(`
      stop.onStop(async () => console.log('closed the first'));
      stop.onStop(async () => console.log('closed the second'));
      process.kill(process.pid, 'SIGTERM');
      await new Promise((r) => setTimeout(r, 20)); // still starting: the signal waits
      console.log('start-up step done');
      await stop.checkpoint();
      console.log('never printed');`);
    expect(output.trim().split('\n')).toEqual([
      'start-up step done',
      'closed the second',
      'closed the first',
    ]);
    expect(code).toBe(0);
  });

  it('exits 1 when something fails to close, after closing the rest', async () => {
    const { code, output } = await runChild(`
      stop.onStop(async () => console.log('closed the first'));
      stop.onStop(async () => { throw new Error('stuck'); });
      stop.ready();
      process.kill(process.pid, 'SIGINT');`);
    expect(output.trim().split('\n')).toEqual(['While stopping: Error: stuck', 'closed the first']);
    expect(code).toBe(1);
  });

  it('exits at once on a second signal while closing hangs', async () => {
    const { code } = await runChild(`
      stop.onStop(() => new Promise(() => {}));
      stop.ready();
      process.kill(process.pid, 'SIGTERM');
      setTimeout(() => process.kill(process.pid, 'SIGTERM'), 20);`);
    expect(code).toBe(1);
  });
});
