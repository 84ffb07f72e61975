import { z } from 'zod';
import { MailAddress, MailLanguage } from './mail';
import { TaskError, TaskSnapshot } from './tasks';

/**
 * VPP registration invitations (issue 9). Main keeps every invitation in its own journal
 * (`invitations.jsonl` in the data folder): it is recorded as queued before its mail is sent
 * and updated after, so a console killed mid-batch resumes the batch on its next start and
 * neither loses nor duplicates an invitation (the Message-ID derives from the invitation id).
 * The renderer mirrors the snapshots (the Invitations section, the VPP section's statuses).
 */

/** How the invitation reached the user: a mail now; a push to an enrolled device later. */
export const InvitationMethod = z.enum(['email', 'device']);
export type InvitationMethod = z.infer<typeof InvitationMethod>;

/**
 * `queued`: recorded, not yet handed to the mail server; `sending`: handed over, no answer
 * recorded yet (after a crash it is sent again with the same Message-ID); `sent`: the server
 * accepted it; `failed`: refused for good (5xx) or out of retries (4xx), with why.
 * Whether the user then enrolled is Apple's word, from the sync (the VPP user's status).
 */
export const InvitationState = z.enum(['queued', 'sending', 'sent', 'failed', 'canceled']);
export type InvitationState = z.infer<typeof InvitationState>;

/** Apple's inviteCode: 32 hex characters in Apple's examples; kept open but header-safe. */
export const InviteCode = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/);

/** Ids the renderer made (users) or Apple keeps (clientUserId): no control characters. */
const Id = z
  .string()
  .min(1)
  .max(256)
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  .regex(/^[^\u0000-\u001f\u007f]+$/);

export const InvitationRecipient = z.object({
  /** The console's user (the renderer's `users` row). */
  userId: Id,
  clientUserId: Id,
  fullName: z.string().max(300),
  email: MailAddress,
  language: MailLanguage,
  inviteCode: InviteCode,
});
export type InvitationRecipient = z.infer<typeof InvitationRecipient>;

export const MAX_INVITATIONS_PER_REQUEST = 50_000;

export const SendInvitationsRequest = z.object({
  tokenId: z.string().min(1).max(200),
  recipients: z.array(InvitationRecipient).min(1).max(MAX_INVITATIONS_PER_REQUEST),
  /** What the batch is for, shown as the task's target: a group's name or a user's. */
  targetName: z.string().max(300),
});
export type SendInvitationsRequest = z.infer<typeof SendInvitationsRequest>;

/** What happened last to an invitation, for the Invitations section's "Last Action". */
export const InvitationAction = z.enum(['queued', 'sent', 'failed', 'resent', 'canceled']);
export type InvitationAction = z.infer<typeof InvitationAction>;

export const InvitationSnapshot = z.object({
  id: z.uuid(),
  /** Every invitation of one Send (or Resend) shares a batch, run as one task. */
  batchId: z.uuid(),
  taskId: z.uuid().nullable(),
  tokenId: z.string(),
  userId: z.string(),
  clientUserId: z.string(),
  fullName: z.string(),
  email: z.string(),
  language: MailLanguage,
  method: InvitationMethod,
  state: InvitationState,
  createdAt: z.number(),
  sentAt: z.number().nullable(),
  attempts: z.number().int().min(0),
  lastAction: z.object({ kind: InvitationAction, at: z.number() }),
  /** Why it failed, in plain words (mail.* codes, as Test Connection uses). */
  error: TaskError.nullable(),
  messageId: z.string(),
});
export type InvitationSnapshot = z.infer<typeof InvitationSnapshot>;

export const InvitationPage = z.object({
  total: z.number().int().min(0),
  items: z.array(InvitationSnapshot),
});
export type InvitationPage = z.infer<typeof InvitationPage>;

export const PageRequest = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5_000).default(1_000),
});

/** Resend: new invitations (new ids) for these users' latest ones, in one batch and task. */
export const ResendInvitationsRequest = z.object({
  invitationIds: z.array(z.uuid()).min(1).max(MAX_INVITATIONS_PER_REQUEST),
  targetName: z.string().max(300),
});

export const InvitationBatchResponse = z.object({
  task: TaskSnapshot,
  invitations: z.number().int().min(0),
});

/** The params of a `mail:sendInvitations` task: the batch, never its recipients. */
export const SendInvitationsParams = z.object({
  batchId: z.uuid(),
  tokenId: z.string(),
  tokenName: z.string(),
  targetName: z.string(),
  count: z.number().int().min(0),
});
export type SendInvitationsParams = z.infer<typeof SendInvitationsParams>;
