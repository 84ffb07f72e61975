import type { i18n as I18n } from 'i18next';
import { SendInvitationsParams } from '../../../shared/domain/invitations';
import type { TaskRow } from '../../db/types';
import type { KindTexts, TaskFact } from './task-text';

/**
 * The words of a mail batch (`mail:sendInvitations`): "Send email invitations" to the group or
 * user it was for. Main reports its progress as `tasks.steps.sendingInvitations` with the
 * counts sent / failed / left, and its result with the counts sent / failed / canceled.
 */
const paramsOf = (task: TaskRow) => {
  const parsed = SendInvitationsParams.safeParse(task.params);
  return parsed.success ? parsed.data : undefined;
};

const countOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

const success = (i18n: I18n, task: TaskRow): string => {
  const result = task.result ?? {};
  const sent = countOf(result.sent) ?? paramsOf(task)?.count ?? 0;
  const failed = countOf(result.failed) ?? 0;
  const done = i18n.t('invitations.task.done', { count: sent });
  return failed > 0 ? `${done} ${i18n.t('invitations.task.someFailed', { count: failed })}` : done;
};

const facts = (i18n: I18n, result: NonNullable<TaskRow['result']>): TaskFact[] =>
  (['count', 'sent', 'failed', 'canceled', 'left'] as const).flatMap((key) => {
    const value = countOf(result[key]);
    return value === undefined
      ? []
      : [
          {
            label: i18n.t(`invitations.task.facts.${key}`),
            value: value.toLocaleString(i18n.language),
          },
        ];
  });

export const sendInvitationsTexts: KindTexts = {
  title: (i18n) => i18n.t('invitations.task.title'),
  target: (i18n, task) => paramsOf(task)?.targetName || i18n.t('invitations.task.unknownTarget'),
  success,
  facts,
  // A batch is main's (its invitations are in its journal): Run Again resumes the same batch.
  rerunParams: (task) => paramsOf(task),
};
