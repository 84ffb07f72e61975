import { describe, expect, it } from 'vitest';
import {
  DirectoryConflict,
  DirectoryRecordGone,
} from '../../../../renderer/db/repositories/directory-conflicts';
import {
  createDevice,
  deleteDevice,
  updateDevice,
} from '../../../../renderer/db/repositories/directory-devices';
import {
  deviceKeys,
  groupKeys,
  userKeys,
} from '../../../../renderer/db/repositories/directory-filters';
import {
  changeGroupMembers,
  createGroup,
  createUntitledGroup,
  deleteGroup,
  deviceGroupKind,
  renameGroup,
  userGroupKind,
} from '../../../../renderer/db/repositories/directory-groups';
import {
  createUntitledUser,
  createUser,
  deleteUser,
  updateUser,
} from '../../../../renderer/db/repositories/directory-users';
import { freshDatabase } from '../support/render';

describe('the directory’s writers', () => {
  it('keep short names unique without regard to case, naming who has one', async () => {
    const db = freshDatabase();
    const sara = await createUser(db, {
      fullName: 'Sara de Boer',
      shortName: 'sdeboer',
      groupIds: [],
    });
    const refusal = await createUser(db, {
      fullName: 'Someone Else',
      shortName: 'SDEBOER',
      groupIds: [],
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DirectoryConflict);
    expect(refusal).toMatchObject({ field: 'shortName', ownerName: 'Sara de Boer' });
    expect(await db.users.count()).toBe(1);

    // Saving a user with their own short name is no conflict; the search index follows.
    await updateUser(db, sara, {
      fullName: '  Sara van den Berg ',
      shortName: 'SDeBoer',
      email: 'sara@school.example',
      groupIds: [],
    });
    const stored = await db.users.get(sara);
    expect(stored).toMatchObject({ fullName: 'Sara van den Berg', shortName: 'SDeBoer' });
    expect(stored?.searchWords).toEqual(expect.arrayContaining(['berg', 'sara', 'school']));
    await expect(
      updateUser(db, 'gone', { fullName: 'x', shortName: 'x', groupIds: [] }),
    ).rejects.toBeInstanceOf(DirectoryRecordGone);
  });

  it('give quick + clicks users and groups of their own', async () => {
    const db = freshDatabase();
    await Promise.all([
      createUntitledUser(db, 'New User', 'newuser'),
      createUntitledUser(db, 'New User', 'newuser'),
      createUntitledUser(db, 'New User', 'newuser'),
    ]);
    expect((await db.users.toArray()).map((user) => user.shortName).sort()).toEqual([
      'newuser',
      'newuser2',
      'newuser3',
    ]);
    const kind = userGroupKind(db);
    await Promise.all([
      createUntitledGroup(kind, 'New Group'),
      createUntitledGroup(kind, 'New Group'),
    ]);
    expect((await db.groups.toArray()).map((group) => group.name).sort()).toEqual([
      'New Group',
      'New Group 2',
    ]);
  });

  it('delete a user with their memberships and VPP links, leaving their devices unassigned', async () => {
    const db = freshDatabase();
    const kind = userGroupKind(db);
    const group = await createGroup(kind, 'Groep 7B');
    const user = await createUser(db, { fullName: 'Sara', shortName: 'sara', groupIds: [group] });
    const device = await createDevice(db, { name: 'iPad', userId: user, deviceGroupIds: [] });
    await db.vppLinks.add({
      userId: user,
      tokenId: 't1',
      clientUserId: 'c1',
      enabledAt: 1,
      previousClientUserIds: [],
    });
    await db.vppUsers.add({
      tokenId: 't1',
      clientUserId: 'c1',
      userId: user,
      status: 'Associated',
    });

    await deleteUser(db, user);
    expect(await db.users.count()).toBe(0);
    expect(await db.devices.get(device)).not.toHaveProperty('userId');
    expect(await db.vppLinks.count()).toBe(0);
    // Apple's record stays as the last sync found it; it no longer points at anyone here.
    expect(await db.vppUsers.get(['t1', 'c1'])).toMatchObject({ status: 'Associated' });
    expect(await db.vppUsers.get(['t1', 'c1'])).not.toHaveProperty('userId');
    expect(await db.groups.get(group)).toBeDefined();
  });

  it('change, rename and delete groups and device groups with their memberships', async () => {
    const db = freshDatabase();
    const kind = deviceGroupKind(db);
    const cart = await createGroup(kind, 'iPad-kar 1');
    await createGroup(kind, 'iPad-kar 2');
    const ids = await Promise.all(
      ['iPad 01', 'iPad 02', 'iPad 03'].map((name, index) =>
        createDevice(db, { name, serialNumber: `DMPX0${index}`, deviceGroupIds: [] }),
      ),
    );
    await changeGroupMembers(kind, cart, { add: ids, remove: [] });
    await changeGroupMembers(kind, cart, { add: [], remove: [ids[1]] });
    const devices = await db.devices.bulkGet(ids);
    expect(devices.map((row) => row?.deviceGroupIds)).toEqual([[cart], [], [cart]]);

    await expect(renameGroup(kind, cart, 'ipad-KAR 2')).rejects.toMatchObject({
      field: 'groupName',
      ownerName: 'iPad-kar 2',
    });
    await renameGroup(kind, cart, 'Kar A');
    expect((await db.deviceGroups.get(cart))?.name).toBe('Kar A');

    await deleteGroup(kind, cart);
    expect(await db.deviceGroups.get(cart)).toBeUndefined();
    expect((await db.devices.bulkGet(ids)).map((row) => row?.deviceGroupIds)).toEqual([[], [], []]);
  });

  it('keep serial numbers unique as Apple prints them', async () => {
    const db = freshDatabase();
    const first = await createDevice(db, {
      name: 'iPad 01',
      serialNumber: ' dmpx 01',
      deviceGroupIds: [],
    });
    expect((await db.devices.get(first))?.serialNumber).toBe('DMPX01');
    const second = await createDevice(db, { name: 'iPad 02', deviceGroupIds: [] });
    await expect(
      updateDevice(db, second, { name: 'iPad 02', serialNumber: 'DMPX01', deviceGroupIds: [] }),
    ).rejects.toMatchObject({ field: 'serialNumber', value: 'DMPX01', ownerName: 'iPad 01' });
    await deleteDevice(db, first);
    await updateDevice(db, second, { name: 'iPad 02', serialNumber: 'DMPX01', deviceGroupIds: [] });
    expect((await db.devices.get(second))?.serialNumber).toBe('DMPX01');
  });

  it('filter lists by index, in list order, together with the search', async () => {
    const db = freshDatabase();
    const kind = userGroupKind(db);
    const group = await createGroup(kind, 'Koor');
    await createGroup(kind, 'Leeg');
    const anna = await createUser(db, {
      fullName: 'Anna Smit',
      shortName: 'anna',
      groupIds: [group],
    });
    const bram = await createUser(db, {
      fullName: 'Bram Smit',
      shortName: 'bram',
      email: 'bram@school.example',
      groupIds: [],
    });
    const cas = await createUser(db, { fullName: 'Cas de Vries', shortName: 'cas', groupIds: [] });
    expect(await userKeys(db, '', 'withoutEmail')).toEqual([anna, cas]);
    expect(await userKeys(db, 'smit', 'withoutEmail')).toEqual([anna]);
    expect(await userKeys(db, '', 'inNoGroup')).toEqual([bram, cas]);
    expect(await userKeys(db, '', 'all')).toEqual([anna, bram, cas]);

    const mac = await createDevice(db, {
      name: 'MacBook',
      platform: 'macOS',
      userId: anna,
      deviceGroupIds: [],
    });
    const ipad = await createDevice(db, { name: 'iPad', platform: 'iPadOS', deviceGroupIds: [] });
    expect(await deviceKeys(db, '', 'macOS')).toEqual([mac]);
    expect(await deviceKeys(db, '', 'withoutUser')).toEqual([ipad]);
    expect(await deviceKeys(db, '', 'all')).toEqual([ipad, mac]);

    const [koor, leeg] = await groupKeys(db, 'groups', '', 'all');
    expect((await db.groups.bulkGet([koor, leeg])).map((row) => row?.name)).toEqual([
      'Koor',
      'Leeg',
    ]);
    expect(await groupKeys(db, 'groups', '', 'withoutMembers')).toEqual([leeg]);
  });
});
