import { useVirtualizer } from '@tanstack/react-virtual';
import { ChevronDown, ChevronUp } from 'lucide-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { DriftMarker } from '../apps/drift';
import {
  COLUMNS,
  NUMERIC_COLUMNS,
  type ColumnId,
  type ReportRow,
  type ReportSort,
  type ReportTotals,
} from './report-rows';

export const REPORT_ROW_HEIGHT = 30;

export interface NumberFormats {
  count(value: number): string;
  percent(fraction: number): string;
}

/**
 * The License Report's table: a header whose columns sort it (aria-sort says how), the rows of
 * the titles in view only (a school's thousands of titles scroll as fast as ten), and the
 * totals at the foot. Each bar of use stands beside its percentage, which is what a screen
 * reader reads.
 */
export const ReportTable = ({
  label,
  rows,
  totals,
  sort,
  onSort,
  format,
}: {
  label: string;
  rows: readonly ReportRow[];
  totals: ReportTotals;
  sort: ReportSort;
  onSort(column: ColumnId): void;
  format: NumberFormats;
}) => {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The build has no React Compiler, so its memoization warning does not apply here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => REPORT_ROW_HEIGHT,
    getItemKey: (index) => rows[index].key,
    overscan: 10,
  });
  const numeric = (column: ColumnId) => (NUMERIC_COLUMNS.has(column) ? ' numeric' : '');

  return (
    <div
      ref={scrollRef}
      className="report-table"
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 2}
    >
      <div role="rowgroup" className="report-head">
        <div role="row" aria-rowindex={1} className="report-grid">
          {COLUMNS.map((column) => {
            const sorted = sort.column === column;
            return (
              <span
                key={column}
                role="columnheader"
                className={`report-cell${numeric(column)}`}
                aria-sort={sorted ? sort.direction : undefined}
              >
                <button type="button" className="report-sort" onClick={() => onSort(column)}>
                  {t(`report.columns.${column}`)}
                  {sorted && (
                    <Icon
                      icon={sort.direction === 'ascending' ? ChevronUp : ChevronDown}
                      size={12}
                    />
                  )}
                </button>
              </span>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="report-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            <div
              key={row.key}
              role="row"
              aria-rowindex={item.index + 2}
              className="report-grid report-row"
              style={{ height: REPORT_ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              <span role="rowheader" className="report-cell report-name">
                <span className="report-name-text">{row.name}</span>
                {row.drift && <DriftMarker />}
              </span>
              <span role="cell" className="report-cell">
                {t(`report.types.${row.productType}`)}
              </span>
              <span role="cell" className="report-cell report-token">
                {row.tokenName}
              </span>
              <Count value={format.count(row.total)} />
              <Count value={format.count(row.assigned)} />
              <Count value={format.count(row.available)} />
              <Count value={format.count(row.retired)} />
              <UseCell use={row.use} percent={format.percent} />
            </div>
          );
        })}
      </div>
      <div role="rowgroup" className="report-foot">
        <div role="row" aria-rowindex={rows.length + 2} className="report-grid report-totals">
          <span role="rowheader" className="report-cell report-name">
            {t('report.totals', { count: totals.titles, titles: format.count(totals.titles) })}
          </span>
          <span role="cell" className="report-cell" />
          <span role="cell" className="report-cell" />
          <Count value={format.count(totals.total)} />
          <Count value={format.count(totals.assigned)} />
          <Count value={format.count(totals.available)} />
          <Count value={format.count(totals.retired)} />
          <UseCell use={totals.use} percent={format.percent} />
        </div>
      </div>
    </div>
  );
};

const Count = ({ value }: { value: string }) => (
  <span role="cell" className="report-cell numeric">
    {value}
  </span>
);

/** The bar is drawn for the eye; the percentage beside it is its text for everyone. */
const UseCell = ({ use, percent }: { use: number | undefined; percent(n: number): string }) => {
  const { t } = useTranslation();
  return (
    <span role="cell" className="report-cell report-use">
      {use === undefined ? (
        t('detail.notSet')
      ) : (
        <>
          <span className="use-bar" aria-hidden="true">
            <span
              className={use >= 1 ? 'use-fill full' : 'use-fill'}
              style={{ width: `${Math.min(1, use) * 100}%` }}
            />
          </span>
          <span className="use-text">{percent(use)}</span>
        </>
      )}
    </span>
  );
};
