import { paginate } from '../pagination';
import { availableCount, PRICING_PARAMS, type AssetRecord } from '../../state/asset-store';
import { cachedRows } from '../../state/query-cache';
import type { AppleEndpoint } from '../apple-request';

const toResponseAsset = (asset: AssetRecord) => ({
  adamId: asset.adamId,
  pricingParam: asset.pricingParam,
  productType: asset.productType,
  assignedCount: asset.assignedCount,
  availableCount: availableCount(asset),
  retiredCount: asset.retiredCount,
  totalCount: asset.totalCount,
  deviceAssignable: asset.deviceAssignable,
  revocable: asset.revocable,
  supportedPlatforms: [...asset.supportedPlatforms],
});

const within = (value: number, min: number | undefined, max: number | undefined) =>
  (min === undefined || value >= min) && (max === undefined || value <= max);

/**
 * `GET /assets` with every documented filter. The sandbox has no unlimited (subscription)
 * assets, so `unlimited=true` answers an empty `unlimitedAssets`. `sinceVersionId` is not a
 * parameter of this endpoint and is ignored like any unknown one.
 */
export const getAssets: AppleEndpoint = {
  method: 'GET',
  handle: ({ world, location, query }) => {
    const filters = {
      productType: query.oneOf('productType', ['App', 'Book'] as const),
      pricingParam: query.oneOf('pricingParam', PRICING_PARAMS),
      revocable: query.boolean('revocable'),
      deviceAssignable: query.boolean('deviceAssignable'),
      minAvailableCount: query.integer('minAvailableCount'),
      maxAvailableCount: query.integer('maxAvailableCount'),
      minAssignedCount: query.integer('minAssignedCount'),
      maxAssignedCount: query.integer('maxAssignedCount'),
      adamId: query.string('adamId'),
    };
    const unlimited = query.boolean('unlimited') === true;
    const pageIndex = query.integer('pageIndex') ?? 0;
    const { dataset } = location.assets;
    const rows = unlimited
      ? []
      : cachedRows(location, 'assets', JSON.stringify(filters), dataset.seq, () =>
          location.assets
            .all()
            .filter(
              (asset) =>
                (filters.productType === undefined || asset.productType === filters.productType) &&
                (filters.pricingParam === undefined ||
                  asset.pricingParam === filters.pricingParam) &&
                (filters.revocable === undefined || asset.revocable === filters.revocable) &&
                (filters.deviceAssignable === undefined ||
                  asset.deviceAssignable === filters.deviceAssignable) &&
                (filters.adamId === undefined || asset.adamId === filters.adamId) &&
                within(
                  availableCount(asset),
                  filters.minAvailableCount,
                  filters.maxAvailableCount,
                ) &&
                within(asset.assignedCount, filters.minAssignedCount, filters.maxAssignedCount),
            ),
        );
    const page = paginate(rows, pageIndex, world.pageSize);
    return {
      ...(unlimited ? { unlimitedAssets: [] } : { assets: page.items.map(toResponseAsset) }),
      ...page.fields,
      versionId: dataset.versionId,
    };
  },
};
