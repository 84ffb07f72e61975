import { CircleCheck, CircleX, LoaderCircle } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { smtpHostOf, type MailSettings } from '../../../shared/domain/mail';
import { StatusBadge } from '../../components/status-badge';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { useServices } from '../../services/console-services';

type Outcome =
  { state: 'testing' } | { state: 'ok'; sentence: string } | { state: 'failed'; sentence: string };

/**
 * "Test Connection" tests the settings on screen, saved or not (with the password typed, else
 * the one in the vault), and says in one sentence how it went.
 */
export const MailTestConnection = ({
  settingsOnScreen,
  typedPassword,
}: {
  /** The draft as settings, or undefined when it has problems (they are shown instead). */
  settingsOnScreen(): MailSettings | undefined;
  typedPassword: string;
}) => {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const [outcome, setOutcome] = useState<Outcome>();

  const test = async () => {
    const mail = settingsOnScreen();
    if (!mail) {
      setOutcome(undefined);
      return;
    }
    setOutcome({ state: 'testing' });
    try {
      const result = await api.invoke('mail:testConnection', {
        mail,
        ...(typedPassword && mail.mode === 'smtp' && mail.smtp.user
          ? { password: typedPassword }
          : {}),
      });
      if (result.ok) {
        setOutcome({
          state: 'ok',
          sentence:
            mail.mode === 'catcher'
              ? t('mail.test.okCatcher')
              : t('mail.test.okSmtp', {
                  server: smtpHostOf(mail.smtp),
                  sender: mail.sender.address,
                }),
        });
      } else {
        const sentence = errorText(i18n, {
          code: result.code ?? 'mail.unknown',
          message: result.message,
          params: result.params,
        });
        setOutcome({ state: 'failed', sentence });
      }
    } catch (failure) {
      setOutcome({ state: 'failed', sentence: errorText(i18n, errorInfoOf(failure)) });
    }
  };

  return (
    <div className="check-connection">
      <div className="button-row">
        <button type="button" onClick={() => void test()} disabled={outcome?.state === 'testing'}>
          {t('mail.test.button')}
        </button>
      </div>
      <div className="check-status" role="status">
        {outcome?.state === 'testing' && (
          <>
            <StatusBadge
              tone="progress"
              icon={LoaderCircle}
              spinning
              text={t('mail.test.testing')}
            />
            <span className="check-outcome">{t('mail.test.running')}</span>
          </>
        )}
        {outcome?.state === 'ok' && (
          <>
            <StatusBadge tone="success" icon={CircleCheck} text={t('mail.test.succeeded')} />
            <span className="check-outcome">{outcome.sentence}</span>
          </>
        )}
        {outcome?.state === 'failed' && (
          <>
            <StatusBadge tone="failure" icon={CircleX} text={t('mail.test.failed')} />
            <span className="check-outcome">{outcome.sentence}</span>
          </>
        )}
      </div>
    </div>
  );
};
