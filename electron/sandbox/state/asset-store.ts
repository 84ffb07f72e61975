import type { VersionedDataset } from './versioned-dataset';

export type PricingParam = 'STDQ' | 'PLUS';
export const PRICING_PARAMS: readonly PricingParam[] = ['STDQ', 'PLUS'];
export type ProductType = 'App' | 'Book';
export type Platform = 'iOS' | 'macOS' | 'tvOS' | 'watchOS' | 'visionOS';

export interface AssetRecord {
  /** `adamId/pricingParam`: the pair identifies an asset. */
  readonly key: string;
  readonly adamId: string;
  readonly pricingParam: PricingParam;
  readonly productType: ProductType;
  readonly deviceAssignable: boolean;
  readonly revocable: boolean;
  readonly supportedPlatforms: readonly Platform[];
  totalCount: number;
  assignedCount: number;
  /** Licences that stay with retired users (irrevocable content such as books). */
  retiredCount: number;
  changedSeq: number;
}

export type NewAsset = Omit<
  AssetRecord,
  'key' | 'totalCount' | 'assignedCount' | 'retiredCount' | 'changedSeq'
>;

export const assetKey = (adamId: string, pricingParam: PricingParam): string =>
  `${adamId}/${pricingParam}`;

/** Derived, never stored, so total = assigned + available + retired always holds. */
export const availableCount = (asset: AssetRecord): number =>
  asset.totalCount - asset.assignedCount - asset.retiredCount;

/** The licences a location owns, keyed by (adamId, pricingParam). */
export class AssetStore {
  private readonly byKey = new Map<string, AssetRecord>();
  private ordered: AssetRecord[] | undefined;

  constructor(readonly dataset: VersionedDataset) {}

  add(asset: NewAsset, totalCount = 0): AssetRecord {
    const key = assetKey(asset.adamId, asset.pricingParam);
    if (this.byKey.has(key)) throw new Error(`Asset ${key} exists already.`);
    const record: AssetRecord = {
      key,
      ...asset,
      totalCount,
      assignedCount: 0,
      retiredCount: 0,
      changedSeq: this.dataset.stamp(),
    };
    this.byKey.set(key, record);
    this.ordered = undefined;
    return record;
  }

  get(adamId: string, pricingParam: PricingParam): AssetRecord | undefined {
    return this.byKey.get(assetKey(adamId, pricingParam));
  }

  /** Moves licences between total/assigned/retired; available follows from the others. */
  adjust(asset: AssetRecord, delta: { total?: number; assigned?: number; retired?: number }): void {
    asset.totalCount += delta.total ?? 0;
    asset.assignedCount += delta.assigned ?? 0;
    asset.retiredCount += delta.retired ?? 0;
    asset.changedSeq = this.dataset.stamp();
  }

  all(): readonly AssetRecord[] {
    this.ordered ??= [...this.byKey.values()];
    return this.ordered;
  }
}
