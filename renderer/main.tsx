import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { api, connectApi, MissingBridgeTokenError } from './api';
import { App } from './app';
import { ConsoleDatabase } from './db/database';
import { SettingsProvider } from './features/settings/settings-context';
import { StartupProblem } from './features/shell/startup-problem';
import { startSyncApplier } from './features/sync/sync-applier';
import { startTaskSync } from './features/tasks/task-sync';
import { startTokenMirror } from './features/tokens/token-mirror';
import { startInvitationMirror } from './features/invitations/invitation-mirror';
import { startPendingInvitations } from './features/vpp/pending-invitations';
import { uiLanguageOf } from './features/vpp/ui-language';
import { errorInfoOf, errorText } from './i18n/error-text';
import { createI18n, switchLanguage } from './i18n/i18n';
import { resolveLanguage, systemLanguage } from './i18n/resolve-language';
import { ServicesProvider } from './services/console-services';
import './styles/base.css';
import './styles/layout.css';
import './styles/sidebar.css';
import './styles/toolbar.css';
import './styles/list.css';
import './styles/detail.css';
import './styles/tasks.css';
import './styles/settings.css';
import './styles/sheet.css';

const root = createRoot(document.getElementById('root')!);
const i18n = createI18n(resolveLanguage('system', systemLanguage()));

const render = (node: ReactNode) =>
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>{node}</I18nextProvider>
    </StrictMode>,
  );

/**
 * Start-up: reach main, read this run's facts and settings, bring the database's tasks in step
 * with main (so a restart shows what was interrupted), then show the console.
 */
const boot = async () => {
  render(<p className="startup-loading">{i18n.t('app.loading')}</p>);
  try {
    await connectApi();
  } catch (error) {
    if (error instanceof MissingBridgeTokenError) render(<StartupProblem kind="needLink" />);
    else render(<StartupProblem kind="failed" detail={errorText(i18n, errorInfoOf(error))} />);
    return;
  }
  const [appInfo, settings] = await Promise.all([
    api.invoke('app:info'),
    api.invoke('settings:get'),
  ]);
  await switchLanguage(i18n, resolveLanguage(settings.language, systemLanguage()));
  const db = new ConsoleDatabase();
  await db.open();
  await startTaskSync(db, api);
  // The database's tokens follow main's. A main that can't list them leaves the console usable
  // with what the database had.
  await startTokenMirror(db, api).catch(() => undefined);
  // The invitations follow main's journal too. Not awaited: a school's 50,000 take a moment,
  // and the views that show them are live queries, so they fill in as the pages land.
  void startInvitationMirror(db, api).catch(() => undefined);
  // This window writes the data of main's syncs (design: the renderer owns the data).
  startSyncApplier(db, api);
  // Register Again's new invitations go out once Apple's sync brings their codes.
  startPendingInvitations(db, api, () => uiLanguageOf(i18n));
  render(
    <ServicesProvider services={{ db, api, appInfo }}>
      <SettingsProvider initial={settings}>
        <App />
      </SettingsProvider>
    </ServicesProvider>,
  );
};

boot().catch((error: unknown) =>
  render(<StartupProblem kind="failed" detail={errorText(i18n, errorInfoOf(error))} />),
);
