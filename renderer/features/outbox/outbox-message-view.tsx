import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n/error-text';
import { MessageLinkList } from './message-link-list';
import { messageLinks } from './message-links';
import { useOutboxMessage } from './use-outbox-message';

export type MessagePart = 'message' | 'text' | 'headers';

/**
 * One tab of a caught message. The HTML is shown as users' mail apps would, in an iframe
 * sandboxed with no permissions at all (`sandbox=""`: no scripts, no forms, no popups, no
 * navigation of the console, an opaque origin), from `srcdoc` so nothing is fetched to show it.
 */
export const OutboxMessageView = ({ id, part }: { id: string; part: MessagePart }) => {
  const { t, i18n } = useTranslation();
  const loaded = useOutboxMessage(id);
  if (loaded.state === 'loading')
    return (
      <p className="form-hint" role="status">
        {t('mail.outbox.loading')}
      </p>
    );
  if (loaded.state === 'gone') return <p className="form-hint">{t('mail.outbox.gone')}</p>;
  if (loaded.state === 'failed')
    return (
      <p className="form-error" role="alert">
        {errorText(i18n, loaded.error)}
      </p>
    );
  const { message } = loaded;

  if (part === 'headers')
    return (
      <ul className="message-headers" aria-label={t('mail.outbox.headersLabel')}>
        {message.headers.map((header, index) => (
          <li key={`${index}-${header.key}`} className="message-header">
            {header.line}
          </li>
        ))}
      </ul>
    );
  if (part === 'text') return <pre className="message-text">{message.text}</pre>;
  return (
    <div className="message-preview">
      {/* Above the preview: the sandboxed frame can't open its own links. */}
      <MessageLinkList links={messageLinks(message)} />
      {message.html !== null ? (
        <iframe
          className="message-frame"
          title={t('mail.outbox.messageFrame')}
          sandbox=""
          srcDoc={message.html}
          referrerPolicy="no-referrer"
        />
      ) : (
        <>
          <p className="form-hint">{t('mail.outbox.noHtml')}</p>
          <pre className="message-text">{message.text}</pre>
        </>
      )}
    </div>
  );
};
