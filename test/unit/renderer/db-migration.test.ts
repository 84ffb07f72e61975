import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleDatabase } from '../../../renderer/db/database';
import { assetKeys, assetsByKeys } from '../../../renderer/db/repositories/assets-repository';
import { namedRowKeys } from '../../../renderer/db/repositories/named-rows';
import { defineVersion1 } from '../../../renderer/db/schema';
import { licenseSetsOf } from './support/license-sets';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A database as the first release of the console left it. */
const openVersion1 = async (name: string) => {
  const db = new Dexie(name);
  defineVersion1(db);
  await db.open();
  return db;
};

/** The Users list as the view shows it: its keys in order, then their rows. */
const listedUsers = async (db: ConsoleDatabase, search: string) =>
  db.users.bulkGet(await namedRowKeys(db.users, search));

const user = (id: string, fullName: string, email?: string) => ({
  id,
  fullName,
  shortName: id,
  email,
  groupIds: [],
  createdAt: 1,
  updatedAt: 1,
});

describe('database migrations', () => {
  it('upgrades a version 1 database: rows survive and get sort keys and search words', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const v1 = await openVersion1(name);
    await v1
      .table('users')
      .bulkAdd([
        user('u1', 'Zoë Visser', 'zoe@school.example'),
        user('u2', 'anna de Wit'),
        user('u3', 'Émile Bakker'),
      ]);
    await v1.table('groups').add({ id: 'g1', name: 'Groep 7B', createdAt: 1, updatedAt: 1 });
    await v1.table('assets').bulkAdd([
      {
        tokenId: 't1',
        adamId: '2',
        pricingParam: 'STDQ',
        productType: 'App',
        name: 'Pages',
        assignedCount: 1,
        availableCount: 29,
        retiredCount: 0,
        totalCount: 30,
      },
      {
        tokenId: 't1',
        adamId: '1',
        pricingParam: 'STDQ',
        productType: 'App',
        name: 'keynote',
        assignedCount: 0,
        availableCount: 5,
        retiredCount: 0,
        totalCount: 5,
      },
      {
        tokenId: 't1',
        adamId: '3',
        pricingParam: 'PLUS',
        productType: 'Book',
        name: 'Atlas',
        assignedCount: 0,
        availableCount: 1,
        retiredCount: 0,
        totalCount: 1,
      },
    ]);
    v1.close();

    const db = new ConsoleDatabase(name);
    opened.push(db);
    await db.open();

    expect(db.verno).toBe(4);
    const migrated = await db.users.get('u3');
    expect(migrated).toMatchObject({ fullName: 'Émile Bakker', sortKey: 'emile bakker' });
    // Version 4 gives every user a short name (their id until the admin types one).
    expect(migrated).toMatchObject({ shortName: 'u3' });
    expect(migrated?.searchWords).toEqual(['emile', 'bakker', 'u3']);
    expect((await db.users.get('u1'))?.searchWords).toEqual([
      'zoe',
      'visser',
      'u1',
      'school',
      'example',
    ]);
    expect((await db.groups.get('g1'))?.sortKey).toBe('groep 7b');

    // What the admin notices: case and accents no longer scatter the list.
    const sorted = await listedUsers(db, '');
    expect(sorted.map((row) => row?.fullName)).toEqual([
      'anna de Wit',
      'Émile Bakker',
      'Zoë Visser',
    ]);
    const found = await listedUsers(db, 'emi');
    expect(found.map((row) => row?.fullName)).toEqual(['Émile Bakker']);
    const apps = await assetsByKeys(db, await assetKeys(db, 'App', ''));
    expect(apps.map((asset) => asset?.name)).toEqual(['keynote', 'Pages']);
    // Each list searches only its own product type.
    expect(await assetKeys(db, 'Book', 'atl')).toEqual(['t1|3|PLUS']);
    expect(await assetKeys(db, 'App', 'atl')).toEqual([]);
  });

  it('upgrades to version 3: assignments give way to license sets, old token rows go', async () => {
    const name = `migration-v3-${crypto.randomUUID()}`;
    const v1 = await openVersion1(name);
    await v1
      .table('tokens')
      .add({ id: 't1', orgName: 'OBS De Regenboog', location: 'Hoofdgebouw' });
    await v1.table('assignments').bulkAdd([
      {
        id: 't1|2|STDQ|u:stu-1',
        tokenId: 't1',
        adamId: '2',
        pricingParam: 'STDQ',
        clientUserId: 'stu-1',
      },
      {
        id: 't1|2|STDQ|d:SER1',
        tokenId: 't1',
        adamId: '2',
        pricingParam: 'STDQ',
        serialNumber: 'SER1',
      },
    ]);
    v1.close();

    const db = new ConsoleDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(4);
    // Version 1 and 2 assignments are dropped with their table; the next sync brings sets.
    const tables = db.tables.map((table) => table.name);
    expect(tables).not.toContain('assignments');
    expect(tables).toContain('licenseSets');
    expect(await db.licenseSets.count()).toBe(0);
    const holdersIndex = db.licenseSets.schema.indexes.find((index) => index.name === 'holders');
    expect(holdersIndex).toMatchObject({ multi: true });
    // Main's snapshots fill the tokens table; version 2's rows were never Apple's.
    expect(await db.tokens.count()).toBe(0);
    expect(await db.syncState.count()).toBe(0);

    // What a user's or a device's Apps tab asks: which sets hold them.
    await db.licenseSets.bulkAdd(
      licenseSetsOf('t1', [
        { adamId: '2', clientUserId: 'stu-1' },
        { adamId: '2', serialNumber: 'SER1' },
        { adamId: '3', clientUserId: 'stu-2' },
      ]),
    );
    const held = await db.licenseSets.where('holders').equals('u:stu-1').toArray();
    expect(held.map((set) => [set.adamId, set.holders])).toEqual([['2', ['u:stu-1']]]);
    expect(await db.licenseSets.where('holders').equals('d:SER1').count()).toBe(1);
  });

  it('derives sort keys and search words on every later write, from any writer', async () => {
    const db = new ConsoleDatabase(`writes-${crypto.randomUUID()}`);
    opened.push(db);
    await db.users.add(user('u1', 'Bram Jansen', 'bram@school.example'));
    expect((await db.users.get('u1'))?.sortKey).toBe('bram jansen');

    await db.users.update('u1', { fullName: 'Bram Ökten' });
    const renamed = await db.users.get('u1');
    expect(renamed?.sortKey).toBe('bram okten');
    expect(renamed?.searchWords).toContain('okten');
    expect(await namedRowKeys(db.users, 'jansen')).toEqual([]);
    expect(await namedRowKeys(db.users, 'okt bra')).toEqual(['u1']);
  });

  it('keeps sort keys when a writer puts a whole row over an existing one', async () => {
    const db = new ConsoleDatabase(`put-${crypto.randomUUID()}`);
    opened.push(db);
    // A fresh object each time, as a sync's page brings (the hooks write into what they get).
    const asset = () => ({
      tokenId: 't1',
      adamId: '2',
      pricingParam: 'STDQ' as const,
      productType: 'App' as const,
      name: 'Pages',
      assignedCount: 1,
      availableCount: 29,
      retiredCount: 0,
      totalCount: 30,
      deviceAssignable: true,
      revocable: true,
      supportedPlatforms: ['iOS'],
    });
    await db.assets.put(asset());
    await db.transaction('rw', db.assets, () =>
      db.assets.bulkPut([{ ...asset(), availableCount: 28 }]),
    );
    expect(await assetKeys(db, 'App', '')).toEqual(['t1|2|STDQ']);
    expect(await assetKeys(db, 'App', 'pag')).toEqual(['t1|2|STDQ']);
  });

  it('searches by word prefix across name, short name, email and Managed Apple ID', async () => {
    const db = new ConsoleDatabase(`search-${crypto.randomUUID()}`);
    opened.push(db);
    await db.users.bulkAdd([
      {
        ...user('u1', 'Sara de Boer', 'kid417@school.example'),
        managedAppleId: 'sdb000417@appleid.school.example',
      },
      user('u2', 'Daan Boersma'),
      user('u3', 'Lotte Smit'),
    ]);
    expect(await namedRowKeys(db.users, 'boer')).toEqual(['u2', 'u1']);
    expect(await namedRowKeys(db.users, 'kid417')).toEqual(['u1']);
    expect(await namedRowKeys(db.users, 'sdb000417')).toEqual(['u1']);
    expect(await namedRowKeys(db.users, 'nobody')).toEqual([]);
  });
});
