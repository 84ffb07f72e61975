/**
 * A header's mailbox as people write it: `"Sara de Boer" <sara@…>` becomes
 * `Sara de Boer <sara@…>`; `nameOf` keeps only the name (or the address when there is none).
 */
export const mailboxText = (mailbox: string): string =>
  mailbox.replace(/"((?:[^"\\]|\\.)*)"/g, (_quoted, name: string) => name.replace(/\\(.)/g, '$1'));

export const nameOf = (mailbox: string): string => {
  const text = mailboxText(mailbox).trim();
  const match = /^(.*?)\s*<([^>]*)>$/.exec(text);
  if (!match) return text;
  return match[1] || match[2];
};
