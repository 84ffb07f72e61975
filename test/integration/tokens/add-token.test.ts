import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { Vault, type SafeStorageLike } from '../../../electron/vault';
import type { TokenDraft, TokenSnapshot } from '../../../shared/domain/tokens';
import { startTestSandbox } from '../vpp/sandbox-fixture';
import {
  PASSPHRASE,
  fieldsFor,
  keychainOptions,
  readIfThere,
  savedTokens,
  startTokenConsole,
  type TokenConsole,
} from './token-console';

describe('adding the demo token', () => {
  let sandbox: RunningSandbox;
  let console: TokenConsole;
  let safeStorage: SafeStorageLike;
  const secretOf = async (id: string) =>
    (await Vault.open({ dataDir: console.dataDir, safeStorage })).get(`token:${id}`);

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    const options = keychainOptions();
    safeStorage = options.safeStorage!;
    console = await startTokenConsole(sandbox, options);
  });
  afterAll(async () => {
    await console.close();
    await sandbox.close();
  });

  let draft: TokenDraft;
  let added: TokenSnapshot;

  it('shows what Apple says about it before anything is saved', async () => {
    expect(await console.call('vault:status')).toEqual({ protection: 'keychain', state: 'open' });
    draft = await console.call<TokenDraft>('tokens:inspect', { source: { kind: 'demo' } });
    const location = sandbox.admin.location();
    expect(draft).toMatchObject({
      orgName: 'OBS De Regenboog',
      locationName: location.name,
      uId: location.uId,
      countryCode: 'NL',
      websiteUrl: 'https://school.apple.com',
      suggestedType: 'education',
      mdm: { state: 'none' },
    });
    expect(draft.existingTokenId).toBeUndefined();
    expect(Date.parse(draft.expiresAt)).toBeGreaterThan(Date.now() + 360 * 86_400_000);
    expect(await savedTokens(console.dataDir)).toEqual([]);
  });

  it('adds it: a snapshot, the secret in the vault, the location claimed for this console', async () => {
    added = await console.call<TokenSnapshot>('tokens:add', {
      draftId: draft.draftId,
      fields: fieldsFor('Hoofdgebouw'),
    });
    expect(added).toMatchObject({
      ...fieldsFor('Hoofdgebouw'),
      orgName: 'OBS De Regenboog',
      locationName: draft.locationName,
      uId: draft.uId,
      service: { mode: 'sandbox' },
      expiresAt: draft.expiresAt,
      health: 'ok',
      mdm: { state: 'ours' },
      sync: { active: false },
    });
    expect(await console.call('tokens:list')).toEqual([added]);
    expect(console.events).toContainEqual({ event: 'tokens:changed', payload: added });
    expect(await secretOf(added.id)).toBe(sandbox.tokens.demo);
    expect(sandbox.admin.location().mdmInfo).toMatchObject({
      name: 'VPP Console',
      metadata: '0.9.0-test',
    });
    expect((await savedTokens(console.dataDir)).map((t) => t.id)).toEqual([added.id]);
  });

  it('uses a draft once', async () => {
    const error = await console.failure('tokens:add', {
      draftId: draft.draftId,
      fields: fieldsFor('Again'),
    });
    expect(error.code).toBe('tokens.draftExpired');
  });

  it('refuses a second token for the same location, naming the one there is', async () => {
    const again = await console.call<TokenDraft>('tokens:inspect', { source: { kind: 'demo' } });
    expect(again).toMatchObject({ existingTokenId: added.id, mdm: { state: 'ours' } });
    const error = await console.failure('tokens:add', {
      draftId: again.draftId,
      fields: fieldsFor('Dubbel'),
    });
    expect(error).toMatchObject({
      code: 'tokens.duplicate',
      params: { name: 'Hoofdgebouw', location: draft.locationName },
    });
    expect(await console.call<TokenSnapshot[]>('tokens:list')).toHaveLength(1);
  });

  it('edits the admin’s fields and keeps the rest', async () => {
    const fields = { ...fieldsFor('Hoofdgebouw (groep 1–8)'), categories: [] };
    const updated = await console.call<TokenSnapshot>('tokens:update', { id: added.id, fields });
    expect(updated).toEqual({ ...added, ...fields });
  });

  it('deletes it: the secret leaves the vault and the record tokens.json', async () => {
    expect(await console.call('tokens:delete', { id: added.id })).toEqual({ deleted: true });
    expect(await secretOf(added.id)).toBeUndefined();
    expect(await savedTokens(console.dataDir)).toEqual([]);
    expect(await console.call('tokens:list')).toEqual([]);
    expect(console.events).toContainEqual({ event: 'tokens:removed', payload: { id: added.id } });
    expect(await console.call('tokens:delete', { id: added.id })).toEqual({ deleted: false });
  });
});

describe('with the vault locked', () => {
  let sandbox: RunningSandbox;
  let dataDir: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    const first = await startTokenConsole(sandbox);
    dataDir = first.dataDir;
    expect(await first.call('vault:create', { passphrase: PASSPHRASE })).toEqual({
      protection: 'passphrase',
      state: 'open',
    });
    await first.close();
  });
  afterAll(() => sandbox.close());

  it('refuses to add a token, and stores nothing of it', async () => {
    const console = await startTokenConsole(sandbox, { dataDir });
    try {
      expect(await console.call('vault:status')).toEqual({
        protection: 'passphrase',
        state: 'locked',
      });
      const vaultBefore = await readIfThere(join(dataDir, 'vault.json'));
      // Reading the file and asking Apple needs no vault; keeping the token does.
      const draft = await console.inspect(sandbox.tokens.demo);
      const error = await console.failure('tokens:add', {
        draftId: draft.draftId,
        fields: fieldsFor('Hoofdgebouw'),
      });
      expect(error.code).toBe('vault.locked');
      expect(await savedTokens(dataDir)).toEqual([]);
      expect(await readIfThere(join(dataDir, 'vault.json'))).toBe(vaultBefore);
      expect(sandbox.admin.location().mdmInfo).toBeUndefined();

      // Once unlocked, the same draft goes in.
      expect(
        await console.failure('vault:unlock', { passphrase: 'not the passphrase' }),
      ).toMatchObject({ code: 'vault.wrongPassphrase' });
      await console.call('vault:unlock', { passphrase: PASSPHRASE });
      expect(console.events).toContainEqual({
        event: 'vault:changed',
        payload: { protection: 'passphrase', state: 'open' },
      });
      const added = await console.call<TokenSnapshot>('tokens:add', {
        draftId: draft.draftId,
        fields: fieldsFor('Hoofdgebouw'),
      });
      expect(added.mdm.state).toBe('ours');
    } finally {
      await console.close();
    }
  });
});
