import type { InvitationSnapshot } from '../../../../shared/domain/invitations';

/** An invitation as main's journal reports it; UUIDs are made from `n` so tests can name them. */
export const invitationId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const invitation = (
  n: number,
  more: Partial<InvitationSnapshot> = {},
): InvitationSnapshot => ({
  id: invitationId(n),
  batchId: '10000000-0000-4000-8000-000000000001',
  taskId: null,
  tokenId: 'token-1',
  userId: `user-${n}`,
  clientUserId: `client-${n}`,
  fullName: `User ${n}`,
  email: `user${n}@regenboog.example`,
  language: 'nl',
  method: 'email',
  state: 'sent',
  createdAt: 1_760_000_000_000 + n * 1000,
  sentAt: 1_760_000_000_000 + n * 1000 + 500,
  attempts: 1,
  lastAction: { kind: 'sent', at: 1_760_000_000_000 + n * 1000 + 500 },
  error: null,
  messageId: `<${invitationId(n)}@vpp-console.local>`,
  ...more,
});
