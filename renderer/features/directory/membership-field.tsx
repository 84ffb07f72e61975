import { useLiveQuery } from 'dexie-react-hooks';
import { Minus, Plus } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entityIcons } from '../../components/entity-icons';
import { FormRow } from '../../components/form';
import { Icon } from '../../components/icon';
import { ListRow } from '../../components/list-row';
import { namedRowKeys } from '../../db/repositories/named-rows';
import type { GroupRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { PickerSheet } from './picker-sheet';

/**
 * The groups a user is in (or the device groups of a device), on its Info tab: each with a −
 * to take it out, and "Add to Group…" to choose more. A draft like the rest of the form.
 */
export const MembershipField = ({
  table,
  ids,
  onChange,
}: {
  table: 'groups' | 'deviceGroups';
  ids: readonly string[];
  onChange(ids: string[]): void;
}) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const labelId = useId();
  const [picking, setPicking] = useState(false);
  const strings = table === 'groups' ? 'directory.groupsField' : 'directory.deviceGroupsField';
  const kind = table === 'groups' ? 'group' : 'deviceGroup';
  const signature = ids.join(',');
  const groups = useLiveQuery(
    async () =>
      (await db[table].bulkGet([...ids])).filter((group): group is GroupRow => group !== undefined),
    [db, table, signature],
  );
  const sorted = groups?.slice().sort((a, b) => a.sortKey.localeCompare(b.sortKey));

  return (
    <FormRow label={t(`${strings}.label`)} labelId={labelId}>
      <div className="membership-field" role="group" aria-labelledby={labelId}>
        {sorted && sorted.length === 0 && <p className="form-hint">{t(`${strings}.none`)}</p>}
        {sorted && sorted.length > 0 && (
          <ul className="membership-list">
            {sorted.map((group) => (
              <li key={group.id} className="membership-row">
                <ListRow icon={entityIcons[kind]} primary={group.name} />
                <button
                  type="button"
                  className="membership-remove"
                  aria-label={t(`${strings}.remove`, { name: group.name })}
                  title={t(`${strings}.remove`, { name: group.name })}
                  onClick={() => onChange(ids.filter((id) => id !== group.id))}
                >
                  <Icon icon={Minus} size={12} />
                </button>
              </li>
            ))}
          </ul>
        )}
        <button type="button" className="membership-add" onClick={() => setPicking(true)}>
          <Icon icon={Plus} size={12} />
          {t(`${strings}.add`)}
        </button>
      </div>
      {picking && (
        <PickerSheet<GroupRow>
          title={t(`${strings}.pickerTitle`)}
          confirmLabel={t('directory.picker.add')}
          kind={kind}
          listTitle={t(table === 'groups' ? 'sidebar.groups' : 'sidebar.deviceGroups')}
          keysOf={async (search) => {
            const taken = new Set(ids);
            return (await namedRowKeys(db[table], search)).filter((key) => !taken.has(key));
          }}
          rowsOf={(keys) => db[table].bulkGet(keys)}
          primaryText={(group) => group.name}
          multiple
          onConfirm={(chosen) => {
            setPicking(false);
            if (chosen.length > 0) onChange([...ids, ...chosen]);
          }}
          onCancel={() => setPicking(false)}
        />
      )}
    </FormRow>
  );
};
