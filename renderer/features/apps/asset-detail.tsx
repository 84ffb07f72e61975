import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { FieldList, type Field } from '../../components/field-list';
import { holdersOfAsset } from '../../db/repositories/assets-repository';
import type { AssetRow, TokenRow } from '../../db/types';
import { useFormatters } from '../../i18n/format';
import { useServices } from '../../services/console-services';
import { entityIcons } from '../../components/entity-icons';
import { ListRow } from '../../components/list-row';
import { useAssetName } from '../../components/title-list';
import { platformNames } from './platform-names';

/**
 * A title's About tab: what it is, which token holds its licenses and how they are used, where
 * it runs, and when its token last synced. A book says what Apple says about books: users
 * only, and never taken back.
 */
export const AssetInfo = ({ asset, token }: { asset: AssetRow; token: TokenRow | undefined }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const nameOf = useAssetName();
  const book = asset.productType === 'Book';
  const fields: Field[] = [
    { label: t('assets.name'), value: nameOf(asset) },
    ...(book ? [] : [{ label: t('assets.bundleId'), value: asset.bundleId }]),
    { label: t(book ? 'assets.publisher' : 'assets.developer'), value: asset.developer },
    { label: t('assets.adamId'), value: asset.adamId },
    { label: t('assets.pricingParam'), value: t(`assets.pricing.${asset.pricingParam}`) },
    { label: t('assets.token'), value: token?.name },
    { label: t('assets.totalCount'), value: asset.totalCount },
    { label: t('assets.assignedCount'), value: asset.assignedCount },
    { label: t('assets.availableCount'), value: asset.availableCount },
    { label: t('assets.retiredCount'), value: asset.retiredCount },
    ...(book
      ? []
      : [
          {
            label: t('assets.assignTo'),
            value: t(asset.deviceAssignable ? 'assets.usersAndDevices' : 'assets.usersOnly'),
          },
        ]),
    {
      label: t('assets.revocable'),
      value: t(asset.revocable ? 'assets.revocableYes' : 'assets.revocableNo'),
    },
    { label: t('assets.platforms'), value: platformNames(t, asset.supportedPlatforms) },
    {
      label: t('assets.lastSync'),
      value: token?.sync.lastSyncAt ? format.dateTime(token.sync.lastSyncAt) : t('assets.never'),
    },
    {
      label: t('assets.nextSync'),
      value: token?.sync.active
        ? t('assets.syncing')
        : token?.sync.nextSyncAt
          ? format.dateTime(token.sync.nextSyncAt)
          : t('assets.notScheduled'),
    },
  ];
  return (
    <>
      {book && <p className="asset-note">{t('assets.booksNote')}</p>}
      <FieldList fields={fields} />
    </>
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
      {holders.map(({ key, clientUserId, serialNumber, name }) => {
        return (
          <li key={key} className="plain-row">
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
