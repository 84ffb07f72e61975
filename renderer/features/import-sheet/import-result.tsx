import { FieldList } from '../../components/field-list';
import type { ImportText } from './import-text';
import type { ImportResult } from './use-import-flow';

type ResultKey =
  | 'usersAdded'
  | 'usersUpdated'
  | 'groupsCreated'
  | 'membershipsAdded'
  | 'devicesAdded'
  | 'devicesUpdated';

/** What the import wrote, counted: the sheet's last page. */
export const ImportResultSummary = ({
  result,
  text,
}: {
  result: ImportResult;
  text: ImportText;
}) => {
  const count = (key: ResultKey, value: number) => ({
    label: text.t(`importer.result.${key}`),
    value: text.n(value),
  });
  const fields =
    result.kind === 'users'
      ? [
          count('usersAdded', result.usersAdded),
          count('usersUpdated', result.usersUpdated),
          count('groupsCreated', result.groupsCreated),
          count('membershipsAdded', result.membershipsAdded),
        ]
      : [
          count('devicesAdded', result.devicesAdded),
          count('devicesUpdated', result.devicesUpdated),
        ];
  return (
    <div className="import-result" role="status">
      <p>{text.t('importer.result.intro')}</p>
      <FieldList fields={fields} />
    </div>
  );
};
