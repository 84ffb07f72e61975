import type { Handlers } from '../dispatch';
import type { InvitationService } from '../../invitations/invitation-service';

/** Send, Resend and the journal's pages (the renderer mirrors them). */
export const invitationHandlers = (
  invitations: Pick<InvitationService, 'send' | 'resend' | 'list'>,
): Pick<Handlers, 'invitations:send' | 'invitations:resend' | 'invitations:list'> => ({
  'invitations:send': (request) => invitations.send(request),
  'invitations:resend': (request) => invitations.resend(request),
  'invitations:list': (page) => invitations.list(page),
});
