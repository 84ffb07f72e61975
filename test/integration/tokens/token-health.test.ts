import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import type { SafeStorageLike } from '../../../electron/vault';
import type { TokenSnapshot } from '../../../shared/domain/tokens';
import { startTestSandbox } from '../vpp/sandbox-fixture';
import { fieldsFor, keychainOptions } from './token-console';
import { startTokenServices, type ServicesUnderTest } from './token-services';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const add = async (services: ServicesUnderTest, content: string, name: string) => {
  const draft = await services.tokens.inspect(
    { kind: 'content', fileName: `${name}.vpptoken`, content },
    'browser',
  );
  return services.tokens.add({ draftId: draft.draftId, fields: fieldsFor(name) });
};

describe('Apple refusing a token', () => {
  let sandbox: RunningSandbox;
  let services: ServicesUnderTest;
  let token: TokenSnapshot;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    services = await startTokenServices(sandbox);
    token = await add(services, sandbox.tokens.demo, 'Hoofdgebouw');
  });
  afterAll(async () => {
    await services.closeAll();
    await sandbox.close();
  });

  it('9621 makes it expired, whatever its date says', async () => {
    const refused = await services.tokens.markRefused(token.id, 9621);
    expect(refused).toMatchObject({ health: 'expired', refusedWith: 9621 });
    expect(refused?.refusedAt).toEqual(expect.any(Number));
    expect(services.events).toContainEqual({ event: 'tokens:changed', payload: refused });
  });

  it('9625 makes it revoked, and says so once', async () => {
    const refused = await services.tokens.markRefused(token.id, 9625);
    expect(refused).toMatchObject({ health: 'revoked', refusedWith: 9625 });
    await services.healthWatch.check();
    await services.healthWatch.check();
    const revoked = services.notifications.filter((n) => n.title === 'Content token revoked');
    expect(revoked).toHaveLength(1);
    expect(revoked[0]!.body).toContain('Apple School Manager');
    expect(revoked[0]!.body).toContain('Renew Token');
  });

  it('other numbers leave the health alone', async () => {
    expect((await services.tokens.markRefused(token.id, 9646))?.health).toBe('revoked');
  });

  it('an accepted call since then clears the refusal', async () => {
    const client = await services.tokens.clientFor(token.id);
    await client.getClientConfig();
    await expect.poll(() => services.tokens.get(token.id)?.health).toBe('ok');
    expect(services.tokens.get(token.id)).not.toHaveProperty('refusedWith');
  });
});

describe('the health watch', () => {
  let sandbox: RunningSandbox;
  let services: ServicesUnderTest;
  let safeStorage: SafeStorageLike;
  let clock = Date.now();
  const now = () => clock;
  let demo: TokenSnapshot;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    safeStorage = keychainOptions().safeStorage!;
    services = await startTokenServices(sandbox, { now, safeStorage });
    demo = await add(services, sandbox.tokens.demo, 'Hoofdgebouw');
  });
  afterAll(async () => {
    await services.closeAll();
    await sandbox.close();
  });

  const noticesFor = (id: string) =>
    services.events
      .filter((e) => e.event === 'notice:show')
      .map((e) => e.payload as { id: string; title: string })
      .filter((n) => n.id.startsWith(`token:${id}:`));

  it('warns once at 30, 14, 7 and 1 days before expiry, and once when it has expired', async () => {
    const expiry = Date.parse(demo.expiresAt);
    expect(noticesFor(demo.id)).toEqual([]);
    const expected: [number, string, string][] = [
      [30, '30', 'Content token expires in 30 days'],
      [14, '14', 'Content token expires in 14 days'],
      [7, '7', 'Content token expires in 7 days'],
      [1, '1', 'Content token expires within a day'],
      [-1 / 24, 'expired', 'Content token expired'],
    ];
    for (const [days, key, title] of expected) {
      clock = expiry - days * DAY + HOUR;
      await services.healthWatch.check();
      await services.healthWatch.check(); // a second look finds nothing new
      expect(noticesFor(demo.id).at(-1)).toEqual({
        id: `token:${demo.id}:${key}`,
        title,
        body: expect.stringContaining(`“Hoofdgebouw” (${demo.locationName})`),
      });
    }
    expect(noticesFor(demo.id)).toHaveLength(5);
    // What the desktop app shows as notifications: the same texts.
    expect(services.notifications.map((n) => n.title)).toEqual(expected.map(([, , t]) => t));
  });

  it('does not warn again after a restart', async () => {
    await services.close();
    const restarted = await startTokenServices(sandbox, {
      now,
      safeStorage,
      dataDir: services.dataDir,
    });
    try {
      await restarted.healthWatch.check();
      expect(restarted.events.filter((e) => e.event === 'notice:show')).toEqual([]);
      expect(restarted.notifications).toEqual([]);
      expect(restarted.tokens.get(demo.id)?.health).toBe('expired');
    } finally {
      await restarted.closeAll();
    }
    services = await startTokenServices(sandbox, { now, safeStorage, dataDir: services.dataDir });
  });

  it('warns in Dutch when the console speaks Dutch, once for a token added late', async () => {
    clock = Date.now();
    services.settings.set({ language: 'nl' });
    // Ten days left: the 30-day warning is settled with the 14-day one, not given apart.
    const annex = await add(services, sandbox.tokens.expiringSoon, 'Zonnewijzer');
    expect(annex.health).toBe('expiringSoon');
    await services.healthWatch.check();
    expect(noticesFor(annex.id)).toEqual([
      {
        id: `token:${annex.id}:14`,
        title: 'Inhoudstoken verloopt over 14 dagen',
        body: expect.stringContaining('Apple School Manager (je naam onder in de navigatiekolom'),
      },
    ]);
  });

  it('renewing forgets the warnings given, so a renewed token is warned about again', async () => {
    const fresh = await services.tokens.inspect({ kind: 'demo' }, 'browser');
    expect(fresh.existingTokenId).toBe(demo.id);
    const before = await services.tokens.clientFor(demo.id);
    const renewed = await services.tokens.renew({ draftId: fresh.draftId, tokenId: demo.id });
    expect(await services.tokens.clientFor(demo.id)).not.toBe(before); // a new secret, a new client
    expect(renewed.health).toBe('ok');
    clock = Date.parse(renewed.expiresAt) - 29 * DAY;
    await services.healthWatch.check();
    expect(noticesFor(demo.id).map((n) => n.title)).toEqual([
      'Inhoudstoken verloopt over 30 dagen',
    ]);
  });
});
