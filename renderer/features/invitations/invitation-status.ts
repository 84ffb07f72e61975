import {
  Ban,
  CircleCheck,
  CircleX,
  Clock,
  LoaderCircle,
  Send,
  type LucideIcon,
} from 'lucide-react';
import type { InvitationState } from '../../../shared/domain/invitations';
import type { StatusTone } from '../../components/status-badge';
import type { InvitationRow } from '../../db/types';

/**
 * How an invitation stands in the Invitations section: main's state for the mail, except that
 * a user whom Apple shows as enrolled (Associated, from the sync) reads Enrolled — what the
 * invitation was for.
 */
export type InvitationStatus = InvitationState | 'enrolled';

/** An invitation with the one fact main doesn't know: whether its user is enrolled. */
export interface InvitationView extends InvitationRow {
  enrolled: boolean;
  /** The content token's name, when the token is still there. */
  tokenName?: string;
}

export const statusOf = (
  invitation: Pick<InvitationView, 'state' | 'enrolled'>,
): InvitationStatus => (invitation.enrolled ? 'enrolled' : invitation.state);

export const statusLooks: Record<
  InvitationStatus,
  { tone: StatusTone; icon: LucideIcon; spinning?: boolean }
> = {
  queued: { tone: 'neutral', icon: Clock },
  sending: { tone: 'progress', icon: LoaderCircle, spinning: true },
  sent: { tone: 'neutral', icon: Send },
  failed: { tone: 'failure', icon: CircleX },
  // The admin (or a restart) stopped it: not a failure, so not red.
  canceled: { tone: 'neutral', icon: Ban },
  enrolled: { tone: 'success', icon: CircleCheck },
};

/** A Resend goes to a user who isn't enrolled and whose invitation isn't on its way already. */
export const canResend = (invitation: Pick<InvitationView, 'state' | 'enrolled'>): boolean =>
  !invitation.enrolled && invitation.state !== 'queued' && invitation.state !== 'sending';

/** The choices of the section's Show pop-up. */
export const INVITATION_FILTERS = [
  'all',
  'notEnrolled',
  'enrolled',
  'inProgress',
  'sent',
  'failed',
  'canceled',
] as const;
export type InvitationFilter = (typeof INVITATION_FILTERS)[number];
