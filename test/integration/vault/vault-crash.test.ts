import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { freshDir, unlockedVault } from './vault-fixture';
import { counterValue } from './vault-test-constants';

const repoRoot = resolve(import.meta.dirname, '../../..');

/**
 * Starts crash-writer.ts on `dataDir`, lets it write for a random moment, SIGKILLs it and
 * answers the last counter it reported as stored (every line it printed has been read by then).
 */
const writeThenKill = (dataDir: string): Promise<number> =>
  new Promise((resolveKilled, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/integration/vault/crash-writer.ts', dataDir],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    let killing = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (killing || !stdout.includes('\n')) return;
      killing = true; // the vault exists and writes are under way: kill at a random moment
      void sleep(Math.random() * 30).then(() => child.kill('SIGKILL'));
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`crash-writer ended by itself:\n${stderr}`));
      const lines = stdout.split('\n').filter((line) => line !== '');
      resolveKilled(Number(lines.at(-1)));
    });
  });

describe('a vault whose process is killed mid-write', () => {
  it('opens every time, holding the last value stored or the one being written', async () => {
    const dataDir = await freshDir();
    let previous = 0;
    for (let kill = 1; kill <= 10; kill++) {
      const lastStored = await writeThenKill(dataDir);
      expect(lastStored).toBeGreaterThan(previous);

      const vault = await unlockedVault(dataDir);
      const value = vault.get('counter')!;
      const counter = Number(value.split(':')[0]);
      expect(value === counterValue(counter), `kill ${kill}: a whole value`).toBe(true);
      expect([lastStored, lastStored + 1], `kill ${kill}`).toContain(counter);
      expect(await readdir(dataDir)).toEqual(['vault.json']); // no temporary file left behind
      previous = counter;
    }
  }, 60_000);
});
