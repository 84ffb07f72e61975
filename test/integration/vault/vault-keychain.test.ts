import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FakeSafeStorage } from './fake-safe-storage';
import { PASSPHRASE, freshDir, openVault, vaultBytes, vaultPath } from './vault-fixture';

const TOKEN = 'a-content-token-that-must-stay-secret';

describe('a keychain vault', () => {
  it('is open from the start, writes its file with the first secret, and reopens', async () => {
    const dir = await freshDir();
    const safeStorage = new FakeSafeStorage();
    const vault = await openVault(dir, { safeStorage });
    expect(vault.status()).toEqual({ protection: 'keychain', state: 'open' });
    expect(vault.get('token:1')).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);

    await vault.set('token:1', TOKEN);
    const text = (await vaultBytes(dir)).toString('utf8');
    expect(text).not.toContain(TOKEN);
    expect(JSON.parse(text)).toMatchObject({ version: 1, protection: 'keychain' });

    const reopened = await openVault(dir, { safeStorage });
    expect(reopened.status()).toEqual({ protection: 'keychain', state: 'open' });
    expect(reopened.get('token:1')).toBe(TOKEN);
    expect(safeStorage.encryptCalls).toBe(1); // the key is wrapped once, not on every write
  });

  it('needs no passphrase', async () => {
    const vault = await openVault(await freshDir(), { safeStorage: new FakeSafeStorage() });
    await expect(vault.create(PASSPHRASE)).rejects.toMatchObject({ code: 'vault.usesKeychain' });
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'vault.usesKeychain' });
  });

  it.each([
    ['Linux with basic_text', new FakeSafeStorage('basic_text'), 'linux'],
    ['Linux with a backend not known yet', new FakeSafeStorage('unknown'), 'linux'],
    ['Linux without a backend to ask', new FakeSafeStorage(), 'linux'],
  ] as const)('falls back to a passphrase on %s', async (_case, safeStorage, platform) => {
    const log: string[] = [];
    const vault = await openVault(await freshDir(), {
      safeStorage,
      platform,
      log: (line) => log.push(line),
    });
    expect(vault.status()).toEqual({ protection: 'passphrase', state: 'new' });
    expect(log).toEqual(['No system keychain to protect the vault; it will use a passphrase']);
  });

  it('uses the Linux secret service when there is one', async () => {
    const vault = await openVault(await freshDir(), {
      safeStorage: new FakeSafeStorage('gnome_libsecret'),
      platform: 'linux',
    });
    expect(vault.status()).toEqual({ protection: 'keychain', state: 'open' });
  });

  it('falls back to a passphrase where encryption is not available', async () => {
    const safeStorage = new FakeSafeStorage();
    safeStorage.available = false;
    const vault = await openVault(await freshDir(), { safeStorage });
    expect(vault.status()).toEqual({ protection: 'passphrase', state: 'new' });
  });

  it('keeps the protection a file was created with', async () => {
    const passphraseDir = await freshDir();
    await (await openVault(passphraseDir)).create(PASSPHRASE);
    const later = await openVault(passphraseDir, { safeStorage: new FakeSafeStorage() });
    expect(later.status()).toEqual({ protection: 'passphrase', state: 'locked' });

    const keychainDir = await freshDir();
    await (await openVault(keychainDir, { safeStorage: new FakeSafeStorage() })).set('a', '1');
    await expect(openVault(keychainDir)).rejects.toMatchObject({ code: 'vault.keychainFailed' });
  });

  it('says so when the keychain cannot unlock the key, and leaves the file untouched', async () => {
    const dir = await freshDir();
    const safeStorage = new FakeSafeStorage();
    await (await openVault(dir, { safeStorage })).set('token:1', TOKEN);
    const before = await vaultBytes(dir);
    const log: string[] = [];

    const cases = [
      () => new FakeSafeStorage(), // another machine's keychain
      () => Object.assign(new FakeSafeStorage(), { refuseDecrypt: true }),
      () => Object.assign(new FakeSafeStorage(), { available: false }),
    ];
    for (const makeSafeStorage of cases) {
      await expect(
        openVault(dir, { safeStorage: makeSafeStorage(), log: (line) => log.push(line) }),
      ).rejects.toMatchObject({
        code: 'vault.keychainFailed',
        message: expect.stringContaining(vaultPath(dir)),
        params: { path: vaultPath(dir) },
      });
    }
    expect(log).toHaveLength(cases.length);
    expect(log.join('\n')).not.toContain(TOKEN);
    expect(await vaultBytes(dir)).toEqual(before);
    expect(await readdir(dir)).toEqual(['vault.json']);

    // Once the keychain answers again, so does the vault.
    expect((await openVault(dir, { safeStorage })).get('token:1')).toBe(TOKEN);
  });

  it('saves nothing when the keychain refuses to wrap the key', async () => {
    const dir = await freshDir();
    const safeStorage = new FakeSafeStorage();
    safeStorage.refuseEncrypt = true;
    const vault = await openVault(dir, { safeStorage });
    await expect(vault.set('token:1', TOKEN)).rejects.toMatchObject({
      code: 'vault.keychainWriteFailed',
    });
    expect(vault.get('token:1')).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });

  it('wraps the key again when safeStorage asks to re-encrypt', async () => {
    const dir = await freshDir();
    const safeStorage = new FakeSafeStorage();
    await (await openVault(dir, { safeStorage })).set('token:1', TOKEN);
    const before = JSON.parse((await vaultBytes(dir)).toString('utf8'));

    safeStorage.rotate();
    expect((await openVault(dir, { safeStorage })).get('token:1')).toBe(TOKEN);
    const after = JSON.parse((await vaultBytes(dir)).toString('utf8'));
    expect(after.key.keychain).not.toBe(before.key.keychain);
    expect(safeStorage.encryptCalls).toBe(2);

    // Re-wrapped under the new key: opening again asks for nothing more.
    expect((await openVault(dir, { safeStorage })).get('token:1')).toBe(TOKEN);
    expect(safeStorage.encryptCalls).toBe(2);
  });

  it('still opens when re-encrypting fails, and keeps the old file', async () => {
    const dir = await freshDir();
    const safeStorage = new FakeSafeStorage();
    await (await openVault(dir, { safeStorage })).set('token:1', TOKEN);
    const before = await vaultBytes(dir);
    safeStorage.rotate();
    safeStorage.refuseEncrypt = true;
    const log: string[] = [];
    const vault = await openVault(dir, { safeStorage, log: (line) => log.push(line) });
    expect(vault.get('token:1')).toBe(TOKEN);
    expect(log).toEqual([expect.stringContaining('could not re-encrypt its key')]);
    expect(await vaultBytes(dir)).toEqual(before);
  });
});
