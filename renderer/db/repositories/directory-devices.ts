import { serialKey } from '../../features/import/field-checks';
import type { ConsoleDatabase } from '../database';
import type { DevicePlatform, DeviceRow } from '../types';
import {
  DirectoryConflict,
  DirectoryRecordGone,
  optionalText,
  withoutAbsent,
} from './directory-conflicts';

/** What the admin edits of a device (Info tab). */
export interface DeviceFields {
  name: string;
  serialNumber?: string;
  model?: string;
  platform?: DevicePlatform;
  userId?: string;
  deviceGroupIds: string[];
}

const cleaned = (fields: DeviceFields): DeviceFields => {
  const serial = optionalText(fields.serialNumber);
  return withoutAbsent({
    name: fields.name.trim(),
    // Serial numbers are kept as Apple prints them: upper case, no spaces.
    serialNumber: serial === undefined ? undefined : serialKey(serial),
    model: optionalText(fields.model),
    platform: fields.platform,
    userId: fields.userId,
    deviceGroupIds: [...new Set(fields.deviceGroupIds)],
  });
};

const assertSerialFree = async (
  db: ConsoleDatabase,
  serial: string | undefined,
  selfId?: string,
) => {
  if (serial === undefined) return;
  const owners = await db.devices.where('serialNumber').equals(serial).toArray();
  const other = owners.find((owner) => owner.id !== selfId);
  if (other) throw new DirectoryConflict('serialNumber', serial, other.name);
};

/**
 * Adds a device by hand: a placeholder until it enrolls, as in Profile Manager. Refuses a
 * serial number another device has. Returns the new device's id.
 */
export const createDevice = (db: ConsoleDatabase, fields: DeviceFields, now = Date.now()) =>
  db.transaction('rw', db.devices, async () => {
    const device = cleaned(fields);
    await assertSerialFree(db, device.serialNumber);
    const id = crypto.randomUUID();
    await db.devices.add({ id, ...device, placeholder: true, createdAt: now, updatedAt: now });
    return id;
  });

/** Saves the Info tab's fields over the device's; what the device reported stays. */
export const updateDevice = (
  db: ConsoleDatabase,
  id: string,
  fields: DeviceFields,
  now = Date.now(),
): Promise<void> =>
  db.transaction('rw', db.devices, async () => {
    const stored = await db.devices.get(id);
    if (!stored) throw new DirectoryRecordGone(id);
    const device = cleaned(fields);
    await assertSerialFree(db, device.serialNumber, id);
    const { serialNumber, model, platform, userId, ...kept } = stored;
    void [serialNumber, model, platform, userId];
    await db.devices.put({ ...kept, ...device, updatedAt: now });
  });

/** Deletes a device; its device group memberships, kept on the device, go with it. */
export const deleteDevice = (db: ConsoleDatabase, id: string): Promise<void> =>
  db.devices.delete(id);

/** What the delete sheet says goes with a device. */
export const deviceDeletionImpact = (device: DeviceRow) => ({
  deviceGroups: device.deviceGroupIds.length,
  assigned: device.userId !== undefined,
});
