import type { Handlers } from '../dispatch';
import type { MailServices } from '../mail-services';

/** Settings → Mail: the password (into the vault, never back out) and Test Connection. */
export const mailHandlers = (
  mail: Pick<MailServices, 'status' | 'setPassword' | 'clearPassword' | 'testConnection'>,
): Pick<
  Handlers,
  'mail:status' | 'mail:setPassword' | 'mail:clearPassword' | 'mail:testConnection'
> => ({
  'mail:status': () => mail.status(),
  'mail:setPassword': ({ password }) => mail.setPassword(password),
  'mail:clearPassword': () => mail.clearPassword(),
  'mail:testConnection': ({ mail: settings, password }) => mail.testConnection(settings, password),
});
