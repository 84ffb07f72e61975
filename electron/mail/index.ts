export { diagnoseSmtp, type DiagnoseOptions, type MailDiagnosis } from './diagnose';
export {
  buildInvitationMail,
  invitationMessageId,
  InvalidRecipientError,
  type InvitationMailInput,
  type OutgoingMail,
} from './invitation-message';
export { startMailCatcher, type MailCatcher, type MailCatcherOptions } from './mail-catcher';
export { mailErrors, type MailErrorCode } from './mail-errors';
export {
  createMailer,
  endpointFor,
  Mailer,
  type CreateMailerDeps,
  type SendProgress,
  type SendResult,
} from './mailer';
export { OutboxStore, type OutboxMessage, type OutboxSummary } from './outbox-store';
export { createSmtpTransport, endpointFromSettings, type SmtpEndpoint } from './transport';
