import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unavailable } from '../../components/action';
import { EntityBrowser } from '../../components/entity-browser';
import { createDevice } from '../../db/repositories/directory-devices';
import { DEVICE_FILTERS, deviceKeys } from '../../db/repositories/directory-filters';
import {
  devicesWithUserNames,
  groupNamesById,
  type DeviceWithUser,
} from '../../db/repositories/people-repository';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { useDirectoryStore } from '../directory/directory-store';
import { ListFilter } from '../../components/list-filter';
import { useShowCreated } from '../directory/use-show-created';
import { ImportSheet } from '../import-sheet/import-sheet';
import { DeleteDeviceSheet } from './delete-device-sheet';
import { DeviceApps, DeviceInfo } from './device-detail';

const deviceLine = (device: DeviceWithUser) =>
  [device.model ?? device.platform, device.serialNumber, device.userName]
    .filter(Boolean)
    .join(' · ');

type DevicesSheet = { kind: 'import' } | { kind: 'delete'; device: DeviceWithUser } | null;

export const DevicesView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const { search } = useSectionState('devices');
  const filter = useDirectoryStore((state) => state.filters.devices);
  const setFilter = useDirectoryStore((state) => state.setFilter);
  const showCreated = useShowCreated('devices');
  const [sheet, setSheet] = useState<DevicesSheet>(null);
  const keys = useLiveQuery(() => deviceKeys(db, search, filter), [db, search, filter]);
  const groupNames = useLiveQuery(() => groupNamesById(db, 'deviceGroups'), [db]);

  const add = async () =>
    showCreated(
      await createDevice(db, { name: t('directory.device.newName'), deviceGroupIds: [] }),
    );

  return (
    <>
      <EntityBrowser
        section="devices"
        kind="device"
        keys={keys}
        rowsOf={(ids) => devicesWithUserNames(db, ids)}
        primaryText={(device) => device.name}
        secondaryText={deviceLine}
        empty={{
          title: t('devices.empty'),
          message: t('devices.emptyHint'),
          action: { label: t('directory.device.addFirst'), run: () => void add() },
        }}
        detailTitle={(device) => device.name}
        detailSubtitle={deviceLine}
        filter={{
          control: (
            <ListFilter
              value={filter}
              options={DEVICE_FILTERS.map((value) => ({
                value,
                label: t(`directory.filter.devices.${value}`),
              }))}
              onChange={(value) => setFilter('devices', value)}
            />
          ),
          active: filter !== 'all',
          emptyMessage: t('directory.filter.nothing'),
        }}
        actions={(selected) => ({
          add: { run: () => void add() },
          import: { run: () => setSheet({ kind: 'import' }) },
          remove: selected
            ? { run: () => setSheet({ kind: 'delete', device: selected }) }
            : unavailable(t('actions.selectFirst', { item: t('actions.devices.item') })),
        })}
        exportColumns={[
          { header: t('directory.device.name'), value: (device) => device.name },
          { header: t('directory.device.serialNumber'), value: (device) => device.serialNumber },
          { header: t('directory.device.model'), value: (device) => device.model },
          { header: t('directory.device.platform'), value: (device) => device.platform },
          { header: t('devices.osVersion'), value: (device) => device.osVersion },
          { header: t('directory.device.user'), value: (device) => device.userName },
          {
            header: t('directory.deviceGroupsField.label'),
            value: (device) =>
              device.deviceGroupIds.flatMap((id) => groupNames?.get(id) ?? []).join(', '),
          },
        ]}
        tabs={(device) => [
          {
            id: 'info',
            label: t('detail.tabs.info'),
            render: () => <DeviceInfo device={device} />,
          },
          {
            id: 'apps',
            label: t('detail.tabs.apps'),
            render: () => <DeviceApps device={device} />,
          },
        ]}
      />
      {sheet?.kind === 'import' && <ImportSheet kind="devices" onClose={() => setSheet(null)} />}
      {sheet?.kind === 'delete' && (
        <DeleteDeviceSheet device={sheet.device} onClose={() => setSheet(null)} />
      )}
    </>
  );
};
