import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { unavailable } from '../../components/action';
import { EntityBrowser } from '../../components/entity-browser';
import type { EmptyStateProps } from '../../components/empty-state';
import { useAssetName } from '../../components/title-list';
import { assetKeys, assetsByKeys } from '../../db/repositories/assets-repository';
import type { AssetRow, ProductType } from '../../db/types';
import { useServices } from '../../services/console-services';
import { useUiStore } from '../../stores/ui-store';
import { useSectionState } from '../../stores/use-section-state';
import { useNotYet } from '../shell/not-yet';
import { AssetArtwork } from './asset-artwork';
import { AssetAssignments, AssetInfo } from './asset-detail';
import { DriftBanner, DriftMarker, hasDrift } from './drift';
import { useSyncAction } from './sync-action';
import { useTokens } from './use-tokens';

/**
 * Apps and Books share one view: the titles of one product type with their license counts,
 * one row per title and token (the same app bought under two tokens is two rows, each named
 * by its token). Rows load by key; their tokens come from one query for the whole view.
 */
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
  const tokens = useTokens();
  const sync = useSyncAction(tokens);
  const keys = useLiveQuery(() => assetKeys(db, productType, search), [db, productType, search]);
  const availability = (asset: AssetRow) =>
    t('assets.availability', { available: asset.availableCount, total: asset.totalCount });
  const tokenName = (asset: AssetRow) => tokens?.get(asset.tokenId)?.name;
  const summary = (asset: AssetRow) =>
    [tokenName(asset), availability(asset)].filter(Boolean).join(' · ');
  return (
    <EntityBrowser
      section={section}
      kind={productType === 'App' ? 'app' : 'book'}
      keys={keys}
      rowsOf={(keysInView) => assetsByKeys(db, keysInView)}
      primaryText={nameOf}
      secondaryText={summary}
      trailingText={(asset) => (hasDrift(asset) ? <DriftMarker /> : undefined)}
      artwork={(asset, size) => <AssetArtwork asset={asset} size={size} />}
      empty={empty}
      detailTitle={nameOf}
      detailSubtitle={summary}
      detailBanner={(asset) => (
        <DriftBanner asset={asset} token={tokens?.get(asset.tokenId)} onSync={sync.sync} />
      )}
      notice={sync.notice}
      actions={(selected) => ({
        // Titles come from the school's purchases at Apple, never from this console.
        add: unavailable(t(`${section}.addReason`)),
        remove: selected ? unavailable(t(`${section}.removeReason`)) : notYet.remove(false),
        sync: sync.action,
        addInToolbar: false,
      })}
      exportColumns={[
        { header: t('assets.name'), value: nameOf },
        { header: t('assets.token'), value: tokenName },
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
        {
          id: 'info',
          label: t('detail.tabs.info'),
          render: () => <AssetInfo asset={asset} token={tokens?.get(asset.tokenId)} />,
        },
        {
          id: 'assignments',
          label: t('detail.tabs.assignments'),
          render: () => <AssetAssignments asset={asset} />,
        },
      ]}
    />
  );
};

/** The empty state's button: titles arrive once a token is added, which happens in Tokens. */
export const useGoToTokens = () => {
  const { t } = useTranslation();
  const selectSection = useUiStore((state) => state.selectSection);
  return { label: t('assets.goToTokens'), run: () => selectSection('tokens') };
};

export const AppsView = () => {
  const { t } = useTranslation();
  const goToTokens = useGoToTokens();
  return (
    <AssetsView
      section="apps"
      productType="App"
      empty={{ title: t('apps.empty'), message: t('apps.emptyHint'), action: goToTokens }}
    />
  );
};
