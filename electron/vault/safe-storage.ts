/** The part of Electron's safeStorage the vault uses (the async API; the sync one is deprecated). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  /** Linux only: `basic_text` means no real keychain (a hard-coded key), `unknown` not known yet. */
  getSelectedStorageBackend?(): string;
}

const NO_REAL_KEYCHAIN = new Set(['basic_text', 'unknown']);

/**
 * Whether safeStorage is backed by a real keychain. On Linux without a secret service Electron
 * falls back to a key anyone can read from its source, so that counts as none (a passphrase is
 * then the only real protection); a backend we cannot name is treated the same way.
 */
export const keychainUsable = async (
  safeStorage: SafeStorageLike | undefined,
  platform: NodeJS.Platform,
): Promise<boolean> => {
  if (!safeStorage) return false;
  try {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
  } catch {
    return false;
  }
  if (platform !== 'linux') return true;
  return !NO_REAL_KEYCHAIN.has(safeStorage.getSelectedStorageBackend?.() ?? 'unknown');
};
