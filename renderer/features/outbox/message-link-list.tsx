import { ExternalLink } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useServices } from '../../services/console-services';
import { isLoopbackUrl, type MessageLink } from './message-links';

/**
 * The message's links under its preview, so the admin can try the invitation: the sandboxed
 * preview can't open anything itself. Open asks main to open the link in the system browser;
 * where main won't (the browser front door, a link to this computer), a plain new-tab link is
 * offered instead, and in the browser front door a link to this computer is one at once.
 */
export const MessageLinkList = ({ links }: { links: MessageLink[] }) => {
  const { t } = useTranslation();
  const { api, appInfo } = useServices();
  const [refused, setRefused] = useState<ReadonlySet<string>>(new Set());
  if (links.length === 0) return null;
  // Where the link goes, in words: a port and a query string are nobody's business here.
  const placeOf = (url: string) =>
    isLoopbackUrl(url) ? t('mail.outbox.sandboxPage') : new URL(url).hostname;

  const open = async (url: string) => {
    const { opened } = await api
      .invoke('shell:openExternal', { url })
      .catch(() => ({ opened: false }));
    if (!opened) setRefused((current) => new Set([...current, url]));
  };

  return (
    <section className="message-links" aria-label={t('mail.outbox.links')}>
      <h4 className="message-links-title">{t('mail.outbox.links')}</h4>
      <ul>
        {links.map((link) => {
          const asAnchor =
            refused.has(link.url) || (appInfo.frontDoor === 'browser' && isLoopbackUrl(link.url));
          return (
            <li key={link.url} className="message-link">
              <span className="message-link-text">
                <span className="message-link-label">{link.text}</span>
                <span className="message-link-url">{placeOf(link.url)}</span>
              </span>
              {asAnchor ? (
                <a
                  className="button-link"
                  href={link.url}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  <Icon icon={ExternalLink} size={14} />
                  {t('mail.outbox.openInTab')}
                </a>
              ) : (
                <button
                  type="button"
                  aria-label={t('mail.outbox.openLinkLabel', { text: link.text })}
                  onClick={() => void open(link.url)}
                >
                  {t('mail.outbox.openLink')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {refused.size > 0 && (
        <p className="form-hint" role="status">
          {t('mail.outbox.couldNotOpen')}
        </p>
      )}
    </section>
  );
};
