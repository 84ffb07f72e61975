import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MailSecurity, type MailMode } from '../../../shared/domain/mail';
import { FormNote, FormRow, FormSection } from '../../components/form';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { PaneButtons } from '../settings/pane-buttons';
import { useSettings } from '../settings/settings-context';
import { useSettingsPane } from '../settings/use-settings-pane';
import {
  mailDraftOf,
  sameMailDraft,
  securityForPort,
  validateMailDraft,
  type MailDraft,
  type MailField,
  type MailIssue,
} from './mail-draft';
import { MailPasswordRow } from './mail-password-row';
import { MailTestConnection } from './mail-test-connection';
import { useMailPassword } from './use-mail-password';
import './mail.css';

const MODES: MailMode[] = ['catcher', 'smtp'];

/**
 * Settings → Mail: whether invitations go to the built-in Outbox (nothing leaves this computer;
 * the default) or to the school's SMTP server, with Profile Manager's ISP relay, the login (its
 * password goes to the vault on Save and never comes back) and the sender.
 */
export const MailPane = () => {
  const { t, i18n } = useTranslation();
  const { settings } = useSettings();
  const pane = useSettingsPane(mailDraftOf(settings.mail), sameMailDraft);
  const vault = useMailPassword();
  const [password, setPassword] = useState('');
  const [showProblems, setShowProblems] = useState(false);
  const [passwordError, setPasswordError] = useState<string>();
  const id = useId();
  const { draft } = pane;

  const validate = () =>
    validateMailDraft(draft, {
      hasPassword: vault.hasPassword,
      typedPassword: password,
      savedSmtp: settings.mail.smtp,
    });
  const validation = validate();
  const issues: MailIssue[] = showProblems && 'issues' in validation ? validation.issues : [];
  const problemOf = (field: MailField) => issues.find((issue) => issue.field === field);

  const edit = (change: Partial<MailDraft>) => {
    setPasswordError(undefined);
    pane.edit({ ...draft, ...change });
  };

  const settingsOnScreen = () => {
    const result = validate();
    setShowProblems('issues' in result);
    return 'mail' in result ? result.mail : undefined;
  };

  const save = async () => {
    pane.clearMessage();
    setPasswordError(undefined);
    const mail = settingsOnScreen();
    if (!mail) return;
    try {
      // The password first: settings that name a user are then never saved without it.
      if (mail.mode === 'smtp' && mail.smtp.user && password) await vault.save(password);
      else if (!draft.useAuthentication && vault.hasPassword) await vault.clear();
    } catch (failure) {
      setPasswordError(errorText(i18n, errorInfoOf(failure)));
      return;
    }
    setPassword('');
    await pane.save({ mail });
  };

  const field = (name: MailField) => ({
    id: `${id}-${name}`,
    'aria-invalid': problemOf(name) ? true : undefined,
    'aria-describedby': problemOf(name) ? `${id}-${name}-problem` : undefined,
  });
  const problemText = (name: MailField) => {
    const issue = problemOf(name);
    return issue ? (
      <p id={`${id}-${name}-problem`} className="form-error">
        {t(`mail.problems.${issue.problem}`)}
      </p>
    ) : null;
  };
  const modeLabelId = `${id}-mode`;
  const otherProblems = issues.filter((issue) => !issue.field);

  return (
    <>
      <FormSection title={t('mail.heading')} description={t('mail.intro')}>
        <FormRow label={t('mail.sendThrough')} labelId={modeLabelId}>
          <div className="radio-group" role="radiogroup" aria-labelledby={modeLabelId}>
            {MODES.map((mode) => (
              <label key={mode} className="radio">
                <input
                  type="radio"
                  name={modeLabelId}
                  value={mode}
                  checked={draft.mode === mode}
                  onChange={() => edit({ mode })}
                />
                {t(`mail.modes.${mode}`)}
              </label>
            ))}
          </div>
        </FormRow>
        {draft.mode === 'catcher' && (
          <FormNote>
            <p className="form-hint">{t('mail.catcherNote')}</p>
          </FormNote>
        )}
        {draft.mode === 'smtp' && (
          <>
            <FormRow label={t('mail.server')} htmlFor={`${id}-host`}>
              <input
                {...field('host')}
                type="text"
                className="wide-field"
                spellCheck={false}
                autoCapitalize="off"
                autoComplete="off"
                placeholder={t('mail.serverPlaceholder')}
                value={draft.host}
                onChange={(event) => edit({ host: event.target.value })}
              />
              {problemText('host')}
            </FormRow>
            <FormRow label={t('mail.port')} htmlFor={`${id}-port`}>
              <input
                {...field('port')}
                type="text"
                inputMode="numeric"
                className="port-field"
                value={draft.port}
                onChange={(event) =>
                  edit({
                    port: event.target.value,
                    security: securityForPort(event.target.value, draft.security),
                  })
                }
              />
              {problemText('port')}
            </FormRow>
            <FormRow label={t('mail.security')} htmlFor={`${id}-security`}>
              <select
                id={`${id}-security`}
                value={draft.security}
                onChange={(event) => {
                  const parsed = MailSecurity.safeParse(event.target.value);
                  if (parsed.success) edit({ security: parsed.data });
                }}
              >
                {MailSecurity.options.map((security) => (
                  <option key={security} value={security}>
                    {t(`mail.securities.${security}`)}
                  </option>
                ))}
              </select>
              <p className="form-hint">{t(`mail.securityNote.${draft.security}`)}</p>
            </FormRow>
            <FormNote>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.useAuthentication}
                  onChange={(event) => edit({ useAuthentication: event.target.checked })}
                />
                {t('mail.useAuthentication')}
              </label>
            </FormNote>
            {draft.useAuthentication && (
              <>
                <FormRow label={t('mail.userName')} htmlFor={`${id}-user`}>
                  <input
                    {...field('user')}
                    type="text"
                    className="wide-field"
                    spellCheck={false}
                    autoCapitalize="off"
                    autoComplete="username"
                    value={draft.user}
                    onChange={(event) => edit({ user: event.target.value })}
                  />
                  {problemText('user')}
                </FormRow>
                <MailPasswordRow
                  inputProps={field('password')}
                  value={password}
                  onChange={(next) => {
                    setPasswordError(undefined);
                    pane.clearMessage();
                    setPassword(next);
                  }}
                  hasPassword={vault.hasPassword}
                  onRemove={vault.clear}
                  problem={problemText('password')}
                />
              </>
            )}
            <FormNote>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.relayThroughIsp}
                  onChange={(event) => edit({ relayThroughIsp: event.target.checked })}
                />
                {t('mail.relay')}
              </label>
            </FormNote>
            {draft.relayThroughIsp && (
              <FormRow label={t('mail.relayHost')} htmlFor={`${id}-relayHost`}>
                <input
                  {...field('relayHost')}
                  type="text"
                  className="wide-field"
                  spellCheck={false}
                  autoCapitalize="off"
                  autoComplete="off"
                  placeholder={t('mail.relayHostPlaceholder')}
                  value={draft.relayHost}
                  onChange={(event) => edit({ relayHost: event.target.value })}
                />
                {problemText('relayHost')}
                <p className="form-hint">{t('mail.relayNote')}</p>
              </FormRow>
            )}
          </>
        )}
      </FormSection>
      <FormSection title={t('mail.senderHeading')} description={t('mail.senderNote')}>
        <FormRow label={t('mail.senderAddress')} htmlFor={`${id}-senderAddress`}>
          <input
            {...field('senderAddress')}
            type="email"
            className="wide-field"
            spellCheck={false}
            autoComplete="off"
            value={draft.senderAddress}
            onChange={(event) => edit({ senderAddress: event.target.value })}
          />
          {problemText('senderAddress')}
        </FormRow>
        <FormRow label={t('mail.senderName')} htmlFor={`${id}-senderName`}>
          <input
            {...field('senderName')}
            type="text"
            className="wide-field"
            autoComplete="off"
            value={draft.senderName}
            onChange={(event) => edit({ senderName: event.target.value })}
          />
          {problemText('senderName')}
        </FormRow>
        {otherProblems.length > 0 && (
          <FormNote>
            <p className="form-error" role="alert">
              {t('mail.problems.other')}
            </p>
          </FormNote>
        )}
        <FormNote>
          <MailTestConnection settingsOnScreen={settingsOnScreen} typedPassword={password} />
        </FormNote>
      </FormSection>
      {issues.length > 0 && (
        <p className="visually-hidden" role="alert">
          {issues.map((issue) => t(`mail.problems.${issue.problem}`)).join(' ')}
        </p>
      )}
      <PaneButtons
        changed={pane.changed || password !== ''}
        saving={pane.saving}
        onRevert={() => {
          pane.revert();
          setPassword('');
          setShowProblems(false);
          setPasswordError(undefined);
        }}
        onSave={() => void save()}
        message={passwordError ? { saved: false, error: passwordError } : pane.message}
      />
    </>
  );
};
