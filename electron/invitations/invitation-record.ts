import { z } from 'zod';
import {
  InvitationSnapshot,
  InviteCode,
  type InvitationState,
} from '../../shared/domain/invitations';

/**
 * What the journal keeps per invitation: the snapshot the renderer sees, plus what a batch
 * resumed after a restart needs: the user's inviteCode (to render the mail again) and the
 * batch's target name (its task's).
 */
export const InvitationRecord = InvitationSnapshot.extend({
  inviteCode: InviteCode,
  targetName: z.string(),
});
export type InvitationRecord = z.infer<typeof InvitationRecord>;

/** Still to be sent: a restart resumes the batch of any invitation in one of these states. */
export const UNFINISHED_STATES: readonly InvitationState[] = ['queued', 'sending'];
export const isUnfinished = (record: Pick<InvitationRecord, 'state'>): boolean =>
  UNFINISHED_STATES.includes(record.state);

/** The renderer's view: everything but the inviteCode. */
export const snapshotOf = (record: InvitationRecord): InvitationSnapshot => {
  const { inviteCode: _inviteCode, targetName: _targetName, ...snapshot } = record;
  return snapshot;
};
