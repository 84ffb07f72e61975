import { KEY_BYTES } from './aes-gcm';
import type { SafeStorageLike } from './safe-storage';
import { VAULT_FILE_VERSION, type KeychainHeader } from './vault-file';

/** A header whose key only this user's system keychain unwraps. Throws what safeStorage throws. */
export const wrapWithKeychain = async (
  dataKey: Buffer,
  safeStorage: SafeStorageLike,
): Promise<KeychainHeader> => {
  const blob = await safeStorage.encryptStringAsync(dataKey.toString('base64'));
  return {
    version: VAULT_FILE_VERSION,
    protection: 'keychain',
    key: { keychain: blob.toString('base64') },
  };
};

/**
 * The data key, and whether safeStorage asks for it to be encrypted again (its own key
 * rotated); `undefined` when the keychain refuses or answers something that is not our key.
 */
export const unwrapWithKeychain = async (
  header: KeychainHeader,
  safeStorage: SafeStorageLike,
): Promise<{ dataKey: Buffer; shouldReEncrypt: boolean } | undefined> => {
  try {
    const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(
      Buffer.from(header.key.keychain, 'base64'),
    );
    const dataKey = Buffer.from(result, 'base64');
    return dataKey.length === KEY_BYTES ? { dataKey, shouldReEncrypt } : undefined;
  } catch {
    return undefined;
  }
};
