import type { Handlers } from '../dispatch';
import type { MailServices } from '../mail-services';

/** The embedded catcher's Outbox, newest first. */
export const outboxHandlers = (
  mail: Pick<MailServices, 'listOutbox' | 'getOutboxMessage' | 'clearOutbox'>,
): Pick<Handlers, 'outbox:list' | 'outbox:get' | 'outbox:clear'> => ({
  'outbox:list': (page) => mail.listOutbox(page),
  'outbox:get': async ({ id }) => (await mail.getOutboxMessage(id)) ?? null,
  'outbox:clear': () => mail.clearOutbox(),
});
