import type { SyncAck, SyncPullRequest, SyncPullResponse } from '../../../shared/domain/sync';
import type { ConsoleDatabase } from '../../db/database';
import { SyncWriter } from '../../db/repositories/sync-writer';

export interface SyncPullApi {
  invoke(channel: 'sync:pull', request: SyncPullRequest): Promise<SyncPullResponse>;
}

export interface SyncApplierOptions {
  /** Wait after a failed pull (main restarting, the bridge reconnecting). */
  retryDelayMs?: number;
  newId?: () => string;
}

/**
 * This window's part of every sync: pull the work main has for it, write it, and acknowledge
 * it with the next pull. Main gives each sync to one window and sends no more than it has
 * seen written, so the database sets the pace. Returns a function that stops the loop.
 */
export const startSyncApplier = (
  db: ConsoleDatabase,
  api: SyncPullApi,
  options: SyncApplierOptions = {},
): (() => void) => {
  const applierId = (options.newId ?? (() => crypto.randomUUID()))();
  const writer = new SyncWriter(db);
  let stopped = false;
  const loop = async () => {
    let acks: SyncAck[] = [];
    while (!stopped) {
      try {
        const { work } = await api.invoke('sync:pull', { applierId, acks });
        // Acknowledged with this pull; what comes next is acknowledged with the next one.
        acks = [];
        if (stopped) break;
        acks = await writer.apply(work);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 1_000));
      }
    }
  };
  void loop();
  return () => {
    stopped = true;
  };
};
