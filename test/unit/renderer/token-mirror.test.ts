import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleDatabase } from '../../../renderer/db/database';
import { tokenIds } from '../../../renderer/db/repositories/tokens-repository';
import { startTokenMirror } from '../../../renderer/features/tokens/token-mirror';
import { createFakeMain } from './support/fake-main';
import { licenseSetsOf } from './support/license-sets';
import { assetRow, tokenRow } from './support/vpp-rows';

const databases: ConsoleDatabase[] = [];
const openDatabase = () => {
  const db = new ConsoleDatabase(`tokens-${crypto.randomUUID()}`);
  databases.push(db);
  return db;
};
afterEach(() => {
  for (const db of databases.splice(0)) db.close();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A token's data as a sync leaves it: titles, assignments, VPP users and sync state. */
const seedTokenData = async (db: ConsoleDatabase, tokenId: string) => {
  await db.assets.bulkPut([
    assetRow(tokenId, '361309726', 'Pages', { total: 10, assigned: 2 }),
    assetRow(
      tokenId,
      '1544283745',
      'De Leesladder',
      { total: 5, assigned: 1 },
      {
        productType: 'Book',
      },
    ),
  ]);
  await db.licenseSets.bulkPut(
    licenseSetsOf(tokenId, [
      { adamId: '361309726', clientUserId: 'lln-1' },
      { adamId: '361309726', serialNumber: 'C02X' },
    ]),
  );
  await db.vppUsers.bulkPut([{ tokenId, clientUserId: 'lln-1', status: 'Associated' }]);
  await db.syncState.put({
    tokenId,
    versions: { users: 'v1' },
    driftedAssets: 1,
    titleCounts: { '361309726|STDQ': 2 },
  });
};

const counts = async (db: ConsoleDatabase) => ({
  tokens: (await db.tokens.toCollection().primaryKeys()).sort(),
  assets: (await db.assets.toArray()).map((asset) => asset.tokenId).sort(),
  // One entry per assignment: a license set counts once for each of its holders.
  assignments: (await db.licenseSets.toArray())
    .flatMap((set) => set.holders.map(() => set.tokenId))
    .sort(),
  vppUsers: (await db.vppUsers.toArray()).map((row) => row.tokenId).sort(),
  syncState: (await db.syncState.toCollection().primaryKeys()).sort(),
});

describe('token mirror', () => {
  it('at start stores main’s tokens and removes a token main doesn’t know, with all its data', async () => {
    const db = openDatabase();
    await db.tokens.bulkPut([tokenRow('t1', 'Hoofdgebouw'), tokenRow('gone', 'Oud gebouw')]);
    // "gone|…" and "gone2|…" share a prefix: only the first token's rows may go.
    await seedTokenData(db, 't1');
    await seedTokenData(db, 'gone');
    await seedTokenData(db, 'gone2');
    await db.tokens.put(tokenRow('gone2', 'Dependance'));
    const renamed = tokenRow('t1', 'Hoofdgebouw (renamed)');
    const main = createFakeMain({
      'tokens:list': () => [renamed, tokenRow('gone2', 'Dependance'), tokenRow('t3', 'Annex')],
    });

    const stop = await startTokenMirror(db, main.api);

    expect(await counts(db)).toEqual({
      tokens: ['gone2', 't1', 't3'],
      assets: ['gone2', 'gone2', 't1', 't1'],
      assignments: ['gone2', 'gone2', 't1', 't1'],
      vppUsers: ['gone2', 't1'],
      syncState: ['gone2', 't1'],
    });
    expect((await db.tokens.get('t1'))?.name).toBe('Hoofdgebouw (renamed)');
    stop();
  });

  it('follows tokens:changed and tokens:removed, subscribed before it lists', async () => {
    const db = openDatabase();
    const main = createFakeMain({ 'tokens:list': () => [tokenRow('t1', 'Hoofdgebouw')] });
    const started = startTokenMirror(db, main.api);
    // The listeners are there before the list is asked for.
    expect(main.listenerCount('tokens:changed')).toBe(1);
    expect(main.listenerCount('tokens:removed')).toBe(1);
    const stop = await started;
    await seedTokenData(db, 't1');

    main.emit('tokens:changed', tokenRow('t2', 'Dependance'));
    main.emit('tokens:removed', { id: 't1' });
    await settle();

    expect(await counts(db)).toEqual({
      tokens: ['t2'],
      assets: [],
      assignments: [],
      vppUsers: [],
      syncState: [],
    });
    stop();
    expect(main.listenerCount('tokens:changed')).toBe(0);
  });

  it('lets go of its listeners when main can’t list the tokens', async () => {
    const db = openDatabase();
    const main = createFakeMain();
    await expect(startTokenMirror(db, main.api)).rejects.toMatchObject({
      code: 'ipc.unknownChannel',
    });
    expect(main.listenerCount('tokens:changed')).toBe(0);
  });
});

describe('the Tokens list', () => {
  it('sorts by name and searches name, organization and location by word prefix', async () => {
    const db = openDatabase();
    await db.tokens.bulkPut([
      { ...tokenRow('a', 'Zonnebloem'), locationName: 'Dependance' },
      { ...tokenRow('b', 'école Anne Frank'), orgName: 'Stichting Primair' },
      tokenRow('c', 'Hoofdgebouw'),
    ]);
    expect(await tokenIds(db, '')).toEqual(['b', 'c', 'a']);
    expect(await tokenIds(db, 'depend')).toEqual(['a']);
    expect(await tokenIds(db, 'prim ecole')).toEqual(['b']);
    expect(await tokenIds(db, 'regenboog')).toEqual(['c', 'a']);
  });

  it('stays fast with 3,000 tokens', async () => {
    const db = openDatabase();
    await db.tokens.bulkPut(
      Array.from({ length: 3000 }, (_, n) => tokenRow(`t${n}`, `School ${3000 - n}`)),
    );
    const started = performance.now();
    const all = await tokenIds(db, '');
    const some = await tokenIds(db, 'school 29');
    const elapsed = performance.now() - started;
    expect(all).toHaveLength(3000);
    expect(some.length).toBeGreaterThan(0);
    // fake-indexeddb is far slower than Chromium's; this still catches a quadratic slip.
    expect(elapsed).toBeLessThan(1500);
  });
});
