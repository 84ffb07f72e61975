import { z } from 'zod';
import { TaskSnapshot } from './tasks';

/**
 * Registering the console's users with Apple (`users/create`, `users/retire`), per token.
 * The renderer picks each user's `clientUserId` — a random GUID per user and token, never the
 * email, as Apple asks — and stores it before it asks main, so a crash between the request and
 * Apple's answer repeats the same ids (Apple answers 9716 for one already registered, which
 * counts as registered). Main writes the batch to its data folder and runs it as a task; the
 * next sync brings each user's status and inviteCode.
 */

const ClientUserId = z
  .string()
  .min(1)
  .max(256)
  // eslint-disable-next-line no-control-regex -- the point: no control characters in an id
  .regex(/^[^\u0000-\u001f\u007f]+$/);

export const RegistrationUser = z.object({
  clientUserId: ClientUserId,
  email: z.string().max(320).optional(),
  /** Sent only when the token registers Managed Apple IDs without an invitation. */
  managedAppleId: z.string().max(320).optional(),
});
export type RegistrationUser = z.infer<typeof RegistrationUser>;

export const MAX_REGISTRATION_USERS = 50_000;

export const RegisterUsersRequest = z.object({
  tokenId: z.string().min(1).max(200),
  users: z.array(RegistrationUser).min(1).max(MAX_REGISTRATION_USERS),
  /** A group's or a user's name, shown as the task's target. */
  targetName: z.string().max(300),
});
export type RegisterUsersRequest = z.infer<typeof RegisterUsersRequest>;

export const RetireUsersRequest = z.object({
  tokenId: z.string().min(1).max(200),
  clientUserIds: z.array(ClientUserId).min(1).max(MAX_REGISTRATION_USERS),
  targetName: z.string().max(300),
});
export type RetireUsersRequest = z.infer<typeof RetireUsersRequest>;

export const RegistrationTaskResponse = z.object({ task: TaskSnapshot });

/** The params of `vpp:registerUsers` and `vpp:retireUsers`: the batch, never its users. */
export const RegistrationParams = z.object({
  batchId: z.uuid(),
  tokenId: z.string(),
  tokenName: z.string(),
  targetName: z.string(),
  count: z.number().int().min(0),
});
export type RegistrationParams = z.infer<typeof RegistrationParams>;

/** A registration's result: how many Apple took, and who it refused (9635, 9641, 9717 …). */
export const RegistrationResult = z.object({
  requested: z.number(),
  succeeded: z.number(),
  failed: z.number(),
  /** Requests sent to Apple (one per `maxUsers`). */
  requests: z.number(),
  /** Of the succeeded, users Apple already had (9716 on create: a repeat, so linked). */
  linked: z.number().optional(),
  /** Of the succeeded, users already retired (9609 on retire). */
  alreadyRetired: z.number().optional(),
  /** Why users were refused, most frequent first: Apple's number and how many, "9717:2 9641:1". */
  reasons: z.string().optional(),
  /** The first 20 refused clientUserIds, joined by ", ". */
  refusedUsers: z.string().optional(),
});
export type RegistrationResult = z.infer<typeof RegistrationResult>;
