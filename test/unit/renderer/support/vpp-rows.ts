import type { AssetRow, TokenRow } from '../../../../renderer/db/types';
import type { NewRow } from '../../../../renderer/db/database';

/** A content token as main reports it, named by the admin. */
export const tokenRow = (
  id: string,
  name: string,
  sync: Partial<TokenRow['sync']> = {},
): TokenRow => ({
  id,
  name,
  description: '',
  categories: [],
  appleId: '',
  registerManagedAppleIds: true,
  type: 'education',
  orgName: 'Basisschool De Regenboog',
  locationName: name,
  uId: `uid-${id}`,
  service: { mode: 'sandbox' },
  expiresAt: '2031-03-14T09:26:53+0000',
  addedAt: 1,
  health: 'ok',
  mdm: { state: 'ours' },
  sync: { active: false, ...sync },
});

/** A title as a sync stores it; the database's hooks add the sort and search keys. */
export const assetRow = (
  tokenId: string,
  adamId: string,
  name: string | undefined,
  counts: { total: number; assigned: number; retired?: number },
  more: Partial<NewRow<AssetRow>> = {},
): NewRow<AssetRow> => ({
  tokenId,
  adamId,
  pricingParam: 'STDQ',
  productType: 'App',
  totalCount: counts.total,
  assignedCount: counts.assigned,
  retiredCount: counts.retired ?? 0,
  availableCount: counts.total - counts.assigned - (counts.retired ?? 0),
  deviceAssignable: true,
  revocable: true,
  supportedPlatforms: ['iOS'],
  ...(name === undefined ? {} : { name }),
  ...more,
});

/**
 * Captures what "Export List…" hands the browser: the file's name and its text (the BOM
 * included), instead of a download.
 */
export const captureDownloads = () => {
  const files: { name: string; text: Promise<string> }[] = [];
  const originalCreate = URL.createObjectURL;
  const originalClick = HTMLAnchorElement.prototype.click;
  let lastBlob: Blob | undefined;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    lastBlob = blob as Blob;
    return 'blob:captured';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    // Read as bytes: Blob.text() would drop the byte-order mark we want to see.
    const bytes = lastBlob!.arrayBuffer();
    files.push({
      name: this.download,
      text: bytes.then((buffer) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer)),
    });
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    },
  };
};
