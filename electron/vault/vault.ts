import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { inspect } from 'node:util';
import {
  VAULT_PASSPHRASE_MIN_LENGTH,
  type VaultProtection,
  type VaultState,
  type VaultStatus,
} from '../../shared/domain/vault';
import { readFileIfExists, writeFileAtomic } from '../host/atomic-file';
import { DataDirProblem, errorCodeOf } from '../host/data-dir-problem';
import { KEY_BYTES, type Sealed } from './aes-gcm';
import { unwrapWithKeychain, wrapWithKeychain } from './keychain-key';
import { removeLeftoverTempFiles } from './leftover-temp-files';
import { DEFAULT_SCRYPT_COST, unwrapWithPassphrase, wrapWithPassphrase } from './passphrase-key';
import { keychainUsable, type SafeStorageLike } from './safe-storage';
import { sealSecrets, unsealSecrets } from './secrets-map';
import { vaultErrors } from './vault-errors';
import {
  parseVaultFile,
  serializeVaultFile,
  type KeychainHeader,
  type ScryptCost,
  type VaultHeader,
} from './vault-file';

export interface VaultOptions {
  dataDir: string;
  /** Electron's safeStorage; without it (the browser front door) the vault uses a passphrase. */
  safeStorage?: SafeStorageLike;
  platform?: NodeJS.Platform;
  /** One line per event worth an admin's attention; never a secret. */
  log?: (message: string) => void;
  /** scrypt's cost for a new passphrase vault; tests pass a small N. */
  scryptCost?: ScryptCost;
}

type Listener = (status: VaultStatus) => void;

const FILE_NAME = 'vault.json';

/**
 * Secrets at rest in `<dataDir>/vault.json`: a random data key encrypts them (AES-256-GCM), and
 * the system keychain or the admin's passphrase (scrypt) wraps that key. Everything secret
 * lives in #private fields, and inspect/JSON show only the status, so no log can leak one.
 */
export class Vault {
  readonly #path: string;
  readonly #safeStorage: SafeStorageLike | undefined;
  readonly #log: (message: string) => void;
  readonly #scryptCost: ScryptCost;
  readonly #listeners = new Set<Listener>();
  #protection: VaultProtection = 'passphrase';
  #state: VaultState = 'new';
  /** What is on disk; `undefined` until the first write. */
  #header: VaultHeader | undefined;
  /** The secrets as read, kept until a passphrase unlocks them. */
  #sealedSecrets: Sealed | undefined;
  #dataKey: Buffer | undefined;
  #secrets = new Map<string, string>();
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(options: VaultOptions) {
    this.#path = join(options.dataDir, FILE_NAME);
    this.#safeStorage = options.safeStorage;
    this.#log = options.log ?? (() => {});
    this.#scryptCost = options.scryptCost ?? DEFAULT_SCRYPT_COST;
  }

  /**
   * Reads vault.json if there is one. Throws `vault.damaged`, `vault.newerVersion` or
   * `vault.keychainFailed` (the file left untouched; opening again may then succeed), or a
   * `DataDirProblem` when the file cannot be read at all.
   */
  static async open(options: VaultOptions): Promise<Vault> {
    const vault = new Vault(options);
    const platform = options.platform ?? process.platform;
    await removeLeftoverTempFiles(vault.#path);
    const text = await readVaultText(vault.#path, options.dataDir);
    if (text === undefined) {
      if (await keychainUsable(options.safeStorage, platform)) {
        vault.#protection = 'keychain';
        vault.#state = 'open';
        vault.#dataKey = randomBytes(KEY_BYTES); // written with the first secret
      } else if (options.safeStorage) {
        vault.#log('No system keychain to protect the vault; it will use a passphrase');
      }
      return vault;
    }
    const file = parseVaultFile(text);
    if (typeof file === 'string') {
      vault.#log(`${FILE_NAME} could not be read (${file}); left it as it is`);
      throw file === 'newer version'
        ? vaultErrors.newerVersion(vault.#path)
        : vaultErrors.damaged(vault.#path);
    }
    const { secrets, ...header } = file;
    vault.#protection = header.protection;
    vault.#header = header;
    if (header.protection === 'passphrase') {
      vault.#state = 'locked';
      vault.#sealedSecrets = secrets;
      return vault;
    }
    await vault.#openWithKeychain(header, secrets, platform);
    return vault;
  }

  status(): VaultStatus {
    return { protection: this.#protection, state: this.#state };
  }

  isOpen(): boolean {
    return this.#state === 'open';
  }

  /** Sets the passphrase of a new passphrase vault, writes the (empty) vault, and opens it. */
  create(passphrase: string): Promise<VaultStatus> {
    return this.#serial(async () => {
      if (this.#protection === 'keychain') throw vaultErrors.usesKeychain();
      if (this.#state !== 'new') throw vaultErrors.alreadyCreated();
      if (typeof passphrase !== 'string' || passphrase.length < VAULT_PASSPHRASE_MIN_LENGTH)
        throw vaultErrors.passphraseTooShort();
      const dataKey = randomBytes(KEY_BYTES);
      const header = await wrapWithPassphrase(dataKey, passphrase, this.#scryptCost);
      await this.#write(dataKey, header, new Map());
      this.#becomes('open');
      return this.status();
    });
  }

  /** Opens a passphrase vault for this run. Never writes, so a wrong passphrase changes nothing. */
  unlock(passphrase: string): Promise<VaultStatus> {
    return this.#serial(async () => {
      if (this.#protection === 'keychain') throw vaultErrors.usesKeychain();
      if (this.#header?.protection !== 'passphrase') throw vaultErrors.notCreated();
      const dataKey = await unwrapWithPassphrase(this.#header, String(passphrase));
      if (!dataKey) throw vaultErrors.wrongPassphrase();
      if (this.#state === 'open') return this.status();
      const secrets = unsealSecrets(dataKey, this.#header, this.#sealedSecrets!);
      if (!secrets) {
        this.#log(`${FILE_NAME}: its key opened but its secrets do not decrypt; left it as it is`);
        throw vaultErrors.damaged(this.#path);
      }
      this.#dataKey = dataKey;
      this.#secrets = secrets;
      this.#sealedSecrets = undefined;
      this.#becomes('open');
      return this.status();
    });
  }

  get(name: string): string | undefined {
    if (this.#state !== 'open') throw vaultErrors.locked();
    return this.#secrets.get(name);
  }

  /** Resolves once the secret is on disk; calls land one after another, in call order. */
  set(name: string, secret: string): Promise<void> {
    assertName(name);
    if (typeof secret !== 'string') throw new TypeError('A vault secret is a string');
    return this.#change((secrets) => {
      if (secrets.get(name) === secret) return undefined;
      return new Map(secrets).set(name, secret);
    });
  }

  delete(name: string): Promise<void> {
    assertName(name);
    return this.#change((secrets) => {
      if (!secrets.has(name)) return undefined;
      const next = new Map(secrets);
      next.delete(name);
      return next;
    });
  }

  onChange(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  toJSON(): VaultStatus {
    return this.status();
  }

  [inspect.custom](): string {
    return `Vault ${inspect(this.status())}`;
  }

  async #openWithKeychain(header: KeychainHeader, secrets: Sealed, platform: NodeJS.Platform) {
    const safeStorage = this.#safeStorage;
    const unwrapped =
      safeStorage && (await keychainUsable(safeStorage, platform))
        ? await unwrapWithKeychain(header, safeStorage)
        : undefined;
    if (!unwrapped) {
      this.#log(`${FILE_NAME}: the system keychain did not unlock its key; left it as it is`);
      throw vaultErrors.keychainFailed(this.#path);
    }
    const opened = unsealSecrets(unwrapped.dataKey, header, secrets);
    if (!opened) {
      this.#log(`${FILE_NAME}: its key opened but its secrets do not decrypt; left it as it is`);
      throw vaultErrors.damaged(this.#path);
    }
    this.#dataKey = unwrapped.dataKey;
    this.#secrets = opened;
    this.#state = 'open';
    if (unwrapped.shouldReEncrypt) await this.#rewrapWithKeychain();
  }

  /** safeStorage rotated its own key: wrap ours again. The old file still opens if this fails. */
  #rewrapWithKeychain(): Promise<void> {
    return this.#serial(async () => {
      try {
        await this.#write(this.#dataKey!, await this.#keychainHeader(), this.#secrets);
      } catch (error) {
        this.#log(
          `${FILE_NAME}: could not re-encrypt its key as the keychain asked (${reasonOf(error)})`,
        );
      }
    });
  }

  #change(next: (secrets: ReadonlyMap<string, string>) => Map<string, string> | undefined) {
    return this.#serial(async () => {
      if (this.#state !== 'open') throw vaultErrors.locked();
      const secrets = next(this.#secrets);
      if (!secrets) return;
      await this.#write(this.#dataKey!, this.#header ?? (await this.#keychainHeader()), secrets);
    });
  }

  async #keychainHeader(): Promise<KeychainHeader> {
    try {
      return await wrapWithKeychain(this.#dataKey!, this.#safeStorage!);
    } catch {
      throw vaultErrors.keychainWriteFailed();
    }
  }

  /** Memory changes only once the file did: a failed write leaves both as they were. */
  async #write(dataKey: Buffer, header: VaultHeader, secrets: Map<string, string>) {
    const text = serializeVaultFile(header, sealSecrets(dataKey, header, secrets));
    try {
      await writeFileAtomic(this.#path, text);
    } catch (error) {
      throw vaultErrors.cannotSave(this.#path, reasonOf(error));
    }
    this.#dataKey = dataKey;
    this.#header = header;
    this.#secrets = secrets;
  }

  #becomes(state: VaultState): void {
    if (this.#state === state) return;
    this.#state = state;
    const status = this.status();
    for (const listener of this.#listeners) {
      try {
        listener(status);
      } catch (error) {
        this.#log(`A vault listener failed: ${reasonOf(error)}`);
      }
    }
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

const assertName = (name: string): void => {
  if (typeof name !== 'string' || name.length === 0)
    throw new TypeError('A vault secret needs a name');
};

const reasonOf = (error: unknown): string =>
  errorCodeOf(error) ?? (error instanceof Error ? error.message : String(error));

const readVaultText = async (path: string, dataDir: string): Promise<string | undefined> => {
  try {
    return await readFileIfExists(path);
  } catch (error) {
    if (errorCodeOf(error) === 'EISDIR')
      throw DataDirProblem.holdsFolder(dataDir, FILE_NAME, 'vault');
    throw DataDirProblem.cannotRead(dataDir, path, 'vault', error);
  }
};
