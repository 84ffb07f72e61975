import { useLiveQuery } from 'dexie-react-hooks';
import { FileKey } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenDraft, TokenSource } from '../../../shared/domain/tokens';
import { FieldList } from '../../components/field-list';
import { FormSection } from '../../components/form';
import { Icon } from '../../components/icon';
import { Sheet } from '../../components/sheet';
import type { TokenRow } from '../../db/types';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { useServices } from '../../services/console-services';
import { useUiStore } from '../../stores/ui-store';
import { useSettings } from '../settings/settings-context';
import { VaultPassphraseSheet } from '../vault/vault-passphrase-sheet';
import { needsPassphrase, useVaultStore } from '../vault/vault-store';
import { tokenSourceOf } from './token-file';
import {
  fieldsOfDraft,
  fieldsProblem,
  TokenFieldRows,
  type TokenFieldsDraft,
} from './token-fields';
import { useNow } from './token-health';
import { useTokenSheets } from './token-sheets';
import { managerOf, useTokenText } from './token-text';

type Stage = 'choose' | 'inspecting' | 'preview' | 'vault' | 'saving';

/** Accepts Apple's token files; macOS and some browsers know no type for `.vpptoken`. */
const TOKEN_FILE_TYPES = '.vpptoken,application/octet-stream';

const prefill = (draft: TokenDraft): TokenFieldsDraft => ({
  name: draft.locationName,
  description: '',
  categories: '',
  appleId: '',
  type: draft.suggestedType,
  registerManagedAppleIds: true,
});

/**
 * One sheet for adding a token and for renewing one: the admin drops or chooses the
 * `.vpptoken` file (or, with the built-in sandbox, takes its demo token), main reads it and
 * asks Apple, and the sheet shows Apple's answer before anything is saved. Errors stay in the
 * sheet as one plain sentence.
 */
export const AddTokenSheet = ({ renewing }: { renewing?: TokenRow }) => {
  const { t, i18n } = useTranslation();
  const { api, db } = useServices();
  const { settings } = useSettings();
  const text = useTokenText();
  const now = useNow();
  const close = useTokenSheets((state) => state.close);
  const vault = useVaultStore((state) => state.status);
  const inputRef = useRef<HTMLInputElement>(null);
  const attempt = useRef(0);
  const [stage, setStage] = useState<Stage>('choose');
  const [draft, setDraft] = useState<TokenDraft>();
  const [fields, setFields] = useState<TokenFieldsDraft>();
  const [error, setError] = useState<string>();
  const [showProblem, setShowProblem] = useState(false);
  const existing = useLiveQuery(
    () => (draft?.existingTokenId ? db.tokens.get(draft.existingTokenId) : undefined),
    [db, draft?.existingTokenId],
  );
  const sandbox = settings.appleService.mode === 'sandbox';

  const sentence = (failure: unknown) => errorText(i18n, errorInfoOf(failure));

  const inspect = async (source: () => Promise<TokenSource>) => {
    const mine = ++attempt.current;
    setError(undefined);
    setStage('inspecting');
    try {
      const answer = await api.invoke('tokens:inspect', { source: await source() });
      if (mine !== attempt.current) return;
      setDraft(answer);
      setFields(prefill(answer));
      setShowProblem(false);
      setStage('preview');
    } catch (failure) {
      if (mine !== attempt.current) return;
      setDraft(undefined);
      setError(sentence(failure));
      setStage('choose');
    }
  };

  const inspectFile = (file: File) => inspect(() => tokenSourceOf(file, t('tokens.add.tooLarge')));

  // A file dropped on the window while this sheet is open (or the one that opened it).
  useEffect(() => {
    const take = () => {
      const file = useTokenSheets.getState().takeDroppedFile();
      if (file) void inspectFile(file);
    };
    queueMicrotask(take);
    return useTokenSheets.subscribe((state) => {
      if (state.droppedFile) take();
    });
    // inspectFile reads only refs and setters that stay the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const chooseFile = () => inputRef.current?.click();

  const save = async () => {
    if (!draft) return;
    if (!renewing && fields && fieldsProblem(fields, t)) {
      setShowProblem(true);
      return;
    }
    // Storing the token needs an open vault: set or enter its passphrase first.
    if (needsPassphrase(useVaultStore.getState().status)) {
      setStage('vault');
      return;
    }
    setStage('saving');
    setError(undefined);
    try {
      const saved = renewing
        ? await api.invoke('tokens:renew', { draftId: draft.draftId, tokenId: renewing.id })
        : await api.invoke('tokens:add', {
            draftId: draft.draftId,
            fields: fieldsOfDraft(fields!),
          });
      await db.tokens.put(saved);
      // Wherever the file was dropped, the new token is shown where it lives.
      const ui = useUiStore.getState();
      ui.selectSection('tokens');
      ui.selectItem('tokens', saved.id);
      close();
    } catch (failure) {
      if (errorInfoOf(failure).code === 'vault.locked') {
        const status = await api.invoke('vault:status').catch(() => undefined);
        if (status) useVaultStore.getState().setStatus(status);
        if (needsPassphrase(status)) {
          setStage('vault');
          return;
        }
      }
      setError(sentence(failure));
      setStage('preview');
    }
  };

  if (stage === 'vault' && vault && needsPassphrase(vault)) {
    return (
      <VaultPassphraseSheet
        status={vault}
        onOpened={() => {
          setStage('preview');
          void save();
        }}
        onCancel={() => setStage('preview')}
      />
    );
  }

  const showExisting = () => {
    if (!existing) return;
    const ui = useUiStore.getState();
    ui.selectSection('tokens');
    ui.selectItem('tokens', existing.id);
    close();
  };

  // (A vault stage without a known vault status shows the preview again.)
  const previewing = stage !== 'choose' && stage !== 'inspecting' && draft !== undefined;
  const alreadyAdded = previewing && !renewing && draft.existingTokenId !== undefined;
  const confirmLabel = !previewing
    ? t('tokens.add.chooseFile')
    : renewing
      ? t('tokens.renew.confirm')
      : alreadyAdded
        ? t('tokens.add.showExisting')
        : t('tokens.add.confirm');
  const onConfirm = !previewing ? chooseFile : alreadyAdded ? showExisting : () => void save();
  const manager = managerOf(renewing?.type ?? 'education');
  const mdmWarning = draft && text.mdmWarning(draft.mdm, draft.locationName);

  return (
    <Sheet
      title={renewing ? t('tokens.renew.title', { name: renewing.name }) : t('tokens.add.title')}
      confirmLabel={confirmLabel}
      onConfirm={onConfirm}
      onCancel={close}
      busy={stage === 'inspecting' || stage === 'saving'}
    >
      <div className="token-sheet">
        <input
          ref={inputRef}
          type="file"
          accept={TOKEN_FILE_TYPES}
          hidden
          aria-label={t('tokens.add.chooseFile')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Forget the choice at once: the field would otherwise keep a handle to the file.
            event.target.value = '';
            if (file) void inspectFile(file);
          }}
        />
        {!previewing ? (
          <>
            <p>
              {renewing
                ? t('tokens.renew.intro', { name: renewing.name, manager })
                : t('tokens.add.intro')}
            </p>
            <div className="token-drop-zone" aria-busy={stage === 'inspecting'}>
              <Icon icon={FileKey} size={28} />
              <span>
                {stage === 'inspecting' ? t('tokens.add.asking') : t('tokens.add.dropHere')}
              </span>
            </div>
            {sandbox && !renewing && (
              <p className="button-row">
                <button
                  type="button"
                  disabled={stage === 'inspecting'}
                  onClick={() => void inspect(async () => ({ kind: 'demo' }))}
                >
                  {t('tokens.add.demo')}
                </button>
                <span className="form-hint">{t('tokens.add.demoHint')}</span>
              </p>
            )}
          </>
        ) : (
          <>
            <p>{renewing ? t('tokens.renew.replaces') : t('tokens.add.appleSays')}</p>
            <FieldList
              fields={[
                { label: t('tokens.location'), value: draft.locationName },
                { label: t('tokens.orgName'), value: draft.orgName },
                { label: t('tokens.country'), value: text.country(draft.countryCode) },
                { label: t('tokens.expiresAt'), value: text.expires(draft.expiresAt, now) },
                { label: t('tokens.mdm.label'), value: text.mdm(draft.mdm) },
              ]}
            />
            {mdmWarning && (
              <p className="token-warning" role="note">
                {mdmWarning}
              </p>
            )}
            {alreadyAdded ? (
              <p className="token-warning">
                {t('tokens.add.alreadyAdded', {
                  name: existing?.name ?? draft.locationName,
                })}
              </p>
            ) : (
              !renewing &&
              fields && (
                <FormSection>
                  <TokenFieldRows
                    draft={fields}
                    onChange={(next) => {
                      setFields(next);
                      setShowProblem(false);
                    }}
                    problem={showProblem ? fieldsProblem(fields, t) : undefined}
                  />
                </FormSection>
              )
            )}
            <p>
              <button type="button" className="link-button" onClick={chooseFile}>
                {t('tokens.add.chooseOther')}
              </button>
            </p>
          </>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Sheet>
  );
};
