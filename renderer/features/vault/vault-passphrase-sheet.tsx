import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VAULT_PASSPHRASE_MIN_LENGTH, type VaultStatus } from '../../../shared/domain/vault';
import { FormRow, FormSection } from '../../components/form';
import { Sheet } from '../../components/sheet';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { useServices } from '../../services/console-services';
import { useVaultStore } from './vault-store';
import './vault.css';

/**
 * Sets the passphrase of a new passphrase vault, or enters it to open a locked one. The
 * passphrase goes to main and nowhere else: it lives in this sheet's fields until the sheet
 * closes. A wrong one keeps what was typed and puts the focus back in the field.
 */
export const VaultPassphraseSheet = ({
  status,
  onOpened,
  onCancel,
}: {
  status: VaultStatus;
  onOpened(status: VaultStatus): void;
  onCancel(): void;
}) => {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const setStatus = useVaultStore((state) => state.setStatus);
  const creating = status.state === 'new';
  const id = useId();
  const passphraseRef = useRef<HTMLInputElement>(null);
  const verifyRef = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [verify, setVerify] = useState('');
  const [problem, setProblem] = useState<{ text: string; field: 'passphrase' | 'verify' }>();
  const [busy, setBusy] = useState(false);

  // After the Sheet's own effect (which focuses its default button): type straight away.
  useEffect(() => {
    passphraseRef.current?.focus();
  }, []);

  const fail = (text: string, field: 'passphrase' | 'verify' = 'passphrase') => {
    setProblem({ text, field });
    const input = field === 'passphrase' ? passphraseRef.current : verifyRef.current;
    input?.focus();
    input?.select();
  };

  const submit = async () => {
    if (busy) return;
    if (creating && passphrase.length < VAULT_PASSPHRASE_MIN_LENGTH) {
      fail(t('vault.tooShort', { count: VAULT_PASSPHRASE_MIN_LENGTH }));
      return;
    }
    if (creating && passphrase !== verify) {
      fail(t('vault.mismatch'), 'verify');
      return;
    }
    if (!creating && passphrase === '') {
      fail(t('vault.enterFirst'));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const next = await api.invoke(creating ? 'vault:create' : 'vault:unlock', { passphrase });
      setStatus(next);
      onOpened(next);
    } catch (error) {
      const info = errorInfoOf(error);
      setBusy(false);
      fail(
        errorText(
          i18n,
          info.code === 'vault.wrongPassphrase' ? { ...info, message: t('vault.wrong') } : info,
        ),
      );
    }
  };

  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void submit();
  };

  const problemId = `${id}-problem`;
  const field = (name: 'passphrase' | 'verify') => ({
    'aria-invalid': problem?.field === name ? true : undefined,
    'aria-describedby': problem?.field === name ? problemId : undefined,
  });

  return (
    <Sheet
      title={t(creating ? 'vault.setTitle' : 'vault.enterTitle')}
      confirmLabel={t(creating ? 'vault.set' : 'vault.unlock')}
      onConfirm={() => void submit()}
      onCancel={onCancel}
      busy={busy}
    >
      <div className="vault-sheet">
        <p>{t(creating ? 'vault.setIntro' : 'vault.enterIntro')}</p>
        {creating && <p className="form-hint">{t('vault.setWarning')}</p>}
        <FormSection>
          <FormRow label={t('vault.passphrase')} htmlFor={`${id}-passphrase`}>
            <input
              ref={passphraseRef}
              id={`${id}-passphrase`}
              type="password"
              className="wide-field"
              autoComplete={creating ? 'new-password' : 'current-password'}
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              onKeyDown={onEnter}
              {...field('passphrase')}
            />
          </FormRow>
          {creating && (
            <FormRow label={t('vault.verify')} htmlFor={`${id}-verify`}>
              <input
                ref={verifyRef}
                id={`${id}-verify`}
                type="password"
                className="wide-field"
                autoComplete="new-password"
                value={verify}
                onChange={(event) => setVerify(event.target.value)}
                onKeyDown={onEnter}
                {...field('verify')}
              />
            </FormRow>
          )}
        </FormSection>
        {problem && (
          <p id={problemId} className="form-error" role="alert">
            {problem.text}
          </p>
        )}
      </div>
    </Sheet>
  );
};
