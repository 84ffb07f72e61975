import { useTranslation } from 'react-i18next';
import type { TokenMdm, TokenType } from '../../../shared/domain/tokens';
import type { TokenRow } from '../../db/types';
import { useFormatters } from '../../i18n/format';
import { daysLeft } from './token-health';

/** Who downloads a token: an administrator of Apple School Manager or Apple Business Manager. */
export const managerOf = (type: TokenType) =>
  type === 'business' ? 'Apple Business Manager' : 'Apple School Manager';

/** Texts about tokens that several views share. */
export const useTokenText = () => {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return {
    /** "20 Nov 2026 (in 249 days)", "10 Mar 2026 (6 days ago)". */
    expires: (expiresAt: string, now: number) => {
      const time = Date.parse(expiresAt);
      if (Number.isNaN(time)) return expiresAt;
      const days = daysLeft({ expiresAt }, now);
      const when =
        days > 0
          ? t('tokens.inDays', { count: days })
          : days === 0
            ? t('tokens.today')
            : t('tokens.daysAgo', { count: -days });
      return `${format.date(time)} (${when})`;
    },
    country: (code: string | undefined) => {
      if (!code) return undefined;
      try {
        return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
    mdm: (mdm: TokenMdm) => {
      const name = mdm.name || t('tokens.mdm.anotherProduct');
      if (mdm.state === 'other') return t('tokens.mdm.usedBy', { name });
      if (mdm.state === 'takenFromUs') return t('tokens.mdm.takenBy', { name });
      return t(`tokens.mdm.${mdm.state}`);
    },
    /** Why another MDM matters, in the sheet and on the About tab; undefined when it doesn't. */
    mdmWarning: (mdm: TokenMdm, location: string) => {
      const name = mdm.name || t('tokens.mdm.anotherProduct');
      if (mdm.state === 'other') return t('tokens.mdm.otherExplained', { name, location });
      if (mdm.state === 'takenFromUs')
        return t('tokens.mdm.takenFromUsExplained', { name, location });
      return undefined;
    },
    service: (token: Pick<TokenRow, 'service'>) =>
      token.service.mode === 'custom' && token.service.url
        ? `${t('settings.appleService.custom')} (${token.service.url})`
        : t(`settings.appleService.${token.service.mode}`),
    /** The list row's second line: where, and how its syncing stands. */
    rowState: (token: TokenRow) => {
      if (token.sync.active) return t('tokens.syncState.syncing');
      if (token.sync.lastOutcome === 'failed') return t('tokens.syncState.failed');
      if (token.sync.lastSyncAt)
        return t('tokens.syncState.synced', { time: format.dateTime(token.sync.lastSyncAt) });
      return t('tokens.syncState.never');
    },
  };
};
