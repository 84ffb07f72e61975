import { randomBytes, scrypt } from 'node:crypto';
import { KEY_BYTES, seal, unseal } from './aes-gcm';
import { VAULT_FILE_VERSION, type PassphraseHeader, type ScryptCost } from './vault-file';

/**
 * OWASP's recommended scrypt cost (N=2^17, r=8, p=1: 128 MiB, about half a second once per
 * start on a slow machine), which makes each guess at a stolen vault.json expensive.
 */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

const SALT_BYTES = 16;

/** Binds the wrapped key to its purpose, so it cannot pass for any other ciphertext. */
const WRAP_AAD = Buffer.from(`vpp-console vault ${VAULT_FILE_VERSION} data key`, 'utf8');

const deriveKey = (passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    // OpenSSL needs 128·r·(N + p + 2) bytes; Node's default limit (32 MiB) is below our N.
    const maxmem = 128 * cost.r * (cost.N + cost.p + 2) + 1024 * 1024;
    // NFC: the same passphrase typed on another keyboard or system may arrive decomposed.
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, { ...cost, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });

/** A header whose key only `passphrase` unwraps: a fresh salt, the data key sealed under scrypt's key. */
export const wrapWithPassphrase = async (
  dataKey: Buffer,
  passphrase: string,
  cost: ScryptCost,
): Promise<PassphraseHeader> => {
  const salt = randomBytes(SALT_BYTES);
  const wrappingKey = await deriveKey(passphrase, salt, cost);
  return {
    version: VAULT_FILE_VERSION,
    protection: 'passphrase',
    kdf: { name: 'scrypt', ...cost, salt: salt.toString('base64') },
    key: seal(wrappingKey, dataKey, WRAP_AAD),
  };
};

/** The data key, or `undefined` for a wrong passphrase (GCM's tag does not match). */
export const unwrapWithPassphrase = async (
  header: PassphraseHeader,
  passphrase: string,
): Promise<Buffer | undefined> => {
  const { N, r, p, salt } = header.kdf;
  const wrappingKey = await deriveKey(passphrase, Buffer.from(salt, 'base64'), { N, r, p });
  const dataKey = unseal(wrappingKey, header.key, WRAP_AAD);
  return dataKey?.length === KEY_BYTES ? dataKey : undefined;
};
