import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../components/field-list';
import { holdersOfAsset } from '../../db/repositories/assets-repository';
import { tokenById } from '../../db/repositories/tokens-repository';
import type { AssetRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { entityIcons } from '../../components/entity-icons';
import { ListRow } from '../../components/list-row';
import { useAssetName } from '../../components/title-list';

export const AssetInfo = ({ asset }: { asset: AssetRow }) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const nameOf = useAssetName();
  const token = useLiveQuery(() => tokenById(db, asset.tokenId), [db, asset]);
  return (
    <FieldList
      fields={[
        { label: t('assets.name'), value: nameOf(asset) },
        { label: t('assets.adamId'), value: asset.adamId },
        { label: t('assets.pricingParam'), value: t(`assets.pricing.${asset.pricingParam}`) },
        { label: t('assets.token'), value: token ? `${token.orgName} — ${token.location}` : '' },
        {
          label: t('assets.licenses'),
          value: t('assets.availability', {
            available: asset.availableCount,
            total: asset.totalCount,
          }),
        },
        { label: t('assets.assignedCount'), value: asset.assignedCount },
        { label: t('assets.retiredCount'), value: asset.retiredCount },
      ]}
    />
  );
};

export const AssetAssignments = ({ asset }: { asset: AssetRow }) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const holders = useLiveQuery(() => holdersOfAsset(db, asset), [db, asset]);
  if (!holders) return null;
  if (holders.length === 0) return <p className="tab-message">{t('assets.noAssignments')}</p>;
  return (
    <ul className="plain-list" aria-label={t('detail.tabs.assignments')}>
      {holders.map(({ assignment, name }) => {
        const { clientUserId, serialNumber } = assignment;
        return (
          <li key={assignment.id} className="plain-row">
            <ListRow
              icon={entityIcons[clientUserId ? 'user' : 'device']}
              primary={
                name ??
                (clientUserId
                  ? t('assets.unknownUser', { clientUserId })
                  : t('assets.unknownDevice', { serialNumber }))
              }
              trailing={clientUserId ? t('assets.assignedToUser') : t('assets.assignedToDevice')}
            />
          </li>
        );
      })}
    </ul>
  );
};
