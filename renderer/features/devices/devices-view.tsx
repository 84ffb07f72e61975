import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { EntityBrowser } from '../../components/entity-browser';
import { namedRowKeys } from '../../db/repositories/named-rows';
import type { DeviceRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { useNotYet } from '../shell/not-yet';
import { DeviceApps, DeviceInfo } from './device-detail';

const deviceLine = (device: DeviceRow) =>
  [device.model, device.serialNumber].filter(Boolean).join(' · ');

export const DevicesView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const { search } = useSectionState('devices');
  const notYet = useNotYet('devices');
  const keys = useLiveQuery(() => namedRowKeys(db.devices, search), [db, search]);
  return (
    <EntityBrowser
      section="devices"
      kind="device"
      keys={keys}
      rowsOf={(ids) => db.devices.bulkGet(ids)}
      primaryText={(device) => device.name}
      secondaryText={deviceLine}
      empty={{ title: t('devices.empty'), message: t('devices.emptyHint') }}
      detailTitle={(device) => device.name}
      detailSubtitle={deviceLine}
      actions={(selected) => ({
        add: notYet.add,
        import: notYet.import,
        remove: notYet.remove(selected !== undefined),
      })}
      exportColumns={[
        { header: t('devices.name'), value: (device) => device.name },
        { header: t('devices.serialNumber'), value: (device) => device.serialNumber },
        { header: t('devices.model'), value: (device) => device.model },
        { header: t('devices.osVersion'), value: (device) => device.osVersion },
      ]}
      tabs={(device) => [
        { id: 'info', label: t('detail.tabs.info'), render: () => <DeviceInfo device={device} /> },
        { id: 'apps', label: t('detail.tabs.apps'), render: () => <DeviceApps device={device} /> },
      ]}
    />
  );
};
