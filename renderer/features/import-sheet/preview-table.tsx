import { useVirtualizer } from '@tanstack/react-virtual';
import { CircleAlert, Plus, RefreshCw } from 'lucide-react';
import { useRef } from 'react';
import { StatusBadge } from '../../components/status-badge';
import type { RowAction } from '../import';
import { cellText, type AnyRow } from './import-kind';
import type { AnyField, ImportText } from './import-text';

export const PREVIEW_ROW_HEIGHT = 28;

/** Addresses and names need the room; a platform or model needs less. */
const COLUMN_WEIGHT: Partial<Record<AnyField, number>> = {
  email: 1.5,
  managedAppleId: 1.5,
  fullName: 1.2,
  name: 1.2,
  platform: 0.6,
  shortName: 0.8,
};

const gridColumnsOf = (fields: readonly AnyField[]) =>
  [
    '52px',
    '100px',
    ...fields.map((field) => `minmax(80px, ${COLUMN_WEIGHT[field] ?? 1}fr)`),
    'minmax(220px, 2.2fr)',
  ].join(' ');

const ACTION_BADGES = {
  add: { tone: 'success', icon: Plus },
  update: { tone: 'neutral', icon: RefreshCw },
  skip: { tone: 'failure', icon: CircleAlert },
} as const;

const ActionBadge = ({ action, text }: { action: RowAction; text: ImportText }) => (
  <StatusBadge {...ACTION_BADGES[action]} text={text.t(`importer.action.${action}`)} />
);

/** The row's problems in words; a device's unknown user is named. */
const problemsOf = (row: AnyRow, text: ImportText): string =>
  row.errors
    .map((error) =>
      text.rowError(
        error,
        'assignedUser' in row.values ? (row.values.assignedUser as string | undefined) : undefined,
      ),
    )
    .join(' ');

/**
 * The rows of the file as the import will treat them: line, action, the values of the fields
 * the file fills, and each row's problems in plain words, whole. Only the rows in view are rendered,
 * so a 50,000-row file scrolls as smoothly as ten rows. A cell at fault is marked (and its
 * problem named in the last column, so colour is never the only sign).
 */
export const PreviewTable = ({
  rows,
  fields,
  text,
}: {
  rows: readonly AnyRow[];
  fields: readonly AnyField[];
  text: ImportText;
}) => {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The build has no React Compiler, so its memoization warning does not apply here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => PREVIEW_ROW_HEIGHT,
    // A row grows to show its problems whole; only rows in view are measured. Never shorter
    // than one line, even where nothing is laid out yet.
    measureElement: (element) =>
      Math.max(PREVIEW_ROW_HEIGHT, Math.ceil(element.getBoundingClientRect().height)),
    getItemKey: (index) => rows[index].line,
    overscan: 12,
  });
  const columns = { gridTemplateColumns: gridColumnsOf(fields) };

  return (
    <div
      ref={scrollRef}
      className="import-table"
      role="table"
      aria-label={text.t('importer.table.label')}
      aria-rowcount={rows.length + 1}
      // Scrollable by keyboard too (WCAG 2.1.1): the table takes focus and arrow keys scroll it.
      tabIndex={0}
    >
      <div role="rowgroup" className="import-head">
        <div role="row" aria-rowindex={1} className="import-grid" style={columns}>
          <span role="columnheader" className="import-cell numeric">
            {text.t('importer.table.line')}
          </span>
          <span role="columnheader" className="import-cell">
            {text.t('importer.table.action')}
          </span>
          {fields.map((field) => (
            <span key={field} role="columnheader" className="import-cell">
              {text.field(field)}
            </span>
          ))}
          <span role="columnheader" className="import-cell">
            {text.t('importer.table.problems')}
          </span>
        </div>
      </div>
      <div role="rowgroup" className="import-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          const faulty = new Set(row.errors.map((error) => error.field));
          const problems = problemsOf(row, text);
          return (
            <div
              key={row.line}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="row"
              aria-rowindex={item.index + 2}
              className="import-grid import-row"
              style={{ ...columns, transform: `translateY(${item.start}px)` }}
            >
              <span role="cell" className="import-cell numeric">
                {text.n(row.line)}
              </span>
              <span role="cell" className="import-cell">
                <ActionBadge action={row.action} text={text} />
              </span>
              {fields.map((field) => (
                <span
                  key={field}
                  role="cell"
                  className={faulty.has(field) ? 'import-cell faulty' : 'import-cell'}
                >
                  {cellText(row, field)}
                </span>
              ))}
              <span role="cell" className="import-cell import-problems">
                {problems}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
};
