import type { Table } from 'dexie';
import { foldText } from '../search-text';
import type { ConsoleDatabase, NewRow } from '../database';
import type { DeviceRow, GroupRow, UserRow } from '../types';
import { DirectoryConflict, DirectoryRecordGone } from './directory-conflicts';

/**
 * Groups of users and device groups work alike: a named row, and members that carry the
 * group's id in a list of their own (`groupIds`, `deviceGroupIds`). One kind describes each.
 */
export interface GroupKind<Member extends { id: string }> {
  groups: Table<GroupRow, string, NewRow<GroupRow>>;
  members: Table<Member, string, NewRow<Member>>;
  /** The members' multi-entry index of their groups. */
  index: 'groupIds' | 'deviceGroupIds';
  groupIdsOf(member: Member): string[];
  withGroupIds(member: Member, groupIds: string[]): Member;
}

export const userGroupKind = (db: ConsoleDatabase): GroupKind<UserRow> => ({
  groups: db.groups,
  members: db.users,
  index: 'groupIds',
  groupIdsOf: (user) => user.groupIds,
  withGroupIds: (user, groupIds) => ({ ...user, groupIds }),
});

export const deviceGroupKind = (db: ConsoleDatabase): GroupKind<DeviceRow> => ({
  groups: db.deviceGroups,
  members: db.devices,
  index: 'deviceGroupIds',
  groupIdsOf: (device) => device.deviceGroupIds,
  withGroupIds: (device, deviceGroupIds) => ({ ...device, deviceGroupIds }),
});

/**
 * Group names are unique as an import matches them: without case and accents ("groep 7b" is
 * "Groep 7B"), so a file's group column always means one group.
 */
const assertNameFree = async <Member extends { id: string }>(
  kind: GroupKind<Member>,
  name: string,
  selfId?: string,
) => {
  const owners = await kind.groups.where('sortKey').equals(foldText(name)).toArray();
  const other = owners.find((owner) => owner.id !== selfId);
  if (other) throw new DirectoryConflict('groupName', name, other.name);
};

export const createGroup = <Member extends { id: string }>(
  kind: GroupKind<Member>,
  name: string,
  now = Date.now(),
): Promise<string> =>
  kind.groups.db.transaction('rw', kind.groups, async () => {
    const trimmed = name.trim();
    await assertNameFree(kind, trimmed);
    const id = crypto.randomUUID();
    await kind.groups.add({ id, name: trimmed, createdAt: now, updatedAt: now });
    return id;
  });

export const renameGroup = <Member extends { id: string }>(
  kind: GroupKind<Member>,
  id: string,
  name: string,
  now = Date.now(),
): Promise<void> =>
  kind.groups.db.transaction('rw', kind.groups, async () => {
    const stored = await kind.groups.get(id);
    if (!stored) throw new DirectoryRecordGone(id);
    const trimmed = name.trim();
    await assertNameFree(kind, trimmed, id);
    await kind.groups.put({ ...stored, name: trimmed, updatedAt: now });
  });

/** A change to a group's members: who joins, who leaves. */
export interface MemberChange {
  add: readonly string[];
  remove: readonly string[];
}

/** Adds and removes members of a group in one transaction (the Members tab's Save). */
export const changeGroupMembers = <Member extends { id: string }>(
  kind: GroupKind<Member>,
  groupId: string,
  change: MemberChange,
  now = Date.now(),
): Promise<void> =>
  kind.groups.db.transaction('rw', [kind.groups, kind.members], async () => {
    const group = await kind.groups.get(groupId);
    if (!group) throw new DirectoryRecordGone(groupId);
    const leaving = new Set(change.remove);
    const ids = [...new Set([...change.add, ...change.remove])];
    const members = await kind.members.bulkGet(ids);
    const changed = members.flatMap((member) => {
      if (!member) return [];
      const others = kind.groupIdsOf(member).filter((id) => id !== groupId);
      return [kind.withGroupIds(member, leaving.has(member.id) ? others : [...others, groupId])];
    });
    await kind.members.bulkPut(changed);
    await kind.groups.put({ ...group, updatedAt: now });
  });

/** How many members a group has (what its delete sheet says stays). */
export const memberCount = <Member extends { id: string }>(
  kind: GroupKind<Member>,
  groupId: string,
): Promise<number> => kind.members.where(kind.index).equals(groupId).count();

/** Deletes a group and its memberships in one transaction; the members themselves stay. */
export const deleteGroup = <Member extends { id: string }>(
  kind: GroupKind<Member>,
  groupId: string,
): Promise<void> =>
  kind.groups.db.transaction('rw', [kind.groups, kind.members], async () => {
    const members = await kind.members.where(kind.index).equals(groupId).toArray();
    await kind.members.bulkPut(
      members.map((member) =>
        kind.withGroupIds(
          member,
          kind.groupIdsOf(member).filter((id) => id !== groupId),
        ),
      ),
    );
    await kind.groups.delete(groupId);
  });

/**
 * What + in Groups makes: a group named `base` ("New Group"), or "New Group 2" and so on when
 * that is taken, chosen in the same transaction as the write, so two quick clicks make two.
 */
export const createUntitledGroup = <Member extends { id: string }>(
  kind: GroupKind<Member>,
  base: string,
): Promise<string> =>
  kind.groups.db.transaction('rw', kind.groups, async () =>
    createGroup(kind, await freeGroupName(kind, base)),
  );

/** A name no group of this kind has yet: `base`, else `base 2`, `base 3`… */
const freeGroupName = async <Member extends { id: string }>(
  kind: GroupKind<Member>,
  base: string,
): Promise<string> => {
  const taken = new Set(
    (await kind.groups.where('sortKey').startsWith(foldText(base)).keys()).map(String),
  );
  let candidate = base;
  for (let number = 2; taken.has(foldText(candidate)); number += 1) candidate = `${base} ${number}`;
  return candidate;
};
