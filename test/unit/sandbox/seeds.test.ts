import { describe, expect, it } from 'vitest';
import { availableCount } from '../../../electron/sandbox/state/asset-store';
import { PRODUCT_IDS } from '../../../electron/sandbox/seeds/regenboog-catalogue';
import { regenboogRoster } from '../../../electron/sandbox/seeds/regenboog-roster';
import { OTHER_MDM_INFO } from '../../../electron/sandbox/seeds/location-profiles';
import { seedWorld } from '../../../electron/sandbox/seeds/seed-world';

const now = new Date('2026-09-01T08:00:00Z');

describe('demo seed: OBS De Regenboog', () => {
  const world = seedWorld('demo', now);
  const main = world.locations.get('demo')!;
  const assets = main.assets.all();

  it('has about 240 pupils and 30 staff, the same people on every run', () => {
    const roster = regenboogRoster();
    expect(roster.filter((p) => p.role === 'pupil')).toHaveLength(240);
    expect(roster.filter((p) => p.role === 'staff')).toHaveLength(30);
    expect(new Set(roster.map((p) => p.email)).size).toBe(270);
    expect(regenboogRoster()).toEqual(roster);
  });

  it('owns 12 apps (some device-assignable) and 4 books, all satisfying total = assigned + available + retired', () => {
    const apps = assets.filter((a) => a.productType === 'App');
    const books = assets.filter((a) => a.productType === 'Book');
    expect(apps).toHaveLength(12);
    expect(books).toHaveLength(4);
    expect(apps.filter((a) => a.deviceAssignable).length).toBeGreaterThan(0);
    expect(apps.filter((a) => !a.deviceAssignable).length).toBeGreaterThan(0);
    for (const book of books)
      expect([book.deviceAssignable, book.revocable]).toEqual([false, false]);
    for (const asset of assets) {
      expect(availableCount(asset)).toBeGreaterThanOrEqual(0);
      expect(asset.totalCount).toBe(
        asset.assignedCount + availableCount(asset) + asset.retiredCount,
      );
    }
  });

  it('has a scarce app with 1–40 free licences, fewer than a class of 30', () => {
    const leesladder = main.assets.get(PRODUCT_IDS.leesladder, 'STDQ')!;
    expect(availableCount(leesladder)).toBe(12);
    expect(availableCount(leesladder)).toBeLessThan(30);
  });

  it('has existing assignments, registered, associated and retired users', () => {
    expect(main.assignments.size).toBeGreaterThan(500);
    const statuses = main.users.all().map((u) => u.status);
    expect(statuses.filter((s) => s === 'Associated')).toHaveLength(122);
    expect(statuses.filter((s) => s === 'Registered')).toHaveLength(28);
    expect(statuses.filter((s) => s === 'Retired')).toHaveLength(6);
    const twice = main.users.all().find((u) => main.users.history(u.clientUserId).length > 1)!;
    expect(main.users.history(twice.clientUserId).map((u) => u.status)).toEqual([
      'Retired',
      'Associated',
    ]);
    expect(main.assets.get(PRODUCT_IDS.oudeMolen, 'STDQ')!.retiredCount).toBe(2);
  });

  it('gives the other MDM’s location its mdmInfo and the seeds the same content every run', () => {
    expect(world.locations.get('otherMdm')!.mdmInfo).toEqual(OTHER_MDM_INFO);
    expect(world.locations.get('demo')!.mdmInfo).toBeUndefined();
    const again = seedWorld('demo', now).locations.get('demo')!;
    expect(again.users.all().map((u) => [u.clientUserId, u.inviteCode, u.idHash])).toEqual(
      main.users.all().map((u) => [u.clientUserId, u.inviteCode, u.idHash]),
    );
  });

  it('leaves the empty seed’s libraries empty but keeps the store’s products', () => {
    const empty = seedWorld('empty', now);
    for (const location of empty.locations.values()) {
      expect(location.assets.all()).toHaveLength(0);
      expect(location.users.all()).toHaveLength(0);
    }
    expect(empty.catalogue.get(PRODUCT_IDS.pages)?.name).toBe('Pages');
  });
});
