import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { runCommand, useShortcutKeys } from './components/shortcuts';
import { useKeyboardHost } from './components/use-keyboard-host';
import { ConnectionLostBanner } from './features/shell/connection-lost-banner';
import { SectionView } from './features/shell/section-view';
import { Sidebar } from './features/sidebar/sidebar';
import { sectionLabelKeys } from './features/sidebar/sections';
import { useServices } from './services/console-services';
import { useUiStore } from './stores/ui-store';

/** The console's window: the sidebar on the left, the selected section on the right. */
export const App = () => {
  const { t } = useTranslation();
  const { api } = useServices();
  const section = useUiStore((state) => state.section);
  // In the desktop app the menu owns the shortcuts (and shows them); in a browser, the page.
  useShortcutKeys(useKeyboardHost());
  useEffect(() => api.on('menu:command', ({ command }) => void runCommand(command)), [api]);
  return (
    <div className="app">
      <aside className="sidebar-column">
        <h1 className="app-title">{t('app.title')}</h1>
        <Sidebar />
      </aside>
      <main className="content" aria-label={t(sectionLabelKeys[section])}>
        <ConnectionLostBanner />
        <SectionView key={section} section={section} />
      </main>
    </div>
  );
};
