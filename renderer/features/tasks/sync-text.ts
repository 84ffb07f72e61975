import type { i18n as I18n } from 'i18next';
import { SyncTaskParams } from '../../../shared/domain/sync';
import type { TaskRow } from '../../db/types';
import type { TaskFact } from './task-text';

/** A sync task's params, or undefined when they aren't a sync's (an older console's task). */
const syncParamsOf = (task: TaskRow) => {
  const parsed = SyncTaskParams.safeParse(task.params);
  return parsed.success ? parsed.data : undefined;
};

export const syncTitle = (i18n: I18n, task: TaskRow): string => {
  const params = syncParamsOf(task);
  if (!params) return i18n.t('tasks.sync.titleUnknown');
  return params.mode === 'full'
    ? i18n.t('tasks.sync.titleFull', { token: params.tokenName })
    : i18n.t('tasks.sync.titleDelta', { token: params.tokenName });
};

export const syncTarget = (i18n: I18n, task: TaskRow): string =>
  syncParamsOf(task)?.tokenName ?? i18n.t('tasks.sync.unknownToken');

export const syncSuccess = (i18n: I18n, task: TaskRow): string => {
  const result = task.result ?? {};
  const records = typeof result.records === 'number' ? result.records : 0;
  const drifted = typeof result.driftedAssets === 'number' ? result.driftedAssets : 0;
  const done =
    result.mode === 'delta'
      ? i18n.t('tasks.sync.doneDelta', { count: records })
      : i18n.t('tasks.sync.doneFull', { count: records });
  return drifted > 0 ? `${done} ${i18n.t('tasks.sync.drifted', { count: drifted })}` : done;
};

export const syncFacts = (i18n: I18n, result: NonNullable<TaskRow['result']>): TaskFact[] => {
  const fact = (key: string, value: unknown): TaskFact[] =>
    typeof value === 'number'
      ? [
          {
            label: i18n.t(`tasks.sync.facts.${key}` as never),
            value: value.toLocaleString(i18n.language),
          },
        ]
      : [];
  return [
    ...fact('assets', result.assets),
    ...fact('users', result.users),
    ...fact('assignments', result.assignments),
    ...fact('pages', result.pages),
    ...fact('driftedAssets', result.driftedAssets),
  ];
};

/** Run Again syncs the same token the same way. */
export const syncRerunParams = (task: TaskRow) => syncParamsOf(task);
