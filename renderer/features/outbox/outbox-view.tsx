import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxSummary } from '../../../shared/domain/outbox';
import { unavailable } from '../../components/action';
import { EntityBrowser } from '../../components/entity-browser';
import { FieldList } from '../../components/field-list';
import { matchesAllWords, queryWordsOf, searchWordsOf } from '../../db/search-text';
import { errorText } from '../../i18n/error-text';
import { useFormatters } from '../../i18n/format';
import { useSectionState } from '../../stores/use-section-state';
import { useSettings } from '../settings/settings-context';
import { ClearOutboxSheet } from './clear-outbox-sheet';
import { OutboxMessageView, type MessagePart } from './outbox-message-view';
import { mailboxText, nameOf } from './mailbox-text';
import { useOutbox } from './use-outbox';
import './outbox.css';

const PARTS: MessagePart[] = ['message', 'text', 'headers'];

/** When the catcher took the message (its Date header when that can't be read). */
const timeOf = (message: OutboxSummary): number | undefined => {
  const time = Date.parse(message.receivedAt || message.date);
  return Number.isNaN(time) ? undefined : time;
};

/**
 * Outbox: what the built-in mail catcher received, newest first — the invitations as their
 * users would get them, rendered, as plain text and with their headers, and their links to try.
 * The messages stay in main; this lists their summaries and opens one at a time.
 */
export const OutboxView = () => {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { settings } = useSettings();
  const outbox = useOutbox();
  const { search } = useSectionState('outbox');
  const [clearing, setClearing] = useState(false);

  const byId = useMemo(
    () => new Map((outbox.messages ?? []).map((message) => [message.id, message])),
    [outbox.messages],
  );
  const words = useMemo(
    () =>
      new Map(
        (outbox.messages ?? []).map((message) => [
          message.id,
          searchWordsOf([message.subject, message.to, message.from]),
        ]),
      ),
    [outbox.messages],
  );
  const keys = useMemo(() => {
    if (!outbox.messages) return outbox.error ? [] : undefined;
    const query = queryWordsOf(search);
    const ids = outbox.messages.map((message) => message.id);
    return query.length === 0
      ? ids
      : ids.filter((id) => matchesAllWords(words.get(id) ?? [], query));
  }, [outbox.messages, outbox.error, search, words]);

  const subjectOf = (message: OutboxSummary) => message.subject || t('mail.outbox.noSubject');
  const dateOf = (message: OutboxSummary) => {
    const time = timeOf(message);
    return time === undefined ? message.date : format.dateTime(time);
  };
  const count = outbox.messages?.length ?? 0;

  return (
    <>
      <EntityBrowser<OutboxSummary>
        section="outbox"
        kind="message"
        keys={keys}
        rowsOf={async (ids) => ids.map((id) => byId.get(id))}
        primaryText={subjectOf}
        secondaryText={(message) => `${nameOf(message.to)} · ${dateOf(message)}`}
        detailTitle={subjectOf}
        detailBanner={(message) => (
          <div className="message-summary">
            <FieldList
              fields={[
                { label: t('mail.outbox.from'), value: mailboxText(message.from) },
                { label: t('mail.outbox.to'), value: mailboxText(message.to) },
                { label: t('mail.outbox.date'), value: dateOf(message) },
                { label: t('mail.outbox.subject'), value: subjectOf(message) },
              ]}
            />
          </div>
        )}
        tabs={(message) =>
          PARTS.map((part) => ({
            id: part,
            label: t(`mail.outbox.tabs.${part}`),
            render: () => <OutboxMessageView key={message.id} id={message.id} part={part} />,
          }))
        }
        empty={{
          title: t('mail.outbox.empty'),
          message:
            settings.mail.mode === 'catcher'
              ? t('mail.outbox.emptyHint')
              : t('mail.outbox.emptyHintSmtp'),
        }}
        notice={
          outbox.error && (
            <p className="inline-alert" role="alert">
              {t('mail.outbox.loadFailed', { message: errorText(i18n, outbox.error) })}
            </p>
          )
        }
        actions={() => ({
          add: unavailable(t('mail.outbox.addReason')),
          remove: unavailable(t('mail.outbox.removeReason')),
          addInToolbar: false,
          menu: [
            {
              id: 'clear',
              label: t('mail.outbox.clear'),
              action:
                count > 0
                  ? { run: () => setClearing(true) }
                  : unavailable(t('mail.outbox.nothingToClear')),
            },
          ],
        })}
        exportColumns={[
          { header: t('mail.outbox.date'), value: (message) => message.receivedAt },
          { header: t('mail.outbox.from'), value: (message) => message.from },
          { header: t('mail.outbox.to'), value: (message) => message.to },
          { header: t('mail.outbox.subject'), value: (message) => message.subject },
        ]}
      />
      {clearing && (
        <ClearOutboxSheet
          count={count}
          onClose={() => setClearing(false)}
          onCleared={() => {
            setClearing(false);
            outbox.refresh();
          }}
        />
      )}
    </>
  );
};
