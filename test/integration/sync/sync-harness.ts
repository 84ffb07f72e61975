import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import type { SyncMode } from '../../../shared/domain/sync';
import type { TaskSnapshot } from '../../../shared/domain/tasks';
import { ApplierHub, type ApplierHubOptions } from '../../../electron/sync/applier-hub';
import { syncJob, type SyncJobDeps } from '../../../electron/sync/sync-job';
import { TaskRunner } from '../../../electron/tasks/task-runner';
import { AppleMetadataSource, type VppClient } from '../../../electron/vpp';
import { ConsoleDatabase } from '../../../renderer/db/database';
import { startSyncApplier } from '../../../renderer/features/sync/sync-applier';
import { taskFinished } from '../tasks/task-finished';

export const TOKEN_ID = 'token-1';

export interface SyncHarness {
  db: ConsoleDatabase;
  hub: ApplierHub;
  runner: TaskRunner;
  refused: number[];
  /** Starts a sync and resolves with its finished snapshot. */
  sync(mode: SyncMode): Promise<TaskSnapshot>;
  /** Starts a sync without waiting. */
  start(mode: SyncMode): TaskSnapshot;
  finished(id: string): Promise<TaskSnapshot>;
  /** A console window writing the syncs' data (one is started with the harness). */
  openWindow(): () => void;
  stopWindow(): void;
  close(): Promise<void>;
}

/**
 * Main's half of a sync (the job, the hub) and the renderer's half (the applier writing into
 * a real Dexie database on fake-indexeddb) joined by calls instead of the IPC bridge: the
 * same code both front doors run, against a real sandbox over HTTP.
 */
export const syncHarness = async (options: {
  client: () => VppClient | Promise<VppClient>;
  hub?: ApplierHubOptions;
  window?: boolean;
}): Promise<SyncHarness> => {
  const db = new ConsoleDatabase(`sync-test-${randomUUID()}`);
  await db.open();
  const hub = new ApplierHub({ pullWaitMs: 200, ...options.hub });
  const refused: number[] = [];
  const metadata = new Map<VppClient, AppleMetadataSource>();
  const deps: SyncJobDeps = {
    hub,
    clientFor: async () => options.client(),
    lookupMetadata: async (_tokenId, adamIds, signal) => {
      const client = await options.client();
      if (!metadata.has(client)) metadata.set(client, new AppleMetadataSource(client));
      return metadata.get(client)!.lookup(adamIds, { signal });
    },
    markRefused: (_tokenId, errorNumber) => refused.push(errorNumber),
  };
  const runner = new TaskRunner({
    'apple:checkService': async () => undefined,
    'vpp:sync': syncJob(deps),
  });
  const api = {
    invoke: async (_channel: 'sync:pull', request: { applierId: string; acks: never[] }) => ({
      work: await hub.pull(request.applierId, request.acks),
    }),
  };
  let stop: (() => void) | undefined;
  const openWindow = () => {
    stop?.();
    stop = startSyncApplier(db, api as never, { retryDelayMs: 20 });
    return stop;
  };
  if (options.window !== false) openWindow();

  const finished = (id: string) => taskFinished(runner, id);
  const start = (mode: SyncMode) =>
    runner.start({
      id: randomUUID(),
      kind: 'vpp:sync',
      params: { tokenId: TOKEN_ID, tokenName: 'Demo', mode },
    });
  return {
    db,
    hub,
    runner,
    refused,
    start,
    finished,
    sync: (mode) => finished(start(mode).id),
    openWindow,
    stopWindow: () => {
      stop?.();
      stop = undefined;
    },
    close: async () => {
      stop?.();
      await runner.close();
      hub.close();
      db.close();
      await db.delete();
    },
  };
};
