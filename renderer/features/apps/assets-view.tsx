import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { EntityBrowser } from '../../components/entity-browser';
import { useAssetName } from '../../components/title-list';
import { assetKeys, assetsByKeys } from '../../db/repositories/assets-repository';
import type { AssetRow, ProductType } from '../../db/types';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { AssetAssignments, AssetInfo } from './asset-detail';

/** Apps and Books share one view: the titles of one product type with their licence counts. */
export const AssetsView = ({
  section,
  productType,
  empty,
}: {
  section: 'apps' | 'books';
  productType: ProductType;
  empty: { title: string; hint: string };
}) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const nameOf = useAssetName();
  const { search } = useSectionState(section);
  const keys = useLiveQuery(() => assetKeys(db, productType, search), [db, productType, search]);
  return (
    <EntityBrowser
      section={section}
      keys={keys}
      rowsOf={(keysInView) => assetsByKeys(db, keysInView)}
      primaryText={nameOf}
      secondaryText={(asset: AssetRow) =>
        t('assets.availability', { available: asset.availableCount, total: asset.totalCount })
      }
      empty={empty}
      detailTitle={nameOf}
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
      empty={{ title: t('apps.empty'), hint: t('apps.emptyHint') }}
    />
  );
};
