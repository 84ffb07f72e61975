import { z } from 'zod';

/**
 * One mechanism for every long job (sync, Apple event, mail batch, device invitation):
 * main runs it and reports snapshots; the renderer keeps them in its database.
 */
export const TaskKind = z.enum(['apple:checkService']);
export type TaskKind = z.infer<typeof TaskKind>;

export const TaskStatus = z.enum([
  'queued',
  'running',
  'succeeded',
  'failed',
  'cancelled',
  /** The console closed while the task ran; it can be started again. */
  'interrupted',
]);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const ACTIVE_STATUSES: readonly TaskStatus[] = ['queued', 'running'];
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
  error: TaskError.nullable(),
  /** Small JSON-able summary of what the task found, shown in Completed Tasks. */
  result: z.record(z.string(), ParamValue).nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  finishedAt: z.number().nullable(),
});
export type TaskSnapshot = z.infer<typeof TaskSnapshot>;

export const StartTaskRequest = z.object({ id: z.uuid(), kind: TaskKind, params: TaskParams });
export type StartTaskRequest = z.infer<typeof StartTaskRequest>;
