import { useEffect, useRef, useState } from 'react';
import type { OutboxPage, OutboxSummary } from '../../../shared/domain/outbox';
import { errorInfoOf, type ErrorInfo } from '../../i18n/error-text';
import { useServices } from '../../services/console-services';

export interface OutboxApi {
  invoke(channel: 'outbox:list', request: { offset: number; limit: number }): Promise<OutboxPage>;
  on(event: 'outbox:changed', listener: (payload: { total: number }) => void): () => void;
}

/** Main answers up to 5,000 summaries a page. */
export const OUTBOX_PAGE = 5_000;

export interface OutboxState {
  /** Newest first; undefined until the first pages have loaded. */
  messages?: OutboxSummary[];
  error?: ErrorInfo;
}

/**
 * Keeps the Outbox's summaries, newest first: main holds the messages (the catcher writes
 * them), so nothing of them goes in the database. All pages load once; after that a change
 * (`outbox:changed`) fetches only the newest ones it added, and a smaller total (Clear Outbox)
 * loads afresh. One load runs at a time; changes during it are caught up after.
 */
export const followOutbox = (api: OutboxApi, onChange: (state: OutboxState) => void) => {
  let messages: OutboxSummary[] | undefined;
  let running = false;
  let again = false;
  let stopped = false;

  const pages = async (offset: number, count: number) => {
    const items: OutboxSummary[] = [];
    let total = 0;
    while (items.length < count) {
      const page = await api.invoke('outbox:list', {
        offset: offset + items.length,
        limit: Math.min(OUTBOX_PAGE, count - items.length),
      });
      total = page.total;
      items.push(...page.items);
      if (page.items.length === 0) break;
      count = Math.min(count, page.total - offset);
    }
    return { items, total };
  };

  const refresh = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const first = await api.invoke('outbox:list', { offset: 0, limit: 1 });
        const known = messages;
        const added = known ? first.total - known.length : -1;
        if (known && added === 0 && first.items[0]?.id === known[0]?.id) continue;
        if (known && added > 0) {
          const { items } = await pages(0, added);
          const seen = new Set(known.map((message) => message.id));
          const fresh = items.filter((message) => !seen.has(message.id));
          // The newest page must join what was known; if not (cleared meanwhile), reload.
          if (fresh.length === added) {
            messages = [...fresh, ...known];
            if (!stopped) onChange({ messages });
            continue;
          }
        }
        const { items } = await pages(0, first.total);
        messages = items;
        if (!stopped) onChange({ messages });
      } while (again && !stopped);
    } catch (error) {
      if (!stopped) onChange({ messages, error: errorInfoOf(error) });
    } finally {
      running = false;
    }
  };

  const unsubscribe = api.on('outbox:changed', () => void refresh());
  void refresh();
  return {
    refresh,
    stop: () => {
      stopped = true;
      unsubscribe();
    },
  };
};

/** The Outbox's summaries, kept up to date while mounted; `refresh` after Clear Outbox. */
export const useOutbox = (): OutboxState & { refresh(): void } => {
  const { api } = useServices();
  const [state, setState] = useState<OutboxState>({});
  const follower = useRef<ReturnType<typeof followOutbox>>(undefined);
  useEffect(() => {
    const following = followOutbox(api, setState);
    follower.current = following;
    return following.stop;
  }, [api]);
  return { ...state, refresh: () => void follower.current?.refresh() };
};
