import { z } from 'zod';
import { IV_BYTES, KEY_BYTES, TAG_BYTES } from './aes-gcm';

/**
 * vault.json, version 1. Everything but `secrets` is the header; the secrets' AES-GCM binds it
 * as AAD, so a header swapped in from another file (or edited) makes the secrets unreadable
 * rather than silently different.
 */
export const VAULT_FILE_VERSION = 1;

const base64Of = (bytes: { min: number; max?: number }) =>
  z.base64().refine((text) => {
    const length = Buffer.from(text, 'base64').length;
    return length >= bytes.min && length <= (bytes.max ?? bytes.min);
  });

const SealedSchema = (plainBytes: { min: number; max?: number }) =>
  z.object({
    iv: base64Of({ min: IV_BYTES }),
    tag: base64Of({ min: TAG_BYTES }),
    ciphertext: base64Of(plainBytes),
  });

/**
 * Bounds a damaged or hostile file cannot push past: scrypt with a huge N would take minutes or
 * all the memory before saying "wrong passphrase".
 */
export const ScryptCost = z
  .object({
    N: z
      .number()
      .int()
      .min(2)
      .max(2 ** 20)
      .refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
  })
  .refine(({ N, r, p }) => 128 * r * (N + p) <= 2 ** 30, 'needs more than 1 GiB');
export type ScryptCost = z.infer<typeof ScryptCost>;

const PassphraseHeader = z.object({
  version: z.literal(VAULT_FILE_VERSION),
  protection: z.literal('passphrase'),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number(),
    r: z.number(),
    p: z.number(),
    salt: base64Of({ min: 16, max: 64 }),
  }),
  /** The data key, sealed with the key scrypt derives from the passphrase. */
  key: SealedSchema({ min: KEY_BYTES }),
});

const KeychainHeader = z.object({
  version: z.literal(VAULT_FILE_VERSION),
  protection: z.literal('keychain'),
  /** The data key as safeStorage encrypted it (base64 of its opaque blob). */
  key: z.object({ keychain: base64Of({ min: 1, max: 4096 }) }),
});

const Secrets = { secrets: SealedSchema({ min: 0, max: 64 * 1024 * 1024 }) };

const VaultFileSchema = z.discriminatedUnion('protection', [
  PassphraseHeader.extend(Secrets),
  KeychainHeader.extend(Secrets),
]);

export type PassphraseHeader = z.infer<typeof PassphraseHeader>;
export type KeychainHeader = z.infer<typeof KeychainHeader>;
export type VaultHeader = PassphraseHeader | KeychainHeader;
export type VaultFile = z.infer<typeof VaultFileSchema>;

/** Why a vault.json cannot be used, in words fit for a log line (never any of its content). */
export type VaultFileProblem = 'not JSON' | 'newer version' | 'not a vault file';

export const parseVaultFile = (text: string): VaultFile | VaultFileProblem => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > VAULT_FILE_VERSION) return 'newer version';
  const parsed = VaultFileSchema.safeParse(json);
  if (!parsed.success) return 'not a vault file';
  if (parsed.data.protection === 'passphrase' && !ScryptCost.safeParse(parsed.data.kdf).success)
    return 'not a vault file';
  return parsed.data;
};

/** The header alone, its fields always in this order, so the AAD is the same bytes every time. */
const canonicalHeader = (header: VaultHeader): VaultHeader =>
  header.protection === 'passphrase'
    ? {
        version: header.version,
        protection: header.protection,
        kdf: {
          name: header.kdf.name,
          N: header.kdf.N,
          r: header.kdf.r,
          p: header.kdf.p,
          salt: header.kdf.salt,
        },
        key: { iv: header.key.iv, tag: header.key.tag, ciphertext: header.key.ciphertext },
      }
    : {
        version: header.version,
        protection: header.protection,
        key: { keychain: header.key.keychain },
      };

export const headerAad = (header: VaultHeader): Buffer =>
  Buffer.from(JSON.stringify(canonicalHeader(header)), 'utf8');

export const serializeVaultFile = (header: VaultHeader, secrets: VaultFile['secrets']): string =>
  `${JSON.stringify({ ...canonicalHeader(header), secrets }, null, 2)}\n`;
