import type { i18n as I18n } from 'i18next';
import { appleErrorSentence } from '../../../shared/apple-errors';
import { RegistrationParams } from '../../../shared/domain/vpp-registration';
import type { TaskRow } from '../../db/types';
import type { KindTexts, TaskFact } from './task-text';

type Operation = 'register' | 'retire';

/** The task's params, or undefined when they aren't a registration's (an older console's). */
const paramsOf = (task: TaskRow) => {
  const parsed = RegistrationParams.safeParse(task.params);
  return parsed.success ? parsed.data : undefined;
};

const numberOf = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : undefined;

const languageOf = (i18n: I18n): 'en' | 'nl' =>
  (i18n.resolvedLanguage ?? i18n.language).startsWith('nl') ? 'nl' : 'en';

/** "9717:2 9641:1" (main's compact list of reasons) as pairs. */
const reasonsOf = (value: unknown): { number: number; count: number }[] =>
  typeof value === 'string'
    ? value
        .split(' ')
        .map((pair) => pair.split(':').map(Number))
        .filter(([number, count]) => Number.isInteger(number) && Number.isInteger(count))
        .map(([number, count]) => ({ number: number!, count: count! }))
    : [];

const success = (operation: Operation) => (i18n: I18n, task: TaskRow) => {
  const result = task.result ?? {};
  const requested = numberOf(result.requested) ?? paramsOf(task)?.count ?? 0;
  const succeeded = numberOf(result.succeeded) ?? requested;
  const failed = numberOf(result.failed) ?? 0;
  if (operation === 'retire') {
    return failed > 0
      ? i18n.t('vpp.tasks.retiredSome', { succeeded, requested, failed })
      : i18n.t('vpp.tasks.retiredAll', { count: succeeded });
  }
  const done =
    failed > 0
      ? i18n.t('vpp.tasks.registeredSome', { succeeded, requested, failed })
      : i18n.t('vpp.tasks.registeredAll', { count: succeeded });
  const linked = numberOf(result.linked) ?? 0;
  return linked > 0 ? `${done} ${i18n.t('vpp.tasks.alreadyRegistered', { count: linked })}` : done;
};

const facts =
  (operation: Operation) =>
  (i18n: I18n, result: NonNullable<TaskRow['result']>): TaskFact[] => {
    const count = (label: string, value: unknown): TaskFact[] =>
      typeof value === 'number'
        ? [{ label: i18n.t(label as never), value: value.toLocaleString(i18n.language) }]
        : [];
    const language = languageOf(i18n);
    return [
      ...count('vpp.tasks.facts.requested', result.requested),
      ...count(
        operation === 'register' ? 'vpp.tasks.facts.registered' : 'vpp.tasks.facts.retired',
        result.succeeded,
      ),
      ...(operation === 'register'
        ? count('vpp.tasks.facts.linked', result.linked)
        : count('vpp.tasks.facts.alreadyRetired', result.alreadyRetired)),
      ...count('vpp.tasks.facts.failed', result.failed),
      // Why, in the words of the one table of Apple's errors, with Apple's number beside them.
      ...reasonsOf(result.reasons).map(({ number, count: users }) => ({
        label: i18n.t('vpp.tasks.facts.reason', { count: users, number }),
        value: appleErrorSentence(number, language),
      })),
      ...(typeof result.refusedUsers === 'string' && result.refusedUsers
        ? [{ label: i18n.t('vpp.tasks.facts.refusedUsers'), value: result.refusedUsers }]
        : []),
      ...count('vpp.tasks.facts.requests', result.requests),
    ];
  };

const textsFor = (operation: Operation): KindTexts => ({
  title: (i18n, task) =>
    i18n.t(operation === 'register' ? 'vpp.tasks.registerTitle' : 'vpp.tasks.retireTitle', {
      count: paramsOf(task)?.count ?? 0,
    }),
  target: (i18n, task) => paramsOf(task)?.targetName || i18n.t('vpp.tasks.unknownTarget'),
  success: success(operation),
  facts: facts(operation),
  // The same batch again: main keeps its users, so the same clientUserIds go to Apple.
  rerunParams: (task) => paramsOf(task),
});

export const registerUsersTexts: KindTexts = textsFor('register');
export const retireUsersTexts: KindTexts = textsFor('retire');
