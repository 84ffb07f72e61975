import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_COST } from '../../../electron/vault';
import { VAULT_PASSPHRASE_MIN_LENGTH, type VaultStatus } from '../../../shared/domain/vault';
import {
  PASSPHRASE,
  freshDir,
  openVault,
  unlockedVault,
  vaultBytes,
  vaultPath,
} from './vault-fixture';

const TOKEN = 'eyJleHBEYXRlIjoiMjAzMC0wMS0wMVQwMDowMDowMCswMDAwIiwidG9rZW4iOiJzM2NyM3QifQ==';

describe('a passphrase vault', () => {
  it('starts new, is created once, and keeps its secrets across a restart', async () => {
    const dir = await freshDir();
    const vault = await openVault(dir);
    expect(vault.status()).toEqual({ protection: 'passphrase', state: 'new' });
    expect(await readdir(dir)).toEqual([]); // nothing on disk before the passphrase is set

    const heard: VaultStatus[] = [];
    vault.onChange((status) => heard.push(status));
    expect(await vault.create(PASSPHRASE)).toEqual({ protection: 'passphrase', state: 'open' });
    expect(heard).toEqual([{ protection: 'passphrase', state: 'open' }]);
    await vault.set('token:1', TOKEN);
    await vault.set('smtp', 'hunter2-but-longer');
    await vault.delete('smtp');
    await vault.delete('never-there');

    const reopened = await openVault(dir);
    expect(reopened.status()).toEqual({ protection: 'passphrase', state: 'locked' });
    expect(reopened.isOpen()).toBe(false);
    expect(await reopened.unlock(PASSPHRASE)).toEqual({ protection: 'passphrase', state: 'open' });
    expect(reopened.get('token:1')).toBe(TOKEN);
    expect(reopened.get('smtp')).toBeUndefined();
    expect(await readdir(dir)).toEqual(['vault.json']);
  });

  it('derives its key at the default scrypt cost, within the memory Node allows it', async () => {
    const dir = await freshDir();
    await (await openVault(dir, { scryptCost: undefined })).create(PASSPHRASE);
    expect(JSON.parse((await vaultBytes(dir)).toString('utf8')).kdf).toMatchObject(
      DEFAULT_SCRYPT_COST,
    );
    expect((await unlockedVault(dir)).isOpen()).toBe(true);
  });

  it('refuses a wrong passphrase clearly and leaves the file byte for byte as it was', async () => {
    const dir = await freshDir();
    await (await openVault(dir)).create(PASSPHRASE);
    await (await unlockedVault(dir)).set('token:1', TOKEN);
    const before = await vaultBytes(dir);

    const vault = await openVault(dir);
    await expect(vault.unlock('correct horse battery stapler')).rejects.toMatchObject({
      code: 'vault.wrongPassphrase',
      message: 'That passphrase does not open the vault.',
    });
    expect(vault.status().state).toBe('locked');
    expect(() => vault.get('token:1')).toThrow(expect.objectContaining({ code: 'vault.locked' }));
    await expect(vault.set('token:1', 'x')).rejects.toMatchObject({ code: 'vault.locked' });
    expect(await vaultBytes(dir)).toEqual(before);

    await vault.unlock(PASSPHRASE); // still opens with the right one
    expect(vault.get('token:1')).toBe(TOKEN);
    await expect(vault.unlock('wrong passphrase')).rejects.toMatchObject({
      code: 'vault.wrongPassphrase',
    });
  });

  it('asks for a long enough passphrase, once, and only for a new vault', async () => {
    const dir = await freshDir();
    const vault = await openVault(dir);
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'vault.notCreated' });
    await expect(vault.create('x'.repeat(VAULT_PASSPHRASE_MIN_LENGTH - 1))).rejects.toMatchObject({
      code: 'vault.passphraseTooShort',
      params: { min: VAULT_PASSPHRASE_MIN_LENGTH },
    });
    expect(await readdir(dir)).toEqual([]);
    await vault.create(PASSPHRASE);
    await expect(vault.create('another passphrase')).rejects.toMatchObject({
      code: 'vault.alreadyCreated',
    });
    await expect((await openVault(dir)).create(PASSPHRASE)).rejects.toMatchObject({
      code: 'vault.alreadyCreated',
    });
  });

  it('lands writes made at once in call order, on disk as in memory', async () => {
    const dir = await freshDir();
    const vault = await openVault(dir);
    await vault.create(PASSPHRASE);
    await Promise.all([
      vault.set('a', '1'),
      vault.set('b', '2'),
      vault.set('a', '3'),
      vault.delete('b'),
      vault.set('c', '4'),
    ]);
    const reopened = await unlockedVault(dir);
    for (const seen of [vault, reopened]) {
      expect([seen.get('a'), seen.get('b'), seen.get('c')]).toEqual(['3', undefined, '4']);
    }
    expect(await readdir(dir)).toEqual(['vault.json']);
  });

  it('keeps names like __proto__ as plain names', async () => {
    const dir = await freshDir();
    const vault = await openVault(dir);
    await vault.create(PASSPHRASE);
    await vault.set('__proto__', 'one');
    await vault.set('constructor', 'two');
    const reopened = await unlockedVault(dir);
    expect([reopened.get('__proto__'), reopened.get('constructor')]).toEqual(['one', 'two']);
    expect(reopened.get('toString')).toBeUndefined();
  });

  it('shows no secret in the file, in inspect or in JSON, and keeps the file private', async () => {
    const dir = await freshDir();
    const vault = await openVault(dir);
    await vault.create(PASSPHRASE);
    await vault.set('token:1', TOKEN);

    const text = (await vaultBytes(dir)).toString('utf8');
    for (const secret of [TOKEN, 's3cr3t', PASSPHRASE, Buffer.from(TOKEN).toString('base64')])
      expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toMatchObject({
      version: 1,
      protection: 'passphrase',
      kdf: { name: 'scrypt', N: 1024, r: 8, p: 1 },
    });

    const shown = [
      inspect(vault, { showHidden: true, depth: null }),
      inspect({ nested: { vault } }, { depth: null }),
      JSON.stringify(vault),
      JSON.stringify({ vault }),
      String(vault),
    ];
    for (const output of shown) {
      expect(output).not.toContain(TOKEN);
      expect(output).not.toContain(PASSPHRASE);
    }
    expect(JSON.parse(JSON.stringify(vault))).toEqual({ protection: 'passphrase', state: 'open' });
    expect(inspect(vault)).toBe("Vault { protection: 'passphrase', state: 'open' }");

    if (process.platform !== 'win32') expect((await stat(vaultPath(dir))).mode & 0o777).toBe(0o600);
  });

  it('writes a fresh IV each time, so the same secrets never give the same bytes', async () => {
    const dir = await freshDir();
    const vault = await openVault(dir);
    await vault.create(PASSPHRASE);
    await vault.set('a', '1');
    const first = JSON.parse((await vaultBytes(dir)).toString('utf8'));
    await vault.set('a', '2');
    await vault.set('a', '1');
    const again = JSON.parse((await vaultBytes(dir)).toString('utf8'));
    expect(again.key).toEqual(first.key);
    expect(again.secrets.iv).not.toBe(first.secrets.iv);
    expect(again.secrets.ciphertext).not.toBe(first.secrets.ciphertext);
  });

  it('keeps the secrets as they were when a write fails, and says where', async () => {
    const dir = join(await freshDir(), 'data');
    const vault = await openVault(dir);
    await vault.create(PASSPHRASE);
    await vault.set('a', '1');
    // The data folder's place is taken by a file (permissions would not stop root).
    await rename(dir, `${dir}-moved`);
    await writeFile(dir, '');
    await expect(vault.set('a', '2')).rejects.toMatchObject({
      code: 'vault.cannotSave',
      params: { path: vaultPath(dir), reason: expect.any(String) },
    });
    expect(vault.get('a')).toBe('1');
    await rm(dir);
    await rename(`${dir}-moved`, dir);
    expect((await unlockedVault(dir)).get('a')).toBe('1');
  });
});
