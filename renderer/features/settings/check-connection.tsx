import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLE_SERVICE_URL } from '../../../shared/domain/settings';
import { isActive } from '../../../shared/domain/tasks';
import { newestTaskOfKind } from '../../db/repositories/tasks-repository';
import { useFormatters } from '../../i18n/format';
import { useServices } from '../../services/console-services';
import { startTask } from '../tasks/start-task';
import { taskOutcome } from '../tasks/task-text';
import { useSettings } from './settings-context';

/**
 * "Check Connection" runs the `apple:checkService` task: the same path every long job takes,
 * so its progress shows in Active Tasks; the newest result is repeated here.
 */
export const CheckConnection = () => {
  const { t, i18n } = useTranslation();
  const { db, api } = useServices();
  const { settings } = useSettings();
  const format = useFormatters();
  const [starting, setStarting] = useState(false);
  const newest = useLiveQuery(() => newestTaskOfKind(db, 'apple:checkService'), [db]);

  const check = async () => {
    setStarting(true);
    const { mode, customUrl } = settings.appleService;
    try {
      await startTask(
        db,
        api,
        'apple:checkService',
        {},
        {
          target: mode === 'apple' ? APPLE_SERVICE_URL : mode === 'custom' ? customUrl : undefined,
          targetKey: mode === 'sandbox' ? 'tasks.targets.sandbox' : undefined,
        },
      );
    } finally {
      setStarting(false);
    }
  };

  const running = newest !== undefined && isActive(newest.status);
  const outcome = newest && !running ? taskOutcome(i18n, newest) : undefined;
  const statusText = !newest
    ? undefined
    : running
      ? t('settings.check.running')
      : newest.status === 'succeeded'
        ? t('settings.check.succeeded', { summary: outcome ?? '' })
        : t('settings.check.failed', { error: outcome ?? t(`tasks.status.${newest.status}`) });

  return (
    <section className="settings-section">
      <h3>{t('settings.check.heading')}</h3>
      <div className="button-row start">
        <button type="button" onClick={() => void check()} disabled={starting || running}>
          {t('settings.check.button')}
        </button>
      </div>
      <div className="check-status" role="status">
        {statusText && (
          <p className={newest?.status === 'failed' ? 'form-error' : 'form-note'}>{statusText}</p>
        )}
        {newest?.finishedAt && (
          <p className="form-hint">
            {t('settings.check.lastChecked', { time: format.dateTime(newest.finishedAt) })}
          </p>
        )}
      </div>
    </section>
  );
};
