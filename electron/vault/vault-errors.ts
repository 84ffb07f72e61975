import { VAULT_PASSPHRASE_MIN_LENGTH } from '../../shared/domain/vault';
import { AppError } from '../host/app-error';

/**
 * The vault's refusals, each a sentence an admin can act on. None ever carries a secret or a
 * passphrase: only file paths, lengths and the system's reason for a failed write.
 */
export const vaultErrors = {
  locked: () => new AppError('vault.locked', 'The vault is locked: enter its passphrase first.'),

  wrongPassphrase: () =>
    new AppError('vault.wrongPassphrase', 'That passphrase does not open the vault.'),

  passphraseTooShort: () =>
    new AppError(
      'vault.passphraseTooShort',
      `The passphrase needs at least ${VAULT_PASSPHRASE_MIN_LENGTH} characters.`,
      { min: VAULT_PASSPHRASE_MIN_LENGTH },
    ),

  alreadyCreated: () =>
    new AppError('vault.alreadyCreated', 'The vault already has a passphrase; unlock it instead.'),

  notCreated: () =>
    new AppError('vault.notCreated', 'There is no vault yet: set its passphrase first.'),

  usesKeychain: () =>
    new AppError(
      'vault.usesKeychain',
      'The vault is protected by the system keychain and needs no passphrase.',
    ),

  damaged: (path: string) =>
    new AppError(
      'vault.damaged',
      `The vault file ${path} cannot be read, so VPP Console left it as it is. Restore it from ` +
        'a backup, or move it away to start a new vault (the secrets in it are then lost).',
      { path },
    ),

  newerVersion: (path: string) =>
    new AppError(
      'vault.newerVersion',
      `The vault file ${path} was written by a newer VPP Console. Update this one to open it.`,
      { path },
    ),

  keychainFailed: (path: string) =>
    new AppError(
      'vault.keychainFailed',
      `The system keychain could not unlock the vault file ${path}, so VPP Console left it as ` +
        'it is. Unlock the keychain or allow VPP Console to use it, then start VPP Console again.',
      { path },
    ),

  keychainWriteFailed: () =>
    new AppError(
      'vault.keychainWriteFailed',
      "The system keychain could not protect the vault's key, so nothing was saved. Unlock " +
        'the keychain or allow VPP Console to use it, then try again.',
    ),

  cannotSave: (path: string, reason: string) =>
    new AppError(
      'vault.cannotSave',
      `The vault could not be saved in ${path} (${reason}); nothing changed.`,
      { path, reason },
    ),
};
