export { Vault, type VaultOptions } from './vault';
export type { SafeStorageLike } from './safe-storage';
export type { ScryptCost } from './vault-file';
export { DEFAULT_SCRYPT_COST } from './passphrase-key';
