import { useState } from 'react';
import { entityIcons } from '../../components/entity-icons';
import { Icon } from '../../components/icon';
import type { AssetRow } from '../../db/types';
import './assets.css';

const PIXELS = { row: 28, detail: 44 } as const;

/**
 * A title's own icon from Apple's content metadata (the sandbox serves them on 127.0.0.1,
 * which the Content-Security-Policy allows). Where there is none, or it doesn't load, the
 * kind's icon stands in, so a row never shows a broken image. Decorative: the name beside it
 * says what it is.
 */
export const AssetArtwork = ({
  asset,
  size,
}: {
  asset: Pick<AssetRow, 'iconUrl' | 'productType'>;
  size: 'row' | 'detail';
}) => {
  const [failedUrl, setFailedUrl] = useState<string>();
  const url = asset.iconUrl;
  const book = asset.productType === 'Book';
  if (!url || url === failedUrl || !/^https?:\/\//i.test(url)) {
    const icon = entityIcons[book ? 'book' : 'app'];
    return size === 'row' ? (
      <Icon icon={icon} size={22} className="row-icon" />
    ) : (
      <Icon icon={icon} size={26} />
    );
  }
  return (
    <img
      className={`asset-artwork ${size} ${book ? 'book' : 'app'}`}
      src={url}
      alt=""
      width={PIXELS[size]}
      height={PIXELS[size]}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      draggable={false}
      onError={() => setFailedUrl(url)}
    />
  );
};
