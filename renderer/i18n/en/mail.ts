/** English strings of the mail area (merged into en.ts under `mail`). */
export const mailEn = {
  pane: 'Mail',
  heading: 'Invitation Mail',
  intro: 'How VPP Console delivers the invitations that ask users to join the program.',
  sendThrough: 'Send invitations through',
  modes: {
    catcher: 'The built-in Outbox',
    smtp: 'An SMTP server',
  },
  catcherNote:
    'Nothing leaves this computer: every invitation appears in Outbox, under Activity, where you can read it and try its link. Choose an SMTP server when users should receive their invitations.',
  server: 'Server',
  serverPlaceholder: 'smtp.school.example',
  port: 'Port',
  security: 'Security',
  securities: {
    none: 'None',
    starttls: 'STARTTLS',
    tls: 'SSL/TLS',
  },
  securityNote: {
    none: 'Mail and passwords travel unencrypted. Use this only for a server on the school’s own network.',
    starttls: 'The connection is encrypted before anything is sent; the server must offer this.',
    tls: 'The connection is encrypted from the start.',
  },
  useAuthentication: 'Use authentication',
  userName: 'User name',
  password: 'Password',
  passwordSaved: 'Saved in the vault',
  passwordReplace: 'Type a new password to replace the saved one.',
  removePassword: 'Remove',
  removePasswordLabel: 'Remove the saved password',
  passwordRemoved: 'The password was removed from the vault.',
  relay: 'Relay outgoing mail through ISP',
  relayHost: 'Relay host',
  relayHostPlaceholder: 'smtp.provider.example',
  relayNote:
    'Every invitation goes to your internet provider’s mail server, which delivers it. Use this when your network doesn’t let mail out directly.',
  senderHeading: 'Sender',
  senderAddress: 'Sender address',
  senderName: 'Sender name',
  senderNote: 'Users see this name and address as the sender of their invitation.',
  test: {
    button: 'Test Connection',
    running: 'Testing the connection…',
    okCatcher: 'The built-in Outbox is ready: invitations will appear in Outbox.',
    okSmtp: '{{server}} accepts mail from {{sender}}.',
    failed: 'The test didn’t succeed',
    succeeded: 'Connected',
    testing: 'Testing',
  },
  problems: {
    hostMissing: 'Type the name of your mail server.',
    hostInvalid: 'Type a server name such as smtp.school.example, or its IP address.',
    relayHostMissing: 'Type the relay host your internet provider gave you.',
    relayHostInvalid: 'Type the relay host as a server name such as smtp.provider.example.',
    portInvalid: 'Type a port number from 1 to 65535; mail servers usually use 587 or 465.',
    userMissing: 'Type the user name to log in with, or turn off Use authentication.',
    passwordMissing: 'Type the password for this user name.',
    senderMissing: 'Type the address invitations are sent from.',
    senderInvalid: 'Type an email address such as name@school.example.',
    senderNameTooLong: 'Shorten the sender name to 200 characters or fewer.',
    other: 'Check the fields marked above.',
  },
  /** Test Connection's and a failed invitation's sentences, per code from main (`mail.*`). */
  errors: {
    portBlocked:
      'Nothing answered on port {{port}} of {{host}}. Check the server name and the port; if your provider blocks outgoing mail, turn on “Relay outgoing mail through ISP”.',
    unknownHost:
      'The server name {{host}} could not be found. Check its spelling, or ask your IT department for the name of the mail server.',
    timeout:
      '{{host}} did not answer in time. A firewall may be in the way, or the server is down.',
    tlsMismatch:
      '{{host}} doesn’t use the security chosen for port {{port}}. Try STARTTLS with port 587, or SSL/TLS with port 465.',
    certificateNotTrusted:
      'The certificate of {{host}} is not trusted. Ask your IT department to fix the server’s certificate.',
    authRefused: '{{host}} refused the user name or the password. Check both in Settings → Mail.',
    senderRefused:
      '{{host}} refuses to send mail from {{sender}}. Use a sender address the server lets you send from.',
    starttlsRequired:
      '{{host}} only takes mail over an encrypted connection. Choose STARTTLS as the security.',
    recipientRefused: '{{host}} refused the recipient {{recipient}}.',
    messageRefused: '{{host}} refused the message.',
  },
  outbox: {
    title: 'Outbox',
    empty: 'No Messages',
    emptyHint:
      'The invitations VPP Console sends through the built-in Outbox appear here. Send an email invitation from a user or group with VPP Managed Distribution turned on.',
    emptyHintSmtp:
      'Invitations now go to your SMTP server (Settings → Mail), so they no longer appear here; the ones sent through the built-in Outbox before do.',
    noSubject: '(No Subject)',
    from: 'From',
    to: 'To',
    date: 'Date',
    subject: 'Subject',
    tabs: {
      message: 'Message',
      text: 'Plain Text',
      headers: 'Headers',
    },
    messageFrame: 'The message as users see it',
    noHtml: 'This message has no formatted version; this is its text.',
    loading: 'Loading the message…',
    gone: 'This message is no longer in the Outbox.',
    sandboxPage: 'The built-in sandbox’s invitation page, on this computer',
    links: 'Links in this message',
    openLink: 'Open',
    openLinkLabel: 'Open “{{text}}”',
    openInTab: 'Open in New Tab',
    couldNotOpen: 'VPP Console can’t open this link itself; use Open in New Tab.',
    headersLabel: 'Headers of the message',
    addReason: 'Messages arrive here when VPP Console sends invitations.',
    removeReason: 'Messages can’t be removed one by one; Clear Outbox removes them all.',
    clear: 'Clear Outbox…',
    clearTitle: 'Clear the Outbox?',
    clearBody_one:
      'The message in the Outbox is removed from this computer. The invitation itself stays listed in Invitations.',
    clearBody_other:
      'All {{count}} messages in the Outbox are removed from this computer. The invitations themselves stay listed in Invitations.',
    clearConfirm: 'Clear',
    nothingToClear: 'The Outbox is already empty.',
    loadFailed: 'The Outbox could not be read: {{message}}',
  },
};
