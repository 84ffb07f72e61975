import { useEffect, useState } from 'react';
import type { OutboxMessage } from '../../../shared/domain/outbox';
import { errorInfoOf, type ErrorInfo } from '../../i18n/error-text';
import { useServices } from '../../services/console-services';

/** Messages never change once caught, so the few last opened are kept for the tab switches. */
const recent = new Map<string, OutboxMessage>();
const KEEP = 20;

const remember = (message: OutboxMessage) => {
  recent.delete(message.id);
  recent.set(message.id, message);
  if (recent.size > KEEP) recent.delete(recent.keys().next().value!);
};

export type LoadedMessage =
  | { state: 'loading' }
  | { state: 'loaded'; message: OutboxMessage }
  | { state: 'gone' }
  | { state: 'failed'; error: ErrorInfo };

/** One message in full (headers, text, HTML) from main, by id. */
export const useOutboxMessage = (id: string): LoadedMessage => {
  const { api } = useServices();
  const [fetched, setFetched] = useState<{ id: string; loaded: LoadedMessage }>();
  const cached = recent.get(id);
  useEffect(() => {
    if (recent.has(id)) return;
    let current = true;
    api
      .invoke('outbox:get', { id })
      .then((message) => {
        if (message) remember(message);
        if (current)
          setFetched({ id, loaded: message ? { state: 'loaded', message } : { state: 'gone' } });
      })
      .catch((error: unknown) => {
        if (current) setFetched({ id, loaded: { state: 'failed', error: errorInfoOf(error) } });
      });
    return () => {
      current = false;
    };
  }, [api, id]);
  if (cached) return { state: 'loaded', message: cached };
  return fetched?.id === id ? fetched.loaded : { state: 'loading' };
};

/** Clear Outbox empties main's store; what was kept here goes too. */
export const forgetOutboxMessages = () => recent.clear();
