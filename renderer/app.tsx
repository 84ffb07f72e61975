import { useTranslation } from 'react-i18next';
import { ConnectionLostBanner } from './features/shell/connection-lost-banner';
import { SectionView } from './features/shell/section-view';
import { Sidebar } from './features/sidebar/sidebar';
import { sectionLabelKeys } from './features/sidebar/sections';
import { useUiStore } from './stores/ui-store';

/** The console's window: sidebar on the left, the selected section on the right. */
export const App = () => {
  const { t } = useTranslation();
  const section = useUiStore((state) => state.section);
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
