import { z } from 'zod';

/**
 * How main protects the vault's key. `keychain`: the system's (macOS Keychain, Windows DPAPI,
 * Linux secret service) through Electron's safeStorage. `passphrase`: where there is none
 * (Linux `basic_text`, the browser front door), a passphrase the admin sets once and enters
 * once per start.
 */
export const VaultProtection = z.enum(['keychain', 'passphrase']);
export type VaultProtection = z.infer<typeof VaultProtection>;

/**
 * `new`: no vault yet (a passphrase vault needs its passphrase set first). `locked`: a
 * passphrase vault not yet opened in this run. `open`: secrets can be stored and read.
 */
export const VaultState = z.enum(['new', 'locked', 'open']);
export type VaultState = z.infer<typeof VaultState>;

export const VaultStatus = z.object({ protection: VaultProtection, state: VaultState });
export type VaultStatus = z.infer<typeof VaultStatus>;

/** scrypt makes guessing slow; a short passphrase would still be guessed. */
export const VAULT_PASSPHRASE_MIN_LENGTH = 8;

export const VaultPassphrase = z.object({
  passphrase: z.string().min(VAULT_PASSPHRASE_MIN_LENGTH).max(1024),
});
