import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { Vault, type SafeStorageLike } from '../../../electron/vault';
import type { TokenDraft, TokenSnapshot } from '../../../shared/domain/tokens';
import { startTestSandbox } from '../vpp/sandbox-fixture';
import {
  addToken,
  fieldsFor,
  keychainOptions,
  startTokenConsole,
  type TokenConsole,
} from './token-console';

const DAY = 86_400_000;

/**
 * The same school twice: `old` started 340 days ago (its demo token expires in 25 days),
 * `fresh` today (a new demo token, a year left). Both seeds give the location the same uId,
 * as Apple does for a new token of the same location.
 */
describe('renewing a token', () => {
  let old: RunningSandbox;
  let fresh: RunningSandbox;
  let console: TokenConsole;
  let safeStorage: SafeStorageLike;
  let token: TokenSnapshot;

  const useService = (sandbox: RunningSandbox) =>
    console.call('settings:update', {
      appleService: { mode: 'custom', customUrl: sandbox.baseUrl },
    });

  beforeAll(async () => {
    old = await startTestSandbox({ now: () => new Date(Date.now() - 340 * DAY) });
    fresh = await startTestSandbox();
    const options = keychainOptions();
    safeStorage = options.safeStorage!;
    console = await startTokenConsole(fresh, options);
    await useService(old);
    token = await addToken(console, old.tokens.demo, 'Hoofdgebouw');
  });
  afterAll(async () => {
    await console.close();
    await Promise.all([old.close(), fresh.close()]);
  });

  it('starts from a token that expires soon, added with the old service', () => {
    expect(token).toMatchObject({
      health: 'expiringSoon',
      service: { mode: 'custom', url: old.baseUrl },
      mdm: { state: 'ours' },
    });
    expect(Date.parse(token.expiresAt)).toBeLessThan(Date.now() + 26 * DAY);
  });

  it('refuses the file of another location', async () => {
    await useService(fresh);
    const other = await console.inspect(fresh.tokens.expiringSoon);
    expect(other.existingTokenId).toBeUndefined();
    const error = await console.failure('tokens:renew', {
      draftId: other.draftId,
      tokenId: token.id,
    });
    expect(error).toMatchObject({
      code: 'tokens.renewOtherLocation',
      params: { fileLocation: other.locationName, tokenLocation: token.locationName },
    });
  });

  it('takes a refusal by Apple into the token’s health', async () => {
    await useService(old);
    old.admin.revokeToken('demo');
    expect((await console.failure('tokens:takeOver', { id: token.id })).code).toBe('apple.9625');
    const [revoked] = await console.call<TokenSnapshot[]>('tokens:list');
    expect(revoked).toMatchObject({ health: 'revoked', refusedWith: 9625 });
  });

  it('replaces the secret in place: same id and fields, the new expiry at once, health ok', async () => {
    // `fresh` is also the console's built-in sandbox, whose demo token is the new file.
    await console.call('settings:update', { appleService: { mode: 'sandbox' } });
    const draft = await console.call<TokenDraft>('tokens:inspect', { source: { kind: 'demo' } });
    expect(draft.existingTokenId).toBe(token.id);
    const renewed = await console.call<TokenSnapshot>('tokens:renew', {
      draftId: draft.draftId,
      tokenId: token.id,
    });
    const { refusedAt: _at, refusedWith: _with, ...before } = token;
    expect(renewed).toEqual({
      ...before,
      ...fieldsFor('Hoofdgebouw'),
      service: { mode: 'sandbox' },
      expiresAt: draft.expiresAt,
      renewedAt: expect.any(Number),
      health: 'ok',
      mdm: { state: 'ours' },
    });
    expect(Date.parse(renewed.expiresAt)).toBeGreaterThan(Date.now() + 360 * DAY);
    expect(renewed.addedAt).toBe(token.addedAt);
    const vault = await Vault.open({ dataDir: console.dataDir, safeStorage });
    expect(vault.get(`token:${token.id}`)).toBe(fresh.tokens.demo);
    // The fresh service's location was nobody's: it is this console's now.
    expect(fresh.admin.location().mdmInfo?.name).toBe('VPP Console');
    expect(await console.call('tokens:list')).toEqual([renewed]);
  });
});
