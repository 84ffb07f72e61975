import { useLiveQuery } from 'dexie-react-hooks';
import { ChartBar, FileDown, RefreshCw } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unavailable } from '../../components/action';
import type { CsvColumn } from '../../components/csv';
import { EmptyState } from '../../components/empty-state';
import { downloadList } from '../../components/export-list';
import { SearchField } from '../../components/search-field';
import { Toolbar, ToolbarButton } from '../../components/toolbar';
import { formattingLocale } from '../../i18n/format';
import { systemLanguage } from '../../i18n/resolve-language';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { useGoToTokens } from '../apps/assets-view';
import { allAssets } from '../../db/repositories/assets-repository';
import { useSyncAction } from '../apps/sync-action';
import { useTokens } from '../apps/use-tokens';
import {
  filterRows,
  nextSort,
  reportRowsOf,
  sortRows,
  totalsOf,
  type ReportRow,
  type ReportSort,
} from './report-rows';
import { ReportTable, type NumberFormats } from './report-table';
import './license-report.css';

/**
 * Configuration Manager's "apps with license counts": every title of every token on one
 * sortable table, with how much of it is in use, the totals at the foot, and the table as it
 * stands (searched and sorted) as a CSV file. Few enough rows to hold in memory (a school has
 * hundreds to a few thousand titles), so sorting and searching need no queries.
 */
export const LicenseReportView = () => {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const tokens = useTokens();
  const sync = useSyncAction(tokens);
  const goToTokens = useGoToTokens();
  const { search, setSearch } = useSectionState('license-report');
  const [sort, setSort] = useState<ReportSort>({ column: 'name', direction: 'ascending' });
  const assets = useLiveQuery(() => allAssets(db), [db]);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const title = t('report.title');

  const allRows = useMemo(
    () =>
      assets && tokens
        ? reportRowsOf(
            assets,
            tokens,
            (asset) => asset.name ?? t('assets.unnamed', { adamId: asset.adamId }),
          )
        : undefined,
    [assets, tokens, t],
  );
  const collator = useMemo(() => new Intl.Collator(language, { numeric: true }), [language]);
  const rows = useMemo(
    () => (allRows ? sortRows(filterRows(allRows, search), sort, collator) : undefined),
    [allRows, search, sort, collator],
  );
  const totals = useMemo(() => totalsOf(rows ?? []), [rows]);
  const format = useMemo<NumberFormats>(() => {
    const locale = formattingLocale(language, systemLanguage());
    const count = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    return { count: (value) => count.format(value), percent: (value) => percent.format(value) };
  }, [language]);

  const columns: CsvColumn<ReportRow>[] = [
    { header: t('report.columns.name'), value: (row) => row.name },
    { header: t('report.columns.type'), value: (row) => t(`report.types.${row.productType}`) },
    { header: t('report.columns.token'), value: (row) => row.tokenName },
    { header: t('report.columns.total'), value: (row) => row.total },
    { header: t('report.columns.assigned'), value: (row) => row.assigned },
    { header: t('report.columns.available'), value: (row) => row.available },
    { header: t('report.columns.retired'), value: (row) => row.retired },
    {
      header: t('report.columns.use'),
      value: (row) => (row.use === undefined ? undefined : format.percent(row.use)),
    },
  ];
  const exportAction =
    rows && rows.length > 0
      ? { run: () => downloadList(i18n, title, rows, columns) }
      : unavailable(t('list.nothingToExport'));

  const nothingAtAll = allRows !== undefined && allRows.length === 0;
  return (
    <div className="section-frame">
      <Toolbar title={title} label={t('toolbar.label', { section: title })}>
        <ToolbarButton
          label={t('toolbar.sync')}
          icon={RefreshCw}
          action={sync.action}
          command="sync"
        />
        <ToolbarButton label={t('list.exportCsv')} icon={FileDown} action={exportAction} />
      </Toolbar>
      {sync.notice}
      {nothingAtAll ? (
        <div className="section-body">
          <EmptyState
            icon={ChartBar}
            title={t('report.empty')}
            message={t('report.emptyHint')}
            action={goToTokens}
          />
        </div>
      ) : (
        <section className="report" aria-label={title}>
          <SearchField sectionTitle={title} value={search} onChange={setSearch} />
          {rows === undefined ? null : rows.length === 0 ? (
            <EmptyState
              title={t('list.noResults')}
              message={t('list.noMatches', { query: search })}
            />
          ) : (
            <ReportTable
              label={title}
              rows={rows}
              totals={totals}
              sort={sort}
              onSort={(column) => setSort((current) => nextSort(current, column))}
              format={format}
            />
          )}
        </section>
      )}
    </div>
  );
};
