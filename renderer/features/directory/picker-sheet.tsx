import './directory.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { entityIcons, type EntityKind } from '../../components/entity-icons';
import { ListRow, listRowHeight } from '../../components/list-row';
import { SearchField } from '../../components/search-field';
import { Sheet } from '../../components/sheet';
import { useRowWindow } from '../../components/use-row-window';
import { VirtualListbox } from '../../components/virtual-listbox';
import { CheckList } from './check-list';

export interface PickerSheetProps<Row> {
  title: string;
  confirmLabel: string;
  kind: EntityKind;
  /** What the search field searches, e.g. "Users". */
  listTitle: string;
  /** The keys to choose from, in list order, for what is typed (a live query). */
  keysOf(search: string): Promise<string[]>;
  rowsOf(keys: string[]): Promise<(Row | undefined)[]>;
  primaryText(row: Row): string;
  secondaryText?(row: Row): string;
  /** Several rows (members) or exactly one (a device's user). */
  multiple: boolean;
  onConfirm(keys: string[]): void;
  onCancel(): void;
}

/**
 * The sheet that + opens to choose users, devices or groups: a search field over a virtual
 * list, so choosing from 50,000 users is as quick as from 50. Nothing is saved until the form
 * behind it is.
 */
export const PickerSheet = <Row,>(props: PickerSheetProps<Row>) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const keys = useLiveQuery(() => props.keysOf(search), [search]);
  const single = [...chosen][0];
  const { rows, showRange } = useRowWindow(
    `picker-${props.kind}`,
    keys,
    props.multiple ? undefined : single,
    props.rowsOf,
  );
  const twoLine = props.secondaryText !== undefined;
  const renderItem = (key: string) => {
    const row = rows.get(key);
    return (
      <ListRow
        icon={entityIcons[props.kind]}
        primary={row ? props.primaryText(row) : ''}
        secondary={props.secondaryText && (row ? props.secondaryText(row) : '')}
      />
    );
  };
  const toggle = (key: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <Sheet
      title={props.title}
      confirmLabel={props.confirmLabel}
      onConfirm={() => props.onConfirm([...chosen])}
      onCancel={props.onCancel}
    >
      <div className="picker">
        <SearchField sectionTitle={props.listTitle} value={search} onChange={setSearch} />
        <div className="picker-list">
          {keys === undefined ? null : keys.length === 0 ? (
            <EmptyState
              title={t('list.noResults')}
              message={search ? t('list.noMatches', { query: search }) : t('directory.picker.none')}
            />
          ) : props.multiple ? (
            <CheckList
              label={props.listTitle}
              keys={keys}
              chosen={chosen}
              onToggle={toggle}
              renderItem={renderItem}
              onRangeChange={showRange}
              rowHeight={listRowHeight(twoLine)}
            />
          ) : (
            <VirtualListbox
              label={props.listTitle}
              keys={keys}
              selectedIndex={single === undefined ? -1 : keys.indexOf(single)}
              onSelect={(key) => setChosen(new Set([key]))}
              onRangeChange={showRange}
              rowHeight={listRowHeight(twoLine)}
              renderItem={renderItem}
            />
          )}
        </div>
        <p className="picker-summary" role="status">
          {props.multiple && chosen.size > 0
            ? t('directory.picker.chosen', { count: chosen.size })
            : ''}
        </p>
      </div>
    </Sheet>
  );
};
