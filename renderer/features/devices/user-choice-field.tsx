import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormRow } from '../../components/form';
import { namedRowKeys } from '../../db/repositories/named-rows';
import { userById } from '../../db/repositories/people-repository';
import type { UserRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { PickerSheet } from '../directory/picker-sheet';

/** The device's user: their name, Choose… (a searchable sheet of every user) and None. */
export const UserChoiceField = ({
  userId,
  onChange,
}: {
  userId: string | undefined;
  onChange(userId: string | undefined): void;
}) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const labelId = useId();
  const [picking, setPicking] = useState(false);
  const user = useLiveQuery(() => userById(db, userId), [db, userId]);
  return (
    <FormRow label={t('directory.device.user')} labelId={labelId}>
      <div className="button-row" role="group" aria-labelledby={labelId}>
        <span className={userId ? 'chosen-user' : 'chosen-user form-hint'}>
          {userId ? (user?.fullName ?? '') : t('directory.device.noUser')}
        </span>
        <button type="button" onClick={() => setPicking(true)}>
          {t('directory.device.chooseUser')}
        </button>
        {userId && (
          <button type="button" onClick={() => onChange(undefined)}>
            {t('directory.device.clearUser')}
          </button>
        )}
      </div>
      {picking && (
        <PickerSheet<UserRow>
          title={t('directory.device.chooseUserTitle')}
          confirmLabel={t('directory.picker.choose')}
          kind="user"
          listTitle={t('sidebar.users')}
          keysOf={(search) => namedRowKeys(db.users, search)}
          rowsOf={(keys) => db.users.bulkGet(keys)}
          primaryText={(row) => row.fullName}
          secondaryText={(row) => row.email ?? row.shortName}
          multiple={false}
          onConfirm={([chosen]) => {
            setPicking(false);
            if (chosen) onChange(chosen);
          }}
          onCancel={() => setPicking(false)}
        />
      )}
    </FormRow>
  );
};
