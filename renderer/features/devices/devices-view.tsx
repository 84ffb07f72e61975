import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { EntityBrowser } from '../../components/entity-browser';
import { listNamedRows } from '../../db/repositories/named-rows';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { DeviceApps, DeviceInfo } from './device-detail';

export const DevicesView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const { search } = useSectionState('devices');
  const rows = useLiveQuery(() => listNamedRows(db.devices, search), [db, search]);
  return (
    <EntityBrowser
      section="devices"
      rows={rows}
      keyOf={(device) => device.id}
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
