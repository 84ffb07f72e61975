import { z } from 'zod';
import { AppleServiceMode, ServiceUrl } from './settings';

/**
 * One mechanism for every long job (sync, Apple event, mail batch, device invitation):
 * main runs it and reports snapshots; the renderer keeps them in its database.
 */
export const TaskKind = z.enum([
  'apple:checkService',
  'vpp:sync',
  /** `users/create` for a batch of users (issue 9). */
  'vpp:registerUsers',
  /** `users/retire` (Remove from Program, Register again). */
  'vpp:retireUsers',
  /** A batch of invitation mails. */
  'mail:sendInvitations',
]);
export type TaskKind = z.infer<typeof TaskKind>;

export const TaskStatus = z.enum([
  /** Waiting for a free place: each kind runs only so many at once (electron/tasks/task-limits). */
  'queued',
  'running',
  /**
   * The admin asked to cancel and the job is letting go (closing its request). Still active:
   * the UI shows "Canceling…" and no Cancel button, since asking twice changes nothing.
   */
  'cancelling',
  'succeeded',
  'failed',
  'cancelled',
  /** The console closed while the task ran; it can be started again. */
  'interrupted',
]);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const ACTIVE_STATUSES: readonly TaskStatus[] = ['queued', 'running', 'cancelling'];
export const isActive = (status: TaskStatus): boolean => ACTIVE_STATUSES.includes(status);

const ParamValue = z.union([z.string(), z.number()]);

/** A plain-language error: `code` picks the sentence, `params` fill it in (both languages). */
export const TaskError = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), ParamValue).optional(),
});
export type TaskError = z.infer<typeof TaskError>;

export const TaskParams = z.record(z.string(), z.union([ParamValue, z.boolean(), z.null()]));
export type TaskParams = z.infer<typeof TaskParams>;

/**
 * Params say what a task works on (an id, a service, a batch's name), never the work itself:
 * every task keeps its params in memory while it runs and in the journal after it ends.
 */
export const TASK_PARAMS_LIMITS = {
  maxBytes: 16 * 1024,
  maxKeys: 32,
  maxKeyLength: 64,
  maxStringLength: 4096,
} as const;

/** UTF-8 length without TextEncoder (shared/ has no DOM or Node): what the journal will store. */
const utf8Length = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one code point of four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
};

/** The params a caller may start a task with; snapshots read back from disk are not re-bounded. */
export const BoundedTaskParams = TaskParams.superRefine((params, context) => {
  const { maxBytes, maxKeys, maxKeyLength, maxStringLength } = TASK_PARAMS_LIMITS;
  const keys = Object.keys(params);
  if (keys.length > maxKeys) {
    context.addIssue({
      code: 'custom',
      message: `Task params may have at most ${maxKeys} keys (these have ${keys.length}).`,
    });
    return;
  }
  for (const key of keys) {
    const value = params[key];
    if (key.length > maxKeyLength) {
      context.addIssue({
        code: 'custom',
        message: `A task param’s name may be at most ${maxKeyLength} characters.`,
      });
      return;
    }
    if (typeof value === 'string' && value.length > maxStringLength) {
      context.addIssue({
        code: 'custom',
        path: [key],
        message: `A task param may be at most ${maxStringLength} characters (this one has ${value.length}).`,
      });
      return;
    }
  }
  const bytes = utf8Length(JSON.stringify(params));
  if (bytes > maxBytes) {
    context.addIssue({
      code: 'custom',
      message: `Task params may be at most ${maxBytes / 1024} KiB as JSON (these are ${bytes} bytes).`,
    });
  }
});

/** One step a task went through: its i18n key and params, and when it began. */
export const TaskStep = z.object({
  key: z.string(),
  params: z.record(z.string(), ParamValue).optional(),
  at: z.number(),
});
export type TaskStep = z.infer<typeof TaskStep>;

/** A job that reports a step per page would otherwise grow its snapshot without bound. */
export const TASK_STEPS_LIMIT = 32;

export const TaskSnapshot = z.object({
  id: z.uuid(),
  kind: TaskKind,
  params: TaskParams,
  status: TaskStatus,
  /** null while the amount of work is unknown: the UI shows an indeterminate bar. */
  progress: z.object({ done: z.number().int().min(0), total: z.number().int().min(0) }).nullable(),
  /** i18n key of the current step, e.g. `tasks.steps.contacting`, with its params. */
  step: z.string().nullable(),
  stepParams: z.record(z.string(), ParamValue).optional(),
  /** The steps so far, oldest first (the latest TASK_STEPS_LIMIT); absent in older snapshots. */
  steps: z.array(TaskStep).optional(),
  error: TaskError.nullable(),
  /** Small JSON-able summary of what the task found, shown in Completed Tasks. */
  result: z.record(z.string(), ParamValue).nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  finishedAt: z.number().nullable(),
});
export type TaskSnapshot = z.infer<typeof TaskSnapshot>;

export const StartTaskRequest = z.object({
  id: z.uuid(),
  kind: TaskKind,
  params: BoundedTaskParams,
});
export type StartTaskRequest = z.infer<typeof StartTaskRequest>;

/**
 * What `apple:checkService` checks: the service the admin has on screen, carried by the task
 * itself so that Run Again checks the same one even after Settings changed. A custom address
 * obeys the same rule as in Settings (https anywhere, plain http only on this computer).
 */
export const CheckServiceParams = z.discriminatedUnion('service', [
  z.object({ service: z.literal('sandbox') }),
  z.object({ service: z.literal('apple') }),
  z.object({ service: z.literal('custom'), url: ServiceUrl }),
]);
export type CheckServiceParams = z.infer<typeof CheckServiceParams>;

/** The result of `apple:checkService`; `url` is left out for the built-in sandbox (random port). */
export const CheckServiceResult = z.object({
  service: AppleServiceMode,
  url: z.string().optional(),
  latencyMs: z.number(),
  errorCodes: z.number(),
  maxRequestPerSecond: z.number(),
});
export type CheckServiceResult = z.infer<typeof CheckServiceResult>;
