import { Cloud, Mail, RefreshCw, SlidersHorizontal } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../../components/tabs';
import { Toolbar } from '../../components/toolbar';
import { MailPane } from '../mail/mail-pane';
import { useUiStore, type SettingsPane } from '../../stores/ui-store';
import { AppleServicePane } from './apple-service-pane';
import { GeneralPane } from './general-pane';
import { SyncPane } from './sync-pane';

/**
 * Settings as a Mac app's preferences window: a row of panes (General, Apple Service, Sync,
 * Mail; later Push Certificate), each with its own Revert and Save.
 */
export const SettingsView = () => {
  const { t } = useTranslation();
  const pane = useUiStore((state) => state.settingsPane);
  const showPane = useUiStore((state) => state.showSettingsPane);
  return (
    <div className="section-frame">
      <Toolbar title={t('settings.title')} label={t('settings.title')} />
      <div className="section-body preferences">
        <Tabs
          variant="preferences"
          label={t('settings.panesLabel')}
          activeId={pane}
          onChange={(id) => showPane(id as SettingsPane)}
          tabs={[
            {
              id: 'general',
              label: t('settings.panes.general'),
              icon: SlidersHorizontal,
              render: () => <GeneralPane />,
            },
            {
              id: 'apple-service',
              label: t('settings.panes.appleService'),
              icon: Cloud,
              render: () => <AppleServicePane />,
            },
            {
              id: 'sync',
              label: t('settings.sync.pane'),
              icon: RefreshCw,
              render: () => <SyncPane />,
            },
            {
              id: 'mail',
              label: t('mail.pane'),
              icon: Mail,
              render: () => <MailPane />,
            },
          ]}
        />
      </div>
    </div>
  );
};
