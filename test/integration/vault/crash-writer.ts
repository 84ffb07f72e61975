/**
 * Run by vault-crash.test.ts as its own Node process (`node --import tsx`): opens (or
 * creates) the vault in argv[2] and stores ever larger counters under one name as fast as it
 * can, printing each counter once set() has resolved, until the test kills it.
 */
import { Vault } from '../../../electron/vault';
import { PASSPHRASE, TEST_SCRYPT_COST, counterValue } from './vault-test-constants';

const run = async (dataDir: string) => {
  const vault = await Vault.open({ dataDir, scryptCost: TEST_SCRYPT_COST });
  if (vault.status().state === 'new') await vault.create(PASSPHRASE);
  else await vault.unlock(PASSPHRASE);
  let n = Number(vault.get('counter')?.split(':')[0] ?? 0);
  for (;;) {
    n += 1;
    await vault.set('counter', counterValue(n));
    process.stdout.write(`${n}\n`);
  }
};

run(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
