import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { runCommand, useShortcutKeys } from './components/shortcuts';
import { useKeyboardHost } from './components/use-keyboard-host';
import { useBrowserNotices } from './features/shell/browser-notices';
import { ConnectionLostBanner } from './features/shell/connection-lost-banner';
import { SectionView } from './features/shell/section-view';
import { Sidebar } from './features/sidebar/sidebar';
import { sectionLabelKeys } from './features/sidebar/sections';
import { TokenFileDrop } from './features/tokens/token-file-drop';
import { TokenHealthBanner } from './features/tokens/token-health-banner';
import { TokenSheetHost } from './features/tokens/token-sheet-host';
import { VaultPrompt } from './features/vault/vault-prompt';
import { useVaultWatch } from './features/vault/vault-store';
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
  useVaultWatch();
  useBrowserNotices();
  return (
    <div className="app">
      <aside className="sidebar-column">
        <h1 className="app-title">{t('app.title')}</h1>
        <Sidebar />
      </aside>
      <main className="content" aria-label={t(sectionLabelKeys[section])}>
        <ConnectionLostBanner />
        <TokenHealthBanner />
        <SectionView key={section} section={section} />
      </main>
      {/* Open from any section: a dropped token file, the banner, the vault at start. */}
      <TokenSheetHost />
      <VaultPrompt />
      <TokenFileDrop />
    </div>
  );
};
