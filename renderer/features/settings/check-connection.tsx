import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isActive } from '../../../shared/domain/tasks';
import { newestTaskOfKind } from '../../db/repositories/tasks-repository';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { useFormatters } from '../../i18n/format';
import { useServices } from '../../services/console-services';
import { cancelTask } from '../tasks/cancel-task';
import { checkParamsOf } from '../tasks/check-service-text';
import { startTask } from '../tasks/start-task';
import { TaskStatusBadge } from '../tasks/task-status';
import { taskOutcome } from '../tasks/task-text';
import type { AppleServiceDraft } from './apple-service-draft';
import { validateDraft } from './apple-service-draft';

/**
 * "Check Connection" checks the service shown on screen, saved or not: the task carries that
 * service in its params, so its row names it and Run Again checks it again. Progress shows in
 * Active Tasks too; the newest check is repeated here.
 */
export const CheckConnection = ({
  draft,
  onProblem,
}: {
  draft: AppleServiceDraft;
  /** The draft can't be checked as it stands (a custom URL missing or malformed). */
  onProblem(): void;
}) => {
  const { t, i18n } = useTranslation();
  const { db, api } = useServices();
  const format = useFormatters();
  const [error, setError] = useState<string>();
  const newest = useLiveQuery(() => newestTaskOfKind(db, 'apple:checkService'), [db]);
  const running = newest !== undefined && isActive(newest.status);

  const check = async () => {
    setError(undefined);
    const validation = validateDraft(draft);
    if ('problem' in validation) return onProblem();
    const url = draft.customUrl.trim();
    await startTask(
      db,
      api,
      'apple:checkService',
      checkParamsOf(draft.mode === 'custom' ? { service: 'custom', url } : { service: draft.mode }),
    );
  };

  const cancel = () => {
    if (newest)
      cancelTask(db, api, newest.id).catch((failure: unknown) =>
        setError(errorText(i18n, errorInfoOf(failure))),
      );
  };

  return (
    <div className="check-connection">
      <div className="button-row">
        <button type="button" onClick={() => void check()} disabled={running}>
          {t('settings.check.button')}
        </button>
        {running && (
          <button type="button" onClick={cancel} disabled={newest.status === 'cancelling'}>
            {t('settings.check.cancel')}
          </button>
        )}
      </div>
      <div className="check-status" role="status">
        {newest && (
          <>
            <TaskStatusBadge status={newest.status} />
            <span className="check-outcome">
              {running ? t('settings.check.running') : taskOutcome(i18n, newest)}
            </span>
            {newest.finishedAt && (
              <span className="form-hint">
                {t('settings.check.lastChecked', { time: format.dateTime(newest.finishedAt) })}
              </span>
            )}
          </>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
};
