import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionLabelKeys, type SectionId } from '../features/sidebar/sections';
import { useSectionState } from '../stores/use-section-state';
import { EmptyState } from './empty-state';
import { ListActionBar, type ListAction } from './list-action-bar';
import { SearchField } from './search-field';
import { Tabs, type TabSpec } from './tabs';
import { useRowWindow } from './use-row-window';
import { VirtualListbox } from './virtual-listbox';

export interface EntityBrowserProps<Row> {
  section: SectionId;
  /** Every row's key in list order (a live query); undefined while the first query runs. */
  keys: string[] | undefined;
  /** The rows of these keys, in order (undefined where one is gone); runs in a live query. */
  rowsOf(keys: string[]): Promise<(Row | undefined)[]>;
  primaryText(row: Row): string;
  secondaryText?(row: Row): string | undefined;
  empty: { title: string; hint: string };
  detailTitle(row: Row): string;
  tabs(row: Row): TabSpec[];
  add?: ListAction;
  remove?: ListAction;
}

/**
 * Profile Manager's item view: a list pane (search field, list, +/− bar) beside a detail pane
 * with tabs. Every Library and VPP section is one of these with its own rows and tabs.
 * The list holds only keys; rows load by key for what is on screen and for the selection, so
 * a section of 50,000 opens as fast as one of 50.
 */
export const EntityBrowser = <Row,>(props: EntityBrowserProps<Row>) => {
  const { t } = useTranslation();
  const { section, keys } = props;
  const state = useSectionState(section);
  const title = t(sectionLabelKeys[section]);
  const selectedIndex = useMemo(
    () => (state.selectedId === undefined || !keys ? -1 : keys.indexOf(state.selectedId)),
    [keys, state.selectedId],
  );
  // A selection the search hides stays in the store; its detail returns with it to the list.
  const selectedKey = selectedIndex >= 0 ? state.selectedId : undefined;
  const { rows, showRange } = useRowWindow(section, keys, selectedKey, props.rowsOf);
  const selected = selectedKey === undefined ? undefined : rows.get(selectedKey);
  const unavailable = {
    add: props.add ?? { unavailableReason: t('list.addNotYet') },
    remove: props.remove ?? {
      unavailableReason: selected ? t('list.removeNotYet') : t('list.removeNothingSelected'),
    },
  };

  return (
    <div className="browser">
      <section className="list-pane" aria-labelledby={`${section}-list-title`}>
        <h2 id={`${section}-list-title`} className="pane-title">
          {title}
        </h2>
        <SearchField sectionTitle={title} value={state.search} onChange={state.setSearch} />
        <div className="list-body">
          {keys === undefined ? null : keys.length === 0 ? (
            state.search ? (
              <p className="list-message">{t('list.noMatches', { query: state.search })}</p>
            ) : (
              <EmptyState title={props.empty.title} hint={props.empty.hint} />
            )
          ) : (
            <VirtualListbox
              label={title}
              keys={keys}
              selectedIndex={selectedIndex}
              onSelect={state.select}
              onRangeChange={showRange}
              renderItem={(key) => {
                // A row still loading keeps its place, blank for the moment it takes.
                const row = rows.get(key);
                return (
                  <div className="row-text">
                    <span className="row-primary">{row ? props.primaryText(row) : ''}</span>
                    <span className="row-secondary">
                      {(row && props.secondaryText?.(row)) ?? ''}
                    </span>
                  </div>
                );
              }}
            />
          )}
        </div>
        <ListActionBar
          add={unavailable.add}
          remove={unavailable.remove}
          summary={keys && keys.length > 0 ? t('list.count', { count: keys.length }) : undefined}
        />
      </section>
      <section className="detail-pane" aria-label={selected ? props.detailTitle(selected) : title}>
        {selected ? (
          <>
            <h2 className="detail-title">{props.detailTitle(selected)}</h2>
            <Tabs
              label={t('detail.tabsLabel', { name: props.detailTitle(selected) })}
              tabs={props.tabs(selected)}
              activeId={state.tab}
              onChange={state.showTab}
            />
          </>
        ) : selectedKey === undefined && keys && keys.length > 0 ? (
          <p className="detail-placeholder">{t('detail.nothingSelected')}</p>
        ) : null}
      </section>
    </div>
  );
};
