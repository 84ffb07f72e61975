import './directory.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unavailable } from '../../components/action';
import { entityIcons, type EntityKind } from '../../components/entity-icons';
import { ListActionBar } from '../../components/list-action-bar';
import { ListRow, listRowHeight } from '../../components/list-row';
import { useRowWindow } from '../../components/use-row-window';
import { VirtualListbox } from '../../components/virtual-listbox';
import { changeGroupMembers, type GroupKind } from '../../db/repositories/directory-groups';
import { namedRowKeys } from '../../db/repositories/named-rows';
import { sortedPrimaryKeys } from '../../db/repositories/sorted-keys';
import type { Indexed } from '../../db/types';
import { PaneButtons, type SaveMessage } from '../settings/pane-buttons';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { PickerSheet } from './picker-sheet';

interface Draft {
  add: ReadonlySet<string>;
  remove: ReadonlySet<string>;
}

const NO_CHANGE: Draft = { add: new Set(), remove: new Set() };

/**
 * A group's Members tab: its members as a virtual list (a group may hold a whole school),
 * + to choose more in a searchable sheet, − to take the selected one out, then Save. Only keys
 * are held: the list is every key of the member table in name order, narrowed to members.
 */
export const MembersEditor = <Member extends Indexed & { id: string }>({
  kind,
  groupId,
  memberKind,
  listTitle,
  primaryText,
  secondaryText,
  strings,
}: {
  kind: GroupKind<Member>;
  groupId: string;
  memberKind: EntityKind;
  /** The members' section name, for the picker's search field ("Users"). */
  listTitle: string;
  primaryText(member: Member): string;
  secondaryText(member: Member): string;
  /** The i18n keys of this kind of group: `directory.members.users` or `.devices`. */
  strings: 'directory.members.users' | 'directory.members.devices';
}) => {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<Draft>(NO_CHANGE);
  const [selected, setSelected] = useState<string>();
  const [picking, setPicking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<SaveMessage>();
  const stored = useLiveQuery(async () => {
    const [sorted, members] = await Promise.all([
      sortedPrimaryKeys(kind.members),
      kind.members.where(kind.index).equals(groupId).primaryKeys(),
    ]);
    return { sorted, members: new Set(members) };
  }, [kind.members, kind.index, groupId]);
  const keys = useMemo(
    () =>
      stored?.sorted.filter((key) =>
        stored.members.has(key) ? !draft.remove.has(key) : draft.add.has(key),
      ),
    [stored, draft],
  );
  const { rows, showRange } = useRowWindow(`members-${groupId}`, keys, selected, (ids) =>
    kind.members.bulkGet(ids),
  );
  const changed = draft.add.size > 0 || draft.remove.size > 0;
  const selectedIndex = selected === undefined || !keys ? -1 : keys.indexOf(selected);

  const edit = (next: Draft) => {
    setDraft(next);
    setMessage(undefined);
  };
  const removeSelected = () => {
    if (selected === undefined) return;
    const add = new Set(draft.add);
    const remove = new Set(draft.remove);
    if (add.has(selected)) add.delete(selected);
    else remove.add(selected);
    edit({ add, remove });
    // The next member takes the selection, so − can go on down the list.
    setSelected(keys?.[selectedIndex + 1] ?? keys?.[selectedIndex - 1]);
  };
  const addChosen = (chosen: string[]) => {
    const add = new Set(draft.add);
    const remove = new Set(draft.remove);
    for (const key of chosen) {
      if (remove.has(key)) remove.delete(key);
      else add.add(key);
    }
    edit({ add, remove });
  };
  const save = async () => {
    setSaving(true);
    setMessage(undefined);
    try {
      await changeGroupMembers(kind, groupId, { add: [...draft.add], remove: [...draft.remove] });
      setDraft(NO_CHANGE);
      setMessage({ saved: true });
    } catch (failure) {
      setMessage({ saved: false, error: errorText(i18n, errorInfoOf(failure)) });
    } finally {
      setSaving(false);
    }
  };

  if (!keys) return null;
  return (
    <div className="members-editor">
      <div className="members-list">
        {keys.length === 0 ? (
          <p className="tab-message">{t(`${strings}.none`)}</p>
        ) : (
          <VirtualListbox
            label={t('detail.tabs.members')}
            keys={keys}
            selectedIndex={selectedIndex}
            onSelect={setSelected}
            onRangeChange={showRange}
            rowHeight={listRowHeight(true)}
            renderItem={(key) => {
              const row = rows.get(key);
              return (
                <ListRow
                  icon={entityIcons[memberKind]}
                  primary={row ? primaryText(row) : ''}
                  secondary={row ? secondaryText(row) : ''}
                />
              );
            }}
          />
        )}
        <ListActionBar
          add={{ run: () => setPicking(true) }}
          remove={
            selectedIndex >= 0 ? { run: removeSelected } : unavailable(t(`${strings}.selectFirst`))
          }
          summary={t(`${strings}.count`, { count: keys.length })}
        />
      </div>
      <PaneButtons
        changed={changed}
        saving={saving}
        onRevert={() => edit(NO_CHANGE)}
        onSave={() => void save()}
        message={message}
      />
      {picking && (
        <PickerSheet<Member>
          title={t(`${strings}.pickerTitle`)}
          confirmLabel={t('directory.picker.add')}
          kind={memberKind}
          listTitle={listTitle}
          keysOf={async (search) =>
            (await namedRowKeys(kind.members, search)).filter(
              (key) => !(stored?.members.has(key) ? !draft.remove.has(key) : draft.add.has(key)),
            )
          }
          rowsOf={(ids) => kind.members.bulkGet(ids)}
          primaryText={primaryText}
          secondaryText={secondaryText}
          multiple
          onConfirm={(chosen) => {
            setPicking(false);
            addChosen(chosen);
          }}
          onCancel={() => setPicking(false)}
        />
      )}
    </div>
  );
};
