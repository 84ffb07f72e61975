import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activeTaskCount } from '../../db/repositories/tasks-repository';
import { useServices } from '../../services/console-services';
import { useUiStore } from '../../stores/ui-store';
import { Icon } from '../../components/icon';
import { sectionIcons } from './section-icons';
import { nextSidebarIndex } from './sidebar-keys';
import { sectionLabelKeys, sidebarGroups, sidebarOrder, type SectionId } from './sections';

/**
 * Profile Manager's source list. One Tab stop (roving tabindex): arrow keys move between the
 * sections, Enter or Space opens one. A badge counts the tasks that are still running.
 */
export const Sidebar = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const section = useUiStore((state) => state.section);
  const selectSection = useUiStore((state) => state.selectSection);
  const [focused, setFocused] = useState<SectionId>(section);
  const buttons = useRef(new Map<SectionId, HTMLButtonElement>());
  const running = useLiveQuery(() => activeTaskCount(db), [db], 0);

  const onKeyDown = (event: KeyboardEvent) => {
    const current = sidebarOrder.indexOf(focused);
    const next = nextSidebarIndex(event.key, current, sidebarOrder.length);
    if (next === null) return;
    event.preventDefault();
    const id = sidebarOrder[next];
    setFocused(id);
    buttons.current.get(id)?.focus();
  };

  return (
    <nav className="sidebar" aria-label={t('sidebar.label')} onKeyDown={onKeyDown}>
      {sidebarGroups.map((group) => (
        <div key={group.headingKey ?? 'ungrouped'} className="sidebar-group">
          {group.headingKey && <h2 className="sidebar-heading">{t(group.headingKey)}</h2>}
          <ul className="sidebar-items">
            {group.sections.map((id) => (
              <li key={id}>
                <button
                  ref={(element) => {
                    if (element) buttons.current.set(id, element);
                    else buttons.current.delete(id);
                  }}
                  type="button"
                  data-section={id}
                  className={id === section ? 'sidebar-item selected' : 'sidebar-item'}
                  aria-current={id === section ? 'page' : undefined}
                  tabIndex={id === focused ? 0 : -1}
                  onFocus={() => setFocused(id)}
                  onClick={() => selectSection(id)}
                  aria-describedby={
                    id === 'active-tasks' && running > 0 ? 'running-tasks' : undefined
                  }
                >
                  <Icon icon={sectionIcons[id]} className="sidebar-icon" />
                  <span className="sidebar-label">{t(sectionLabelKeys[id])}</span>
                  {id === 'active-tasks' && running > 0 && (
                    <span className="badge" aria-hidden="true">
                      {running}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {running > 0 && (
        <span id="running-tasks" className="visually-hidden">
          {t('sidebar.runningTasks', { count: running })}
        </span>
      )}
    </nav>
  );
};
