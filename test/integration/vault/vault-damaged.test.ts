import { randomBytes } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DataDirProblem } from '../../../electron/host/data-dir-problem';
import { wrapWithPassphrase } from '../../../electron/vault/passphrase-key';
import { sealSecrets } from '../../../electron/vault/secrets-map';
import { serializeVaultFile } from '../../../electron/vault/vault-file';
import { FakeSafeStorage } from './fake-safe-storage';
import {
  PASSPHRASE,
  TEST_SCRYPT_COST,
  freshDir,
  openVault,
  unlockedVault,
  vaultBytes,
  vaultPath,
} from './vault-fixture';

/** A passphrase vault holding one secret, and its file as JSON. */
const savedVault = async () => {
  const dir = await freshDir();
  const vault = await openVault(dir);
  await vault.create(PASSPHRASE);
  await vault.set('token:1', 'secret-token');
  return { dir, json: JSON.parse((await vaultBytes(dir)).toString('utf8')) };
};

const reversedKeys = (value: unknown): unknown =>
  typeof value === 'object' && value !== null
    ? Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([k, v]) => [k, reversedKeys(v)]),
      )
    : value;

const flipFirstByte = (base64: string) => {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] ^= 0xff;
  return bytes.toString('base64');
};

describe('a vault.json that cannot be used', () => {
  it.each([
    ['half a file', '{"version": 1, "protection": "passph'],
    ['not a vault', '{"settings": true}'],
    ['an empty file', ''],
    ['an scrypt cost that would take all the memory', null],
  ])('refuses to open %s, names the file, and leaves it as it is', async (_case, content) => {
    const { dir, json } = await savedVault();
    const text = content ?? JSON.stringify({ ...json, kdf: { ...json.kdf, N: 2 ** 30 } });
    await writeFile(vaultPath(dir), text);
    const log: string[] = [];

    await expect(openVault(dir, { log: (line) => log.push(line) })).rejects.toMatchObject({
      code: 'vault.damaged',
      message: expect.stringContaining(vaultPath(dir)),
      params: { path: vaultPath(dir) },
    });
    expect(log).toEqual([expect.stringMatching(/^vault\.json could not be read \(.+\); left it/)]);
    expect((await vaultBytes(dir)).toString('utf8')).toBe(text);
    expect(await readdir(dir)).toEqual(['vault.json']);
  });

  it('refuses a file from a newer VPP Console with a sentence of its own', async () => {
    const { dir, json } = await savedVault();
    await writeFile(vaultPath(dir), JSON.stringify({ ...json, version: 2, newField: {} }));
    await expect(openVault(dir)).rejects.toMatchObject({ code: 'vault.newerVersion' });
  });

  it('calls changed secrets damaged, not a wrong passphrase, and changes nothing', async () => {
    const { dir, json } = await savedVault();
    const changed = { ...json, secrets: { ...json.secrets, tag: flipFirstByte(json.secrets.tag) } };
    await writeFile(vaultPath(dir), JSON.stringify(changed));
    const before = await vaultBytes(dir);
    const vault = await openVault(dir);
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'vault.damaged' });
    expect(vault.status().state).toBe('locked');
    expect(await vaultBytes(dir)).toEqual(before);
  });

  it('binds the header: secrets sealed under another header with the same key do not open', async () => {
    const dir = await freshDir();
    const dataKey = randomBytes(32);
    const header = await wrapWithPassphrase(dataKey, PASSPHRASE, TEST_SCRYPT_COST);
    const otherHeader = await wrapWithPassphrase(dataKey, PASSPHRASE, TEST_SCRYPT_COST);
    const secrets = sealSecrets(dataKey, otherHeader, new Map([['token:1', 'secret-token']]));

    await writeFile(vaultPath(dir), serializeVaultFile(otherHeader, secrets));
    expect((await unlockedVault(dir)).get('token:1')).toBe('secret-token');

    await writeFile(vaultPath(dir), serializeVaultFile(header, secrets));
    const vault = await openVault(dir);
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'vault.damaged' });
  });

  it('reads the header the same whatever order its fields are in', async () => {
    const { dir, json } = await savedVault();
    await writeFile(vaultPath(dir), JSON.stringify(reversedKeys(json)));
    expect((await unlockedVault(dir)).get('token:1')).toBe('secret-token');
  });

  it('calls a keychain vault whose secrets were changed damaged', async () => {
    const dir = await freshDir();
    const safeStorage = new FakeSafeStorage();
    await (await openVault(dir, { safeStorage })).set('token:1', 'secret-token');
    const json = JSON.parse((await vaultBytes(dir)).toString('utf8'));
    json.secrets.ciphertext = flipFirstByte(json.secrets.ciphertext);
    await writeFile(vaultPath(dir), JSON.stringify(json));
    await expect(openVault(dir, { safeStorage })).rejects.toMatchObject({ code: 'vault.damaged' });
  });

  it('says plainly when a folder stands where vault.json should be', async () => {
    const dir = await freshDir();
    await mkdir(vaultPath(dir));
    const opening = openVault(dir);
    await expect(opening).rejects.toBeInstanceOf(DataDirProblem);
    await expect(opening).rejects.toThrow(/holds a folder named vault\.json/);
  });

  it("removes a crashed write's temporary files, and only those", async () => {
    const { dir } = await savedVault();
    const leftover = 'vault.json.0b8f5a0e-3c1d-4c55-9a51-6f0e2f7f9d11.tmp';
    await writeFile(vaultPath(dir).replace('vault.json', leftover), 'ciphertext');
    await writeFile(vaultPath(dir).replace('vault.json', 'settings.json.1234.tmp'), '');
    await openVault(dir);
    expect((await readdir(dir)).sort()).toEqual(['settings.json.1234.tmp', 'vault.json']);
  });
});
