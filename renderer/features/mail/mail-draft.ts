import {
  MailSettings,
  type MailMode,
  type MailSecurity,
  type SmtpSettings,
} from '../../../shared/domain/mail';

/** Settings → Mail as typed: numbers as text, the login as a switch, so nothing jumps while typing. */
export interface MailDraft {
  mode: MailMode;
  host: string;
  port: string;
  security: MailSecurity;
  useAuthentication: boolean;
  user: string;
  relayThroughIsp: boolean;
  relayHost: string;
  senderAddress: string;
  senderName: string;
}

export const mailDraftOf = (mail: MailSettings): MailDraft => ({
  mode: mail.mode,
  host: mail.smtp.host,
  port: String(mail.smtp.port),
  security: mail.smtp.security,
  useAuthentication: mail.smtp.user !== undefined,
  user: mail.smtp.user ?? '',
  relayThroughIsp: mail.smtp.relayThroughIsp,
  relayHost: mail.smtp.relayHost ?? '',
  senderAddress: mail.sender.address,
  senderName: mail.sender.name,
});

export const sameMailDraft = (a: MailDraft, b: MailDraft): boolean =>
  (Object.keys(a) as (keyof MailDraft)[]).every((key) =>
    typeof a[key] === 'string'
      ? (a[key] as string).trim() === (b[key] as string).trim()
      : a[key] === b[key],
  );

/** The fields a problem belongs to, so the pane marks the right one. */
export type MailField =
  'host' | 'relayHost' | 'port' | 'user' | 'password' | 'senderAddress' | 'senderName';

export type MailProblem =
  | 'hostMissing'
  | 'hostInvalid'
  | 'relayHostMissing'
  | 'relayHostInvalid'
  | 'portInvalid'
  | 'userMissing'
  | 'passwordMissing'
  | 'senderMissing'
  | 'senderInvalid'
  | 'senderNameTooLong'
  | 'other';

export interface MailIssue {
  field?: MailField;
  problem: MailProblem;
}

/** Where each of the contract's issue paths lands, and its words (mail.problems.*). */
const issueOf = (path: string, draft: MailDraft): MailIssue => {
  switch (path) {
    case 'smtp.host':
      return { field: 'host', problem: draft.host.trim() ? 'hostInvalid' : 'hostMissing' };
    case 'smtp.relayHost':
      return {
        field: 'relayHost',
        problem: draft.relayHost.trim() ? 'relayHostInvalid' : 'relayHostMissing',
      };
    case 'smtp.port':
      return { field: 'port', problem: 'portInvalid' };
    case 'smtp.user':
      return { field: 'user', problem: 'userMissing' };
    case 'sender.address':
      return {
        field: 'senderAddress',
        problem: draft.senderAddress.trim() ? 'senderInvalid' : 'senderMissing',
      };
    case 'sender.name':
      return { field: 'senderName', problem: 'senderNameTooLong' };
    default:
      return { problem: 'other' };
  }
};

const PORT_TEXT = /^\d{1,5}$/;

const candidateOf = (draft: MailDraft, smtp?: SmtpSettings) => {
  const port = PORT_TEXT.test(draft.port.trim()) ? Number(draft.port.trim()) : Number.NaN;
  const user = draft.user.trim();
  return {
    mode: draft.mode,
    smtp: smtp ?? {
      host: draft.host.trim(),
      port,
      security: draft.security,
      ...(draft.useAuthentication ? { user } : {}),
      relayThroughIsp: draft.relayThroughIsp,
      ...(draft.relayHost.trim() ? { relayHost: draft.relayHost.trim() } : {}),
    },
    sender: { address: draft.senderAddress.trim(), name: draft.senderName },
  };
};

/**
 * Checks the draft with the contract's own schema, so the pane refuses exactly what main
 * would, and names each problem by its field. With the built-in Outbox chosen, half-typed SMTP
 * fields don't stop a Save: the saved SMTP settings are kept instead, and the draft's return
 * when SMTP is chosen again.
 */
export const validateMailDraft = (
  draft: MailDraft,
  context: { hasPassword: boolean; typedPassword: string; savedSmtp: SmtpSettings },
): { mail: MailSettings } | { issues: MailIssue[] } => {
  let parsed = MailSettings.safeParse(candidateOf(draft));
  if (!parsed.success && draft.mode === 'catcher') {
    parsed = MailSettings.safeParse(candidateOf(draft, context.savedSmtp));
  }
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((issue) => issueOf(issue.path.join('.'), draft));
  if (draft.mode === 'smtp') {
    if (draft.useAuthentication && !draft.user.trim() && !issues.some((i) => i.field === 'user'))
      issues.push({ field: 'user', problem: 'userMissing' });
    if (draft.useAuthentication && !context.hasPassword && !context.typedPassword)
      issues.push({ field: 'password', problem: 'passwordMissing' });
  }
  if (issues.length > 0 || !parsed.success) return { issues: uniqueIssues(issues) };
  return { mail: parsed.data };
};

const uniqueIssues = (issues: MailIssue[]): MailIssue[] => {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.field ?? ''}|${issue.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** The usual security of the well-known submission ports; the pop-up follows the port typed. */
export const securityForPort = (port: string, current: MailSecurity): MailSecurity => {
  const number = Number(port.trim());
  if (number === 465) return 'tls';
  if (number === 587) return 'starttls';
  if (number === 25 && current === 'tls') return 'starttls';
  return current;
};
