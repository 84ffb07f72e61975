import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { unavailable } from '../../components/action';
import { EntityBrowser } from '../../components/entity-browser';
import type { EmptyStateProps } from '../../components/empty-state';
import { useAssetName } from '../../components/title-list';
import { assetKeys, assetsByKeys } from '../../db/repositories/assets-repository';
import type { AssetRow, ProductType } from '../../db/types';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { useNotYet } from '../shell/not-yet';
import { AssetAssignments, AssetInfo } from './asset-detail';

/** Apps and Books share one view: the titles of one product type with their license counts. */
export const AssetsView = ({
  section,
  productType,
  empty,
}: {
  section: 'apps' | 'books';
  productType: ProductType;
  empty: EmptyStateProps;
}) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const nameOf = useAssetName();
  const notYet = useNotYet(section);
  const { search } = useSectionState(section);
  const keys = useLiveQuery(() => assetKeys(db, productType, search), [db, productType, search]);
  const availability = (asset: AssetRow) =>
    t('assets.availability', { available: asset.availableCount, total: asset.totalCount });
  return (
    <EntityBrowser
      section={section}
      kind={productType === 'App' ? 'app' : 'book'}
      keys={keys}
      rowsOf={(keysInView) => assetsByKeys(db, keysInView)}
      primaryText={nameOf}
      secondaryText={availability}
      empty={empty}
      detailTitle={nameOf}
      detailSubtitle={availability}
      actions={(selected) => ({
        // Titles come from the school's purchases at Apple, never from this console.
        add: unavailable(t(`${section}.addReason`)),
        remove: selected ? unavailable(t(`${section}.removeReason`)) : notYet.remove(false),
        sync: notYet.sync,
        addInToolbar: false,
      })}
      exportColumns={[
        { header: t('assets.name'), value: nameOf },
        { header: t('assets.adamId'), value: (asset) => asset.adamId },
        {
          header: t('assets.pricingParam'),
          value: (asset) => t(`assets.pricing.${asset.pricingParam}`),
        },
        { header: t('assets.totalCount'), value: (asset) => asset.totalCount },
        { header: t('assets.assignedCount'), value: (asset) => asset.assignedCount },
        { header: t('assets.availableCount'), value: (asset) => asset.availableCount },
        { header: t('assets.retiredCount'), value: (asset) => asset.retiredCount },
      ]}
      tabs={(asset) => [
        { id: 'info', label: t('detail.tabs.info'), render: () => <AssetInfo asset={asset} /> },
        {
          id: 'assignments',
          label: t('detail.tabs.assignments'),
          render: () => <AssetAssignments asset={asset} />,
        },
      ]}
    />
  );
};

export const AppsView = () => {
  const { t } = useTranslation();
  return (
    <AssetsView
      section="apps"
      productType="App"
      empty={{ title: t('apps.empty'), message: t('apps.emptyHint') }}
    />
  );
};
