import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../components/field-list';
import { FormNote, FormSection } from '../../components/form';
import type { TokenRow } from '../../db/types';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { useFormatters } from '../../i18n/format';
import { useServices } from '../../services/console-services';
import { PaneButtons, type SaveMessage } from '../settings/pane-buttons';
import { useDraft } from '../settings/use-draft';
import { useSyncNow } from '../sync/sync-now';
import { HealthBadge } from './token-badges';
import {
  draftOfFields,
  fieldsOfDraft,
  fieldsProblem,
  sameFields,
  TokenFieldRows,
} from './token-fields';
import { managedElsewhere, useNow } from './token-health';
import { useTokenSheets } from './token-sheets';
import { useTokenText } from './token-text';

/**
 * A token's About tab, as Profile Manager's: what the admin says about it (editable, with
 * Revert and Save), then what the file and Apple say, then how its syncing stands. Only
 * metadata: the token itself never leaves main's vault.
 */
export const TokenInfo = ({ token }: { token: TokenRow }) => {
  const { t, i18n } = useTranslation();
  const { api, db } = useServices();
  const format = useFormatters();
  const text = useTokenText();
  const now = useNow();
  const syncNow = useSyncNow();
  const open = useTokenSheets((state) => state.open);
  const syncState = useLiveQuery(() => db.syncState.get(token.id), [db, token.id]);
  const saved = draftOfFields(token);
  const { draft, setDraft, changed, revert } = useDraft(saved, sameFields);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<SaveMessage>();
  const [showProblem, setShowProblem] = useState(false);
  const [syncError, setSyncError] = useState<string>();
  const problem = fieldsProblem(draft, t);

  const save = async () => {
    if (problem) {
      setShowProblem(true);
      return;
    }
    setSaving(true);
    setMessage(undefined);
    try {
      const snapshot = await api.invoke('tokens:update', {
        id: token.id,
        fields: fieldsOfDraft(draft),
      });
      await db.tokens.put(snapshot);
      setMessage({ saved: true });
    } catch (failure) {
      setMessage({ saved: false, error: errorText(i18n, errorInfoOf(failure)) });
    } finally {
      setSaving(false);
    }
  };

  const sync = () => {
    setSyncError(undefined);
    syncNow([token.id]).catch((failure: unknown) =>
      setSyncError(errorText(i18n, errorInfoOf(failure))),
    );
  };

  const when = (time: number | undefined, otherwise: string) =>
    time === undefined ? otherwise : format.dateTime(time);
  const mdmWarning = text.mdmWarning(token.mdm, token.locationName);
  const drifted = syncState?.driftedAssets ?? 0;

  return (
    <>
      <FormSection>
        <TokenFieldRows
          draft={draft}
          onChange={(next) => {
            setDraft(next);
            setMessage(undefined);
            setShowProblem(false);
          }}
          problem={showProblem ? problem : undefined}
        />
      </FormSection>
      <PaneButtons
        changed={changed}
        saving={saving}
        onRevert={() => {
          revert();
          setMessage(undefined);
          setShowProblem(false);
        }}
        onSave={() => void save()}
        message={message}
      />
      <FormSection title={t('tokens.info.fromApple')}>
        <FieldList
          fields={[
            { label: t('tokens.orgName'), value: token.orgName },
            { label: t('tokens.location'), value: token.locationName },
            { label: t('tokens.country'), value: text.country(token.countryCode) },
            { label: t('tokens.service'), value: text.service(token) },
            { label: t('tokens.expiresAt'), value: text.expires(token.expiresAt, now) },
            { label: t('tokens.state'), value: <HealthBadge token={token} now={now} /> },
            { label: t('tokens.mdm.label'), value: text.mdm(token.mdm) },
            { label: t('tokens.addedAt'), value: format.dateTime(token.addedAt) },
            {
              label: t('tokens.renewedAt'),
              value: when(token.renewedAt, t('tokens.neverRenewed')),
            },
          ]}
        />
        {mdmWarning && (
          <FormNote>
            <p className="token-warning">{mdmWarning}</p>
            {managedElsewhere(token) && (
              <button type="button" onClick={() => open({ kind: 'takeOver', tokenId: token.id })}>
                {t('tokens.actions.takeOver')}
              </button>
            )}
          </FormNote>
        )}
      </FormSection>
      <FormSection title={t('tokens.info.sync')}>
        <FieldList
          fields={[
            {
              label: t('tokens.sync.last'),
              value: token.sync.active
                ? t('tokens.syncState.syncing')
                : when(token.sync.lastSyncAt, t('tokens.syncState.never')),
            },
            {
              label: t('tokens.sync.next'),
              value: when(token.sync.nextSyncAt, t('tokens.sync.notScheduled')),
            },
            {
              label: t('tokens.sync.outcome'),
              value: token.sync.lastOutcome
                ? t(`tokens.sync.outcomes.${token.sync.lastOutcome}`)
                : undefined,
            },
          ]}
        />
        {drifted > 0 && (
          <FormNote>
            <p className="token-warning">{t('tokens.sync.drift', { count: drifted })}</p>
            <button type="button" onClick={sync}>
              {t('toolbar.sync')}
            </button>
          </FormNote>
        )}
        {syncError && (
          <FormNote>
            <p className="form-error" role="alert">
              {syncError}
            </p>
          </FormNote>
        )}
      </FormSection>
    </>
  );
};
