import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** AES-256-GCM output as stored in vault.json (base64 fields). */
export interface Sealed {
  iv: string;
  tag: string;
  ciphertext: string;
}

export const KEY_BYTES = 32;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

/** Encrypts under `key`, authenticating `aad` too; a fresh random IV every call (GCM needs it). */
export const seal = (key: Buffer, plain: Buffer, aad: Buffer): Sealed => {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
};

/** The plain bytes, or `undefined` when the key, the AAD or any stored byte is not the one sealed. */
export const unseal = (key: Buffer, sealed: Sealed, aad: Buffer): Buffer | undefined => {
  try {
    const iv = Buffer.from(sealed.iv, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([
      decipher.update(Buffer.from(sealed.ciphertext, 'base64')),
      decipher.final(),
    ]);
  } catch {
    return undefined;
  }
};
