import type { Handlers } from '../dispatch';
import type { VaultPort } from '../../tokens/vault-port';

/** The vault's state, and the passphrase for one that has no system keychain to lean on. */
export const vaultHandlers = (
  vault: VaultPort,
): Pick<Handlers, 'vault:status' | 'vault:create' | 'vault:unlock'> => ({
  'vault:status': () => vault.status(),
  'vault:create': async ({ passphrase }) => {
    await vault.create(passphrase);
    return vault.status();
  },
  'vault:unlock': async ({ passphrase }) => {
    await vault.unlock(passphrase);
    return vault.status();
  },
});
