import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleDatabase } from '../../../renderer/db/database';
import {
  existingDevicesOf,
  existingUsersOf,
  ImportTargetGoneError,
  writeImport,
} from '../../../renderer/db/repositories/import-writer';
import {
  planImport,
  previewDeviceImport,
  previewUserImport,
} from '../../../renderer/features/import';

const databases: ConsoleDatabase[] = [];
const freshDatabase = () => {
  const db = new ConsoleDatabase(`import-writer-${crypto.randomUUID()}`);
  databases.push(db);
  return db;
};
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

const at = 1_700_000_000_000;

const addUser = (db: ConsoleDatabase, id: string, values: Record<string, unknown>) =>
  db.users.add({
    id,
    fullName: 'Someone',
    shortName: id,
    groupIds: [],
    createdAt: at,
    updatedAt: at,
    ...values,
  });

/** Previews `text` against the database and writes it, as the Import sheet does. */
const importUsers = async (db: ConsoleDatabase, text: string, chunkSize?: number) =>
  writeImport(db, planImport(previewUserImport(text, await existingUsersOf(db))), { chunkSize });

const importDevices = async (db: ConsoleDatabase, text: string) =>
  writeImport(db, planImport(previewDeviceImport(text, await existingDevicesOf(db))));

const snapshot = async (db: ConsoleDatabase) => ({
  users: await db.users.orderBy('id').toArray(),
  groups: await db.groups.orderBy('id').toArray(),
  devices: await db.devices.orderBy('id').toArray(),
});

describe('writing a user import', () => {
  it('adds users, creates each group the file names once and adds the memberships', async () => {
    const db = freshDatabase();
    const file = [
      'Full Name;Short Name;Email;Groups',
      'Sara de Boer;sboer;sara@school.example;Groep 7|Koor',
      'Daan Jansen;djansen;;groep 7',
      'Zoë Visser;zvisser;;"Groep 7; Koor"',
    ].join('\n');
    const progress: [number, number][] = [];
    const result = await writeImport(
      db,
      planImport(previewUserImport(file, await existingUsersOf(db))),
      { chunkSize: 2, onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(result).toEqual({
      kind: 'users',
      usersAdded: 3,
      usersUpdated: 0,
      groupsCreated: 2,
      membershipsAdded: 5,
    });
    expect(progress).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    const groups = await db.groups.toArray();
    expect(groups.map((group) => group.name).sort()).toEqual(['Groep 7', 'Koor']);
    const groupId = new Map(groups.map((group) => [group.name, group.id]));
    const sara = await db.users.where('shortName').equals('sboer').first();
    expect(sara).toMatchObject({ fullName: 'Sara de Boer', email: 'sara@school.example' });
    expect(sara?.groupIds.sort()).toEqual([groupId.get('Groep 7'), groupId.get('Koor')].sort());
    // The database derived the search fields on the way in.
    expect(sara?.searchWords).toContain('sara');
    expect(await db.users.where('groupIds').equals(groupId.get('Groep 7')!).count()).toBe(3);

    // The same file again: everyone matched by short name, no group and no membership twice.
    const again = await importUsers(db, file);
    expect(again).toEqual({
      kind: 'users',
      usersAdded: 0,
      usersUpdated: 3,
      groupsCreated: 0,
      membershipsAdded: 0,
    });
    expect(await db.groups.count()).toBe(2);
    expect(await db.users.count()).toBe(3);
    expect((await db.users.where('shortName').equals('sboer').first())?.groupIds).toHaveLength(2);
  });

  it('updates a matched user only with the cells the file fills, whatever the case', async () => {
    const db = freshDatabase();
    await db.groups.add({ id: 'g-old', name: 'Team', createdAt: at, updatedAt: at });
    await addUser(db, 'u-1', {
      fullName: 'Anna Wit',
      shortName: 'AWit',
      email: 'anna@school.example',
      notes: 'Left-handed',
      managedAppleId: 'anna@appleid.school.example',
      language: 'nl',
      groupIds: ['g-old'],
    });
    const result = await importUsers(
      db,
      'Full Name,Short Name,Email,Notes,Groups\nAnna de Wit,awit,,Year 8,Choir\n',
    );
    expect(result).toMatchObject({ usersAdded: 0, usersUpdated: 1, membershipsAdded: 1 });
    const anna = await db.users.get('u-1');
    const choir = await db.groups.where('sortKey').equals('choir').first();
    expect(anna).toMatchObject({
      fullName: 'Anna de Wit',
      shortName: 'AWit',
      email: 'anna@school.example',
      notes: 'Year 8',
      managedAppleId: 'anna@appleid.school.example',
      language: 'nl',
      groupIds: ['g-old', choir!.id],
      createdAt: at,
    });
    expect(anna!.updatedAt).toBeGreaterThan(at);
    expect(anna!.sortKey).toBe(anna!.sortKey.toLowerCase());
    expect(anna!.searchWords).toContain('de');
  });

  it('writes nothing when a write fails halfway through the transaction', async () => {
    const db = freshDatabase();
    await db.groups.add({ id: 'g-1', name: 'Groep 1', createdAt: at, updatedAt: at });
    await addUser(db, 'u-kept', { shortName: 'leerling0', fullName: 'Was Here', groupIds: [] });
    const before = await snapshot(db);
    const lines = ['Name,Short Name,Groups'];
    for (let i = 0; i < 5_000; i++) lines.push(`Leerling ${i},leerling${i},Groep ${i % 3}`);
    // The disk fills up at the 3,500th new user, long after the first chunks were written.
    let created = 0;
    db.users.hook('creating', () => {
      if (++created === 3_500) throw new Error('QuotaExceededError: the disk is full');
    });
    const progress: number[] = [];
    const plan = planImport(previewUserImport(lines.join('\n'), await existingUsersOf(db)));
    await expect(
      writeImport(db, plan, { chunkSize: 1_000, onProgress: (done) => progress.push(done) }),
    ).rejects.toThrow(/disk is full/);
    expect(progress.at(-1)).toBeGreaterThanOrEqual(3_000);
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when a user it updates was deleted after the preview', async () => {
    const db = freshDatabase();
    await addUser(db, 'u-1', { shortName: 'bo' });
    const plan = planImport(
      previewUserImport('Name,Short Name\nAnna,anna\nBo Smit,bo\n', await existingUsersOf(db)),
    );
    await db.users.delete('u-1');
    await expect(writeImport(db, plan)).rejects.toBeInstanceOf(ImportTargetGoneError);
    expect(await db.users.count()).toBe(0);
  });

  it('reads existing short names, addresses and groups from their indexes', async () => {
    const db = freshDatabase();
    await addUser(db, 'u-1', { shortName: 'Sara', email: 'Sara@School.example' });
    await addUser(db, 'u-2', { shortName: 'daan' });
    await db.groups.add({ id: 'g-1', name: 'Groep 7', createdAt: at, updatedAt: at });
    const existing = await existingUsersOf(db);
    expect([...existing.shortNames]).toEqual([
      ['Sara', 'u-1'],
      ['daan', 'u-2'],
    ]);
    expect([...existing.emails!]).toEqual([['Sara@School.example', 'u-1']]);
    expect([...existing.groups!]).toEqual([['Groep 7', 'g-1']]);
  });
});

describe('writing a device import', () => {
  it('adds devices as placeholders, updates by serial number with filled cells only', async () => {
    const db = freshDatabase();
    await addUser(db, 'u-1', { shortName: 'sboer', email: 'sara@school.example' });
    await db.devices.add({
      id: 'd-1',
      name: 'Old iPad',
      serialNumber: 'F9XQ',
      model: 'iPad (9th generation)',
      platform: 'iPadOS',
      osVersion: '17.5',
      deviceGroupIds: ['dg-1'],
      placeholder: false,
      createdAt: at,
      updatedAt: at,
    });
    const result = await importDevices(
      db,
      [
        'Name,Serial Number,Model,Platform,Assigned User',
        "Sara's iPad,f9xq,,,SARA@school.example",
        'Mac 1,C02ZX,MacBook Air,macos,sboer',
        'Mac 2,C03ZX,,,',
      ].join('\n'),
    );
    expect(result).toEqual({ kind: 'devices', devicesAdded: 2, devicesUpdated: 1 });
    expect(await db.devices.get('d-1')).toMatchObject({
      name: "Sara's iPad",
      serialNumber: 'F9XQ',
      model: 'iPad (9th generation)',
      platform: 'iPadOS',
      osVersion: '17.5',
      userId: 'u-1',
      deviceGroupIds: ['dg-1'],
      placeholder: false,
    });
    expect(await db.devices.where('serialNumber').equals('C02ZX').first()).toMatchObject({
      name: 'Mac 1',
      model: 'MacBook Air',
      platform: 'macOS',
      userId: 'u-1',
      placeholder: true,
      deviceGroupIds: [],
    });
    const mac2 = await db.devices.where('serialNumber').equals('C03ZX').first();
    expect(mac2).toBeDefined();
    expect(mac2!.userId).toBeUndefined();
    expect(Object.keys(mac2!)).not.toContain('model');
  });

  it('writes no device when one write fails', async () => {
    const db = freshDatabase();
    const lines = ['Name,Serial Number'];
    for (let i = 0; i < 3_000; i++) lines.push(`iPad ${i},S${i}`);
    let created = 0;
    db.devices.hook('creating', () => {
      if (++created === 2_500) throw new Error('the disk is full');
    });
    await expect(importDevices(db, lines.join('\n'))).rejects.toThrow(/disk is full/);
    expect(await db.devices.count()).toBe(0);
  });
});
