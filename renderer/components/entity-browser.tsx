import { useTranslation } from 'react-i18next';
import { sectionLabelKeys, type SectionId } from '../features/sidebar/sections';
import { useSectionState } from '../stores/use-section-state';
import { EmptyState } from './empty-state';
import { ListActionBar, type ListAction } from './list-action-bar';
import { SearchField } from './search-field';
import { Tabs, type TabSpec } from './tabs';
import { VirtualListbox } from './virtual-listbox';

export interface EntityBrowserProps<Row> {
  section: SectionId;
  /** undefined while the first query runs. */
  rows: Row[] | undefined;
  keyOf(row: Row): string;
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
 */
export const EntityBrowser = <Row,>(props: EntityBrowserProps<Row>) => {
  const { t } = useTranslation();
  const { section, rows, keyOf } = props;
  const state = useSectionState(section);
  const title = t(sectionLabelKeys[section]);
  const selected = rows?.find((row) => keyOf(row) === state.selectedId);
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
          {rows === undefined ? null : rows.length === 0 ? (
            state.search ? (
              <p className="list-message">{t('list.noMatches', { query: state.search })}</p>
            ) : (
              <EmptyState title={props.empty.title} hint={props.empty.hint} />
            )
          ) : (
            <VirtualListbox
              label={title}
              items={rows}
              keyOf={keyOf}
              selectedKey={state.selectedId}
              onSelect={state.select}
              renderItem={(row) => (
                <div className="row-text">
                  <span className="row-primary">{props.primaryText(row)}</span>
                  <span className="row-secondary">{props.secondaryText?.(row) ?? ''}</span>
                </div>
              )}
            />
          )}
        </div>
        <ListActionBar
          add={unavailable.add}
          remove={unavailable.remove}
          summary={rows && rows.length > 0 ? t('list.count', { count: rows.length }) : undefined}
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
        ) : rows && rows.length > 0 ? (
          <p className="detail-placeholder">{t('detail.nothingSelected')}</p>
        ) : null}
      </section>
    </div>
  );
};
