import { z } from 'zod';

/** The embedded mail catcher's Outbox: what the console "sent" while no real server is set. */
export const OutboxSummary = z.object({
  id: z.string(),
  receivedAt: z.string(),
  subject: z.string(),
  from: z.string(),
  to: z.string(),
  date: z.string(),
  messageId: z.string(),
});
export type OutboxSummary = z.infer<typeof OutboxSummary>;

export const OutboxMessage = OutboxSummary.extend({
  headers: z.array(z.object({ key: z.string(), line: z.string() })),
  text: z.string(),
  html: z.string().nullable(),
  envelope: z.object({ from: z.string(), to: z.array(z.string()) }),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export const OutboxPage = z.object({
  total: z.number().int().min(0),
  items: z.array(OutboxSummary),
});
export type OutboxPage = z.infer<typeof OutboxPage>;

/** Test Connection's answer: `ok`, or a mail.* code with its plain-language sentence. */
export const MailDiagnosisResult = z.object({
  ok: z.boolean(),
  code: z.string().optional(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type MailDiagnosisResult = z.infer<typeof MailDiagnosisResult>;

export const MailStatus = z.object({ hasPassword: z.boolean() });
export type MailStatus = z.infer<typeof MailStatus>;
