import type { DevicePlatform } from './field-checks';
import type { DeviceImportPreview } from './device-import';
import type { UserImportPreview } from './user-import';
import { foldText } from '../../db/search-text';

/** A user to add, with the id the transaction gives them. */
export interface PlannedUser {
  id: string;
  line: number;
  fullName: string;
  shortName: string;
  email?: string;
  managedAppleId?: string;
  notes?: string;
}

/** What an import changes on an existing record: only fields the file has a filled cell for. */
export interface PlannedUpdate<Changes> {
  id: string;
  line: number;
  changes: Changes;
}

export type UserChanges = Partial<Omit<PlannedUser, 'id' | 'line' | 'shortName'>>;

export interface UserImportPlan {
  kind: 'users';
  usersToAdd: PlannedUser[];
  usersToUpdate: PlannedUpdate<UserChanges>[];
  groupsToCreate: { id: string; name: string }[];
  /**
   * Memberships to add, by the ids above or existing ones. An import only adds: a user already
   * in a group the file does not name stays in it.
   */
  memberships: { userId: string; groupId: string }[];
}

export interface PlannedDevice {
  id: string;
  line: number;
  name: string;
  serialNumber: string;
  model?: string;
  platform?: DevicePlatform;
  userId?: string;
}

export type DeviceChanges = Partial<Pick<PlannedDevice, 'name' | 'model' | 'platform' | 'userId'>>;

export interface DeviceImportPlan {
  kind: 'devices';
  devicesToAdd: PlannedDevice[];
  devicesToUpdate: PlannedUpdate<DeviceChanges>[];
}

export interface PlanOptions {
  newId?: () => string;
}

/** Copies the keys of `values` that have a value; blank cells never erase what is stored. */
const filled = <T extends object>(values: T): T =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as T;

const planUsers = (preview: UserImportPreview, newId: () => string): UserImportPlan => {
  const plan: UserImportPlan = {
    kind: 'users',
    usersToAdd: [],
    usersToUpdate: [],
    groupsToCreate: [],
    memberships: [],
  };
  const groupIds = new Map<string, string>();
  for (const group of preview.groups) {
    const id = group.existingId ?? newId();
    if (!group.existingId) plan.groupsToCreate.push({ id, name: group.name });
    groupIds.set(foldText(group.name), id);
  }
  for (const row of preview.rows) {
    if (row.action === 'skip') continue;
    const { fullName, shortName, email, managedAppleId, notes, groups } = row.values;
    let userId: string;
    if (row.action === 'update' && row.existingId) {
      userId = row.existingId;
      const changes = filled({ fullName, email, managedAppleId, notes });
      plan.usersToUpdate.push({ id: userId, line: row.line, changes });
    } else {
      userId = newId();
      const user = filled({ fullName, shortName, email, managedAppleId, notes });
      plan.usersToAdd.push({ id: userId, line: row.line, ...user });
    }
    for (const name of groups) {
      const groupId = groupIds.get(foldText(name));
      if (groupId) plan.memberships.push({ userId, groupId });
    }
  }
  return plan;
};

const planDevices = (preview: DeviceImportPreview, newId: () => string): DeviceImportPlan => {
  const plan: DeviceImportPlan = { kind: 'devices', devicesToAdd: [], devicesToUpdate: [] };
  for (const row of preview.rows) {
    if (row.action === 'skip') continue;
    const { name, serialNumber, model, platform } = row.values;
    if (row.action === 'update' && row.existingId) {
      const changes = filled({ name, model, platform, userId: row.userId });
      plan.devicesToUpdate.push({ id: row.existingId, line: row.line, changes });
    } else {
      const device = filled({ name, serialNumber, model, platform, userId: row.userId });
      plan.devicesToAdd.push({ id: newId(), line: row.line, ...device });
    }
  }
  return plan;
};

/**
 * What one all-or-nothing transaction writes for a preview: the rows without errors, the groups
 * to create (existing ones are matched by name without case or accents) and the memberships.
 * Pure data; rows with errors are left out. A file with file errors has nothing to import.
 */
export function planImport(preview: UserImportPreview, options?: PlanOptions): UserImportPlan;
export function planImport(preview: DeviceImportPreview, options?: PlanOptions): DeviceImportPlan;
export function planImport(
  preview: UserImportPreview | DeviceImportPreview,
  options?: PlanOptions,
): UserImportPlan | DeviceImportPlan;
export function planImport(
  preview: UserImportPreview | DeviceImportPreview,
  options: PlanOptions = {},
): UserImportPlan | DeviceImportPlan {
  if (preview.fileErrors.length > 0) {
    throw new Error(`planImport: the file has errors (${preview.fileErrors[0].code})`);
  }
  const newId = options.newId ?? (() => crypto.randomUUID());
  return preview.kind === 'users' ? planUsers(preview, newId) : planDevices(preview, newId);
}
