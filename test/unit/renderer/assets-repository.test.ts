import type { ConsoleDatabase } from '../../../renderer/db/database';
import { afterEach, describe, expect, it } from 'vitest';
import { titleKeyOf, titleSetRange } from '../../../renderer/db/license-sets';
import {
  holdersOfAsset,
  titlesForUsers,
} from '../../../renderer/db/repositories/assets-repository';
import { freshDatabase } from './support/render';
import { licenseSetsOf } from './support/license-sets';
import { assetRow } from './support/vpp-rows';

const db = freshDatabase();
afterEach(async () => {
  await Promise.all([
    db.licenseSets.clear(),
    db.assets.clear(),
    db.users.clear(),
    db.devices.clear(),
  ]);
});

const user = (id: string, fullName: string) => ({
  id,
  fullName,
  shortName: id,
  groupIds: [],
  createdAt: 1,
  updatedAt: 1,
});

/** The console's users with their VPP link under token t1 (the clientUserId Apple knows). */
const addUsers = async (db: ConsoleDatabase, users: [string, string, string][]) => {
  await db.users.bulkAdd(users.map(([id, fullName]) => user(id, fullName)));
  await db.vppLinks.bulkAdd(
    users.map(([userId, , clientUserId]) => ({
      userId,
      tokenId: 't1',
      clientUserId,
      enabledAt: 1,
      previousClientUserIds: [],
    })),
  );
};

const pages = { tokenId: 't1', adamId: '123', pricingParam: 'STDQ' } as const;

describe('holdersOfAsset', () => {
  it('reads one key range: this title under this token, not its neighbours', async () => {
    await db.licenseSets.bulkAdd([
      ...licenseSetsOf('t1', [
        { adamId: '123', clientUserId: 'stu-1' },
        { adamId: '123', serialNumber: 'F9FZ1' },
        // Neighbours in key order that must stay out.
        { adamId: '1234', clientUserId: 'stu-2' },
        { adamId: '12', clientUserId: 'stu-3' },
        { adamId: '123', pricingParam: 'PLUS', clientUserId: 'stu-4' },
      ]),
      ...licenseSetsOf('t2', [{ adamId: '123', clientUserId: 'stu-5' }]),
      ...licenseSetsOf('t10', [{ adamId: '123', clientUserId: 'stu-6' }]),
    ]);
    await addUsers(db, [['u1', 'Sara de Boer', 'stu-1']]);
    await db.devices.add({
      id: 'd1',
      name: 'iPad 07',
      serialNumber: 'F9FZ1',
      deviceGroupIds: [],
      placeholder: false,
      createdAt: 1,
      updatedAt: 1,
    });

    const holders = await holdersOfAsset(db, pages);
    expect(holders).toEqual([
      { key: 'd:F9FZ1', serialNumber: 'F9FZ1', name: 'iPad 07' },
      { key: 'u:stu-1', clientUserId: 'stu-1', name: 'Sara de Boer' },
    ]);
  });

  it('bounds a title’s range with a closing separator, and finds nobody for an unassigned title', async () => {
    expect(titleSetRange(pages.tokenId, titleKeyOf(pages))).toEqual([
      't1|123|STDQ|',
      't1|123|STDQ|\uffff',
    ]);
    await db.licenseSets.bulkAdd(licenseSetsOf('t1', [{ adamId: '1234', clientUserId: 'stu-2' }]));
    expect(await holdersOfAsset(db, pages)).toEqual([]);
  });

  it('finds a title’s holders in every bucket, and titlesForUsers counts each asked user once', async () => {
    const pagesHolders = ['stu-1', 'stu-9', 'stu-2', 'stu-3', 'stu-4'];
    const sets = licenseSetsOf('t1', [
      ...pagesHolders.map((clientUserId) => ({ adamId: '123', clientUserId })),
      { adamId: '123', serialNumber: 'F9FZ1' },
      { adamId: '456', clientUserId: 'stu-2' },
    ]);
    // The holders really are spread: Pages has several shares, and one holds two users.
    const pagesSets = sets.filter((set) => set.adamId === '123');
    expect(pagesSets.length).toBeGreaterThanOrEqual(4);
    expect(pagesSets.some((set) => set.holders.length > 1)).toBe(true);
    await db.licenseSets.bulkAdd(sets);
    await db.assets.bulkAdd([
      assetRow('t1', '123', 'Pages', { total: 10, assigned: 6 }),
      assetRow('t1', '456', 'Keynote', { total: 10, assigned: 1 }),
    ]);
    await addUsers(
      db,
      pagesHolders.map((id): [string, string, string] => [id, `Leerling ${id}`, id]),
    );

    const holders = await holdersOfAsset(db, pages);
    expect(holders.map((holder) => holder.key).sort()).toEqual([
      'd:F9FZ1',
      ...pagesHolders.map((id) => `u:${id}`).sort(),
    ]);

    // A group of four who hold Pages (two of them in one share), one who holds nothing, and
    // stu-4, who holds Pages but isn't asked about.
    const titles = await titlesForUsers(db, ['stu-1', 'stu-9', 'stu-2', 'stu-3', 'stu-5'], 'App');
    expect(titles.map(({ asset, holders }) => [asset.name, holders])).toEqual([
      ['Keynote', 1],
      ['Pages', 4],
    ]);
    expect(await titlesForUsers(db, ['stu-5'], 'App')).toEqual([]);
  });
});
