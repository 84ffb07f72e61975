import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { EntityBrowser } from '../../components/entity-browser';
import { FieldList } from '../../components/field-list';
import { tokenIds, tokensByIds } from '../../db/repositories/tokens-repository';
import type { TokenRow } from '../../db/types';
import { useFormatters } from '../../i18n/format';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { useNotYet } from '../shell/not-yet';

export const TokensView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const { search } = useSectionState('tokens');
  const notYet = useNotYet('tokens');
  const keys = useLiveQuery(() => tokenIds(db, search), [db, search]);
  return (
    <EntityBrowser
      section="tokens"
      kind="token"
      keys={keys}
      rowsOf={(ids) => tokensByIds(db, ids)}
      primaryText={(token) => token.orgName}
      secondaryText={(token) => `${token.location} · ${t(`tokens.states.${token.state}`)}`}
      empty={{ title: t('tokens.empty'), message: t('tokens.emptyHint') }}
      detailTitle={(token) => token.orgName}
      detailSubtitle={(token) => token.location}
      actions={(selected) => ({
        add: notYet.add,
        remove: notYet.remove(selected !== undefined),
        sync: notYet.sync,
      })}
      exportColumns={[
        { header: t('tokens.orgName'), value: (token) => token.orgName },
        { header: t('tokens.location'), value: (token) => token.location },
        { header: t('tokens.state'), value: (token) => t(`tokens.states.${token.state}`) },
        {
          header: t('tokens.expiresAt'),
          value: (token) => new Date(token.expiresAt).toISOString().slice(0, 10),
        },
      ]}
      tabs={(token) => [
        { id: 'info', label: t('detail.tabs.info'), render: () => <TokenInfo token={token} /> },
      ]}
    />
  );
};

/** Only metadata: the token itself never leaves main's vault. */
const TokenInfo = ({ token }: { token: TokenRow }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <FieldList
      fields={[
        { label: t('tokens.orgName'), value: token.orgName },
        { label: t('tokens.location'), value: token.location },
        { label: t('tokens.state'), value: t(`tokens.states.${token.state}`) },
        { label: t('tokens.expiresAt'), value: format.date(token.expiresAt) },
        {
          label: t('tokens.lastSyncedAt'),
          value: token.lastSyncedAt ? format.dateTime(token.lastSyncedAt) : t('tokens.never'),
        },
      ]}
    />
  );
};
