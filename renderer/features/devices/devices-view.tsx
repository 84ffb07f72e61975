import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { EntityBrowser } from '../../components/entity-browser';
import { namedRowKeys } from '../../db/repositories/named-rows';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { DeviceApps, DeviceInfo } from './device-detail';

export const DevicesView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const { search } = useSectionState('devices');
  const keys = useLiveQuery(() => namedRowKeys(db.devices, search), [db, search]);
  return (
    <EntityBrowser
      section="devices"
      keys={keys}
      rowsOf={(ids) => db.devices.bulkGet(ids)}
      primaryText={(device) => device.name}
      secondaryText={(device) => device.serialNumber ?? device.model}
      empty={{ title: t('devices.empty'), hint: t('devices.emptyHint') }}
      detailTitle={(device) => device.name}
      tabs={(device) => [
        { id: 'info', label: t('detail.tabs.info'), render: () => <DeviceInfo device={device} /> },
        { id: 'apps', label: t('detail.tabs.apps'), render: () => <DeviceApps device={device} /> },
      ]}
    />
  );
};
