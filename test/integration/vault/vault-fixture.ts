import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { Vault, type VaultOptions } from '../../../electron/vault';
import { PASSPHRASE, TEST_SCRYPT_COST } from './vault-test-constants';

export { PASSPHRASE, TEST_SCRYPT_COST };

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A data folder of its own, removed after the test file. */
export const freshDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'vpp-vault-'));
  made.push(dir);
  return dir;
};

export const vaultPath = (dataDir: string) => join(dataDir, 'vault.json');

export const vaultBytes = (dataDir: string) => readFile(vaultPath(dataDir));

export const openVault = (dataDir: string, options: Partial<VaultOptions> = {}) =>
  Vault.open({ dataDir, scryptCost: TEST_SCRYPT_COST, platform: 'darwin', ...options });

/** Opens `dataDir`'s passphrase vault and unlocks it. */
export const unlockedVault = async (dataDir: string, passphrase = PASSPHRASE) => {
  const vault = await openVault(dataDir);
  await vault.unlock(passphrase);
  return vault;
};
