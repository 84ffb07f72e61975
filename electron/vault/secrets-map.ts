import { seal, unseal, type Sealed } from './aes-gcm';
import { headerAad, type VaultHeader } from './vault-file';

/** The secrets, by name, encrypted under the data key with the file's header bound as AAD. */
export const sealSecrets = (
  dataKey: Buffer,
  header: VaultHeader,
  secrets: ReadonlyMap<string, string>,
): Sealed =>
  seal(
    dataKey,
    Buffer.from(JSON.stringify(Object.fromEntries(secrets)), 'utf8'),
    headerAad(header),
  );

/** The secrets, or `undefined` when the ciphertext, its tag or the header was changed. */
export const unsealSecrets = (
  dataKey: Buffer,
  header: VaultHeader,
  sealed: Sealed,
): Map<string, string> | undefined => {
  const plain = unseal(dataKey, sealed, headerAad(header));
  if (!plain) return undefined;
  try {
    const json: unknown = JSON.parse(plain.toString('utf8'));
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
    // A Map, not an object: a secret named "__proto__" or "constructor" stays just a name.
    const entries = Object.entries(json);
    return entries.every(([, value]) => typeof value === 'string')
      ? new Map(entries as [string, string][])
      : undefined;
  } catch {
    return undefined;
  }
};
