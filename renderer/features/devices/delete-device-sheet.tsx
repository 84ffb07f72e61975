import { useTranslation } from 'react-i18next';
import { deleteDevice, deviceDeletionImpact } from '../../db/repositories/directory-devices';
import type { DeviceWithUser } from '../../db/repositories/people-repository';
import { useServices } from '../../services/console-services';
import { useUiStore } from '../../stores/ui-store';
import { DeleteSheet } from '../directory/delete-sheet';

/** Asks before a device is deleted: its device group memberships and its user go with it. */
export const DeleteDeviceSheet = ({
  device,
  onClose,
}: {
  device: DeviceWithUser;
  onClose(): void;
}) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const impact = deviceDeletionImpact(device);
  return (
    <DeleteSheet
      name={device.name}
      consequences={[
        ...(impact.deviceGroups > 0
          ? [t('directory.delete.device.deviceGroups', { count: impact.deviceGroups })]
          : []),
        ...(impact.assigned && device.userName
          ? [t('directory.delete.device.user', { name: device.userName })]
          : []),
        t('directory.delete.device.apple'),
      ]}
      onDelete={async () => {
        await deleteDevice(db, device.id);
        const ui = useUiStore.getState();
        if (ui.selectedIds.devices === device.id) ui.selectItem('devices', undefined);
      }}
      onClose={onClose}
    />
  );
};
