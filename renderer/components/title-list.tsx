import { useTranslation } from 'react-i18next';
import type { AssignedTitle } from '../db/repositories/assets-repository';
import { assetKeyOf } from '../db/repositories/assets-repository';
import type { AssetRow } from '../db/types';
import { entityIcons } from './entity-icons';
import { ListRow } from './list-row';

export const useAssetName = () => {
  const { t } = useTranslation();
  return (asset: AssetRow) => asset.name ?? t('assets.unnamed', { adamId: asset.adamId });
};

/**
 * The Apps or Books tab of a user, group, device or device group: each title with its license
 * availability, and for groups how many members hold it.
 */
export const TitleList = ({
  label,
  titles,
  emptyText,
  holdersText,
}: {
  label: string;
  titles: AssignedTitle[] | undefined;
  emptyText: string;
  holdersText?: (count: number) => string;
}) => {
  const { t } = useTranslation();
  const nameOf = useAssetName();
  if (!titles) return null;
  if (titles.length === 0) return <p className="tab-message">{emptyText}</p>;
  return (
    <ul className="plain-list" aria-label={label}>
      {titles.map(({ asset, holders }) => (
        <li key={assetKeyOf(asset)} className="plain-row">
          <ListRow
            icon={entityIcons[asset.productType === 'App' ? 'app' : 'book']}
            primary={nameOf(asset)}
            secondary={holdersText?.(holders)}
            trailing={t('assets.availability', {
              available: asset.availableCount,
              total: asset.totalCount,
            })}
          />
        </li>
      ))}
    </ul>
  );
};
