import { RefreshCw, TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { unavailable } from '../../components/action';
import { CommandButton } from '../../components/command-button';
import { Icon } from '../../components/icon';
import type { AssetRow, TokenRow } from '../../db/types';
import './assets.css';

/** The drift check found that this console's assignments of the title differ from Apple's count. */
export const hasDrift = (asset: AssetRow): asset is AssetRow & { localAssignedCount: number } =>
  asset.localAssignedCount !== undefined;

/** The row's marker: an icon a screen reader reads as a sentence. */
export const DriftMarker = () => {
  const { t } = useTranslation();
  const text = t('assets.driftMarker');
  return (
    <span className="drift-marker" title={text}>
      <Icon icon={TriangleAlert} size={14} />
      <span className="visually-hidden">{text}</span>
    </span>
  );
};

/**
 * Over the selected title's tabs: Apple's count against this console's, and Sync Now for its
 * token, which brings the assignments in again. While that token syncs, the button says so.
 */
export const DriftBanner = ({
  asset,
  token,
  onSync,
}: {
  asset: AssetRow;
  token: TokenRow | undefined;
  onSync(tokenIds: string[]): void;
}) => {
  const { t } = useTranslation();
  if (!hasDrift(asset)) return null;
  return (
    <div className="drift-banner">
      <Icon icon={TriangleAlert} className="drift-banner-icon" />
      <p className="drift-banner-text">
        {t('assets.drift', {
          // Apple lists the books retired users keep among the assignments too.
          count: asset.assignedCount + asset.retiredCount,
          local: asset.localAssignedCount,
        })}
      </p>
      <CommandButton
        label={t('toolbar.sync')}
        icon={RefreshCw}
        showLabel
        action={
          token?.sync.active
            ? unavailable(t('assets.driftSyncing'))
            : { run: () => onSync([asset.tokenId]) }
        }
      />
    </div>
  );
};
