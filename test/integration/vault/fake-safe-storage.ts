import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SafeStorageLike } from '../../../electron/vault';

/**
 * Plays Electron's safeStorage on one machine: it really encrypts, under a key of its own, so
 * another instance (another machine, a reset keychain) cannot decrypt what this one wrote.
 * `rotate()` plays the keychain changing its key: old blobs still decrypt but ask to be
 * encrypted again.
 */
export class FakeSafeStorage implements SafeStorageLike {
  available = true;
  refuseDecrypt = false;
  refuseEncrypt = false;
  encryptCalls = 0;
  private readonly keys = [randomBytes(32)];

  /** Give a Linux backend (`basic_text`, `gnome_libsecret`…) to play safeStorage there. */
  constructor(backend?: string) {
    if (backend !== undefined) this.getSelectedStorageBackend = () => backend;
  }

  getSelectedStorageBackend?: () => string;

  rotate(): void {
    this.keys.push(randomBytes(32));
  }

  async isAsyncEncryptionAvailable(): Promise<boolean> {
    return this.available;
  }

  async encryptStringAsync(plainText: string): Promise<Buffer> {
    if (this.refuseEncrypt) throw new Error('Error while encrypting the text provided');
    this.encryptCalls++;
    const generation = this.keys.length - 1;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys[generation], iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([generation]), iv, cipher.getAuthTag(), body]);
  }

  async decryptStringAsync(encrypted: Buffer) {
    if (this.refuseDecrypt) throw new Error('Error while decrypting the ciphertext provided');
    const key = this.keys[encrypted[0]];
    if (!key) throw new Error('Error while decrypting the ciphertext provided');
    const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(1, 13));
    decipher.setAuthTag(encrypted.subarray(13, 29));
    const result = Buffer.concat([decipher.update(encrypted.subarray(29)), decipher.final()]);
    return {
      result: result.toString('utf8'),
      shouldReEncrypt: encrypted[0] < this.keys.length - 1,
    };
  }
}
