import { Import, Plus, RefreshCw } from 'lucide-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionLabelKeys, type SectionId } from '../features/sidebar/sections';
import { errorInfoOf, errorText } from '../i18n/error-text';
import { useSectionState } from '../stores/use-section-state';
import { unavailable, type Action } from './action';
import { ActionMenu, type MenuItem } from './action-menu';
import type { CsvColumn } from './csv';
import { DetailHeader } from './detail-header';
import { EmptyState, NoSelection, type EmptyStateProps } from './empty-state';
import { exportList } from './export-list';
import { entityIcons, type EntityKind } from './entity-icons';
import { ListActionBar } from './list-action-bar';
import { ListRow, listRowHeight } from './list-row';
import { SearchField } from './search-field';
import { Tabs, type TabSpec } from './tabs';
import { Toolbar, ToolbarButton } from './toolbar';
import { useRowWindow } from './use-row-window';
import { VirtualListbox } from './virtual-listbox';

/** What a section can do; each is shown even when it can't be used yet, saying why. */
export interface BrowserActions {
  add: Action;
  remove: Action;
  /** Import from a file (users, devices). */
  import?: Action;
  /** Sync with Apple (sections whose data comes from a content token). */
  sync?: Action;
  menu?: MenuItem[];
  /** Whether Add also stands in the toolbar (not where titles come only from Apple). */
  addInToolbar?: boolean;
}

export interface EntityBrowserProps<Row> {
  section: SectionId;
  kind: EntityKind;
  /** Every row's key in list order (a live query); undefined while the first query runs. */
  keys: string[] | undefined;
  /** The rows of these keys, in order (undefined where one is gone); runs in a live query. */
  rowsOf(keys: string[]): Promise<(Row | undefined)[]>;
  primaryText(row: Row): string;
  /** Given: every row has a second line (rows are two lines tall); absent: one line. */
  secondaryText?(row: Row): string;
  /** Right-aligned in the row, e.g. a group's member count or a small marker. */
  trailingText?(row: Row): ReactNode;
  /** The row's own picture (an app's icon) instead of the kind's, in the row and the detail. */
  artwork?(row: Row, size: 'row' | 'detail'): ReactNode;
  /** Between the detail header and its tabs: something the admin should know about the item. */
  detailBanner?(row: Row): ReactNode;
  /** Under the toolbar: a message about the section, e.g. why Sync Now failed. */
  notice?: ReactNode;
  detailTitle(row: Row): string;
  detailSubtitle?(row: Row): string | undefined;
  tabs(row: Row): TabSpec[];
  /** Shown across the content area while the section has nothing at all. */
  empty: EmptyStateProps;
  /** Built with the selected row, so − and the menu can act on it. */
  actions(selected: Row | undefined): BrowserActions;
  /** The columns of "Export List…" in the Action menu. */
  exportColumns: CsvColumn<Row>[];
  /** A pop-up button under the search field that narrows the list (directory sections). */
  filter?: ListFilterSpec;
}

export interface ListFilterSpec {
  control: ReactNode;
  /** Something other than "All" is chosen: an empty list then means nothing matched. */
  active: boolean;
  /** What an empty list says when the filter, not the search, left nothing. */
  emptyMessage: string;
}

/**
 * Profile Manager's item view: a toolbar with the section's actions over a list pane (search
 * field, list, + / − / Action bar) and a detail pane with tabs. Every Library and VPP section is
 * one of these with its own rows and tabs. The list holds only keys; rows load by key for what
 * is on screen and for the selection, so a section of 50,000 opens as fast as one of 50.
 */
export const EntityBrowser = <Row,>(props: EntityBrowserProps<Row>) => {
  const { t, i18n } = useTranslation();
  const { section, keys, kind } = props;
  const [exportError, setExportError] = useState<string>();
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
  const actions = props.actions(selected);
  const icon = entityIcons[kind];
  const nothingAtAll =
    keys !== undefined && keys.length === 0 && !state.search && !props.filter?.active;
  const menu: MenuItem[] = [
    {
      id: 'export',
      label: t('list.exportCsv'),
      action:
        keys && keys.length > 0
          ? {
              run: () => {
                setExportError(undefined);
                exportList(i18n, title, keys, props.rowsOf, props.exportColumns).catch(
                  (error: unknown) => setExportError(errorText(i18n, errorInfoOf(error))),
                );
              },
            }
          : unavailable(t('list.nothingToExport')),
    },
    ...(actions.menu ?? []),
  ];

  return (
    <div className="section-frame">
      <Toolbar title={title} label={t('toolbar.label', { section: title })}>
        {actions.sync && (
          <ToolbarButton
            label={t('toolbar.sync')}
            icon={RefreshCw}
            action={actions.sync}
            command="sync"
          />
        )}
        {actions.import && (
          <ToolbarButton label={t('toolbar.import')} icon={Import} action={actions.import} />
        )}
        {actions.addInToolbar !== false && (
          <ToolbarButton label={t('toolbar.add')} icon={Plus} action={actions.add} command="add" />
        )}
        <ActionMenu label={t('list.actionMenu')} items={menu} placement="below" />
      </Toolbar>
      {exportError && (
        <p className="inline-alert" role="alert">
          {t('list.exportFailed', { message: exportError })}
        </p>
      )}
      {props.notice}
      {nothingAtAll ? (
        <div className="section-body">
          <EmptyState icon={icon} {...props.empty} />
        </div>
      ) : (
        <div className="browser">
          <section className="list-pane" aria-label={title}>
            <SearchField sectionTitle={title} value={state.search} onChange={state.setSearch} />
            {props.filter?.control}
            <div className="list-body">
              {keys === undefined ? null : keys.length === 0 ? (
                <EmptyState
                  title={t('list.noResults')}
                  message={
                    state.search || !props.filter
                      ? t('list.noMatches', { query: state.search })
                      : props.filter.emptyMessage
                  }
                />
              ) : (
                <VirtualListbox
                  label={title}
                  keys={keys}
                  selectedIndex={selectedIndex}
                  onSelect={state.select}
                  onRangeChange={showRange}
                  rowHeight={listRowHeight(props.secondaryText !== undefined)}
                  renderItem={(key) => {
                    // A row still loading keeps its place, blank for the moment it takes.
                    const row = rows.get(key);
                    return (
                      <ListRow
                        icon={icon}
                        artwork={row ? props.artwork?.(row, 'row') : undefined}
                        primary={row ? props.primaryText(row) : ''}
                        secondary={props.secondaryText && (row ? props.secondaryText(row) : '')}
                        trailing={row ? props.trailingText?.(row) : undefined}
                      />
                    );
                  }}
                />
              )}
            </div>
            <ListActionBar
              add={actions.add}
              remove={actions.remove}
              menu={menu}
              summary={
                keys && keys.length > 0 ? t('list.count', { count: keys.length }) : undefined
              }
            />
          </section>
          <section
            className="detail-pane"
            aria-label={selected ? props.detailTitle(selected) : t('detail.noSelection')}
          >
            {selected ? (
              <>
                <DetailHeader
                  icon={icon}
                  artwork={props.artwork?.(selected, 'detail')}
                  title={props.detailTitle(selected)}
                  subtitle={props.detailSubtitle?.(selected)}
                />
                {props.detailBanner?.(selected)}
                <Tabs
                  label={t('detail.tabsLabel', { name: props.detailTitle(selected) })}
                  tabs={props.tabs(selected)}
                  activeId={state.tab}
                  onChange={state.showTab}
                />
              </>
            ) : selectedKey !== undefined ? null : (
              <NoSelection text={t('detail.noSelection')} />
            )}
          </section>
        </div>
      )}
    </div>
  );
};
