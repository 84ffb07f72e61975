import { useTranslation } from 'react-i18next';

/** A full-page message when the console cannot reach main at all. */
export const StartupProblem = ({
  kind,
  detail,
}: {
  kind: 'needLink' | 'failed';
  detail?: string;
}) => {
  const { t } = useTranslation();
  return (
    <main className="startup-problem">
      <h1>{t('app.title')}</h1>
      {kind === 'needLink' ? (
        <>
          <h2>{t('connection.needLinkTitle')}</h2>
          <p>{t('connection.needLinkBody')}</p>
        </>
      ) : (
        <>
          <h2>{t('connection.failedTitle')}</h2>
          <p>{t('connection.failedBody', { message: detail ?? '' })}</p>
          <button type="button" onClick={() => location.reload()}>
            {t('connection.reload')}
          </button>
        </>
      )}
    </main>
  );
};
