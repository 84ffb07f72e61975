import type { i18n as I18n } from 'i18next';
import type { TaskKind, TaskParams } from '../../../shared/domain/tasks';
import type { TaskRow } from '../../db/types';
import { errorText } from '../../i18n/error-text';
import {
  checkedServiceOf,
  checkParamsOf,
  checkSubject,
  checkTarget,
  checkTitle,
  hostOf,
} from './check-service-text';
import { syncFacts, syncRerunParams, syncSuccess, syncTarget, syncTitle } from './sync-text';
import { registerUsersTexts, retireUsersTexts } from './registration-text';
import { sendInvitationsTexts } from './invitation-text';

/** A line of a task's detail: what it found, in words. */
export interface TaskFact {
  label: string;
  value: string;
}

export interface KindTexts {
  /** What the task did, in words: "Check the built-in sandbox". */
  title(i18n: I18n, task: TaskRow): string;
  /** What it acted on, in words an admin recognizes. */
  target(i18n: I18n, task: TaskRow): string;
  /** One sentence for a task that succeeded. */
  success(i18n: I18n, task: TaskRow): string;
  /** The figures behind that sentence, for the task's detail. */
  facts(i18n: I18n, result: NonNullable<TaskRow['result']>): TaskFact[];
  /** The params that run exactly this task again; undefined when they can't be known. */
  rerunParams(task: TaskRow): TaskParams | undefined;
}

const numberFact = (label: string, value: unknown): TaskFact[] =>
  typeof value === 'number' ? [{ label, value: String(value) }] : [];

/** Per kind; a new kind fails the type check until it is added here. */
const kindTexts: Record<TaskKind, KindTexts> = {
  'apple:checkService': {
    title: (i18n, task) => checkTitle(i18n, checkedServiceOf(task)),
    target: (i18n, task) => checkTarget(i18n, checkedServiceOf(task)),
    success: (i18n, task) =>
      i18n.t('tasks.results.answered', { service: checkSubject(i18n, checkedServiceOf(task)) }),
    facts: (i18n, result) => [
      ...(typeof result.latencyMs === 'number'
        ? [
            {
              label: i18n.t('tasks.facts.latency'),
              value: i18n.t('tasks.facts.milliseconds', { count: result.latencyMs }),
            },
          ]
        : []),
      ...numberFact(i18n.t('tasks.facts.errorCodes'), result.errorCodes),
      ...numberFact(i18n.t('tasks.facts.requestsPerSecond'), result.maxRequestPerSecond),
    ],
    rerunParams: (task) => {
      const checked = checkedServiceOf(task);
      return checked && checkParamsOf(checked);
    },
  },
  'vpp:sync': {
    title: syncTitle,
    target: syncTarget,
    success: syncSuccess,
    facts: syncFacts,
    rerunParams: syncRerunParams,
  },
  'vpp:registerUsers': registerUsersTexts,
  'vpp:retireUsers': retireUsersTexts,
  'mail:sendInvitations': sendInvitationsTexts,
};

export const taskTitle = (i18n: I18n, task: TaskRow): string =>
  kindTexts[task.kind].title(i18n, task);

export const taskTarget = (i18n: I18n, task: TaskRow): string => {
  if (task.target && task.kind !== 'apple:checkService') return task.target;
  return kindTexts[task.kind].target(i18n, task);
};

/** The current step in words; main sends i18n keys (`tasks.steps.*`) with their params. */
export const taskStep = (i18n: I18n, task: Pick<TaskRow, 'step' | 'stepParams'>): string =>
  stepText(i18n, task.step, task.stepParams);

export const stepText = (
  i18n: I18n,
  key: string | null | undefined,
  params: Record<string, string | number> | undefined,
): string => {
  if (!key || !i18n.exists(key)) return i18n.t('tasks.steps.working');
  if (key === 'tasks.steps.contacting') {
    // Say which service, in words; the built-in sandbox's address is nobody's business.
    const service =
      params?.service === 'sandbox'
        ? i18n.t('tasks.subjects.sandboxObject')
        : params?.service === 'apple'
          ? i18n.t('tasks.subjects.appleObject')
          : typeof params?.url === 'string'
            ? hostOf(params.url)
            : i18n.t('tasks.subjects.serviceObject');
    return i18n.t('tasks.steps.contacting', { service });
  }
  return i18n.t(key as never, params);
};

/** One sentence: the plain-language error, or what a successful task found. */
export const taskOutcome = (i18n: I18n, task: TaskRow): string | undefined => {
  if (task.status === 'cancelled') return i18n.t('tasks.outcomes.cancelled');
  if (task.status === 'interrupted') return i18n.t('tasks.outcomes.interrupted');
  if (task.error) return errorText(i18n, task.error);
  if (task.status === 'succeeded') return kindTexts[task.kind].success(i18n, task);
  return undefined;
};

export const taskFacts = (i18n: I18n, task: TaskRow): TaskFact[] =>
  task.result ? kindTexts[task.kind].facts(i18n, task.result) : [];

export const rerunParamsOf = (task: TaskRow): TaskParams | undefined =>
  kindTexts[task.kind].rerunParams(task);

/** Apple's error number, when the error came from Apple (`apple.9621`). */
export const appleErrorNumber = (task: TaskRow): number | undefined => {
  const match = /^apple\.(\d+)$/.exec(task.error?.code ?? '');
  return match ? Number(match[1]) : undefined;
};
