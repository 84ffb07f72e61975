import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  SyncTaskParams,
  type SyncAsset,
  type SyncDataset,
  type SyncVersions,
} from '../../shared/domain/sync';
import { noteTokenRefusal } from '../tokens/token-refusal';
import type { ContentMetadata } from '../../shared/domain/content-metadata';
import { AppError } from '../host/app-error';
import type { Job, JobContext } from '../tasks/task-runner';
import { VppApiError, streamAllPages, type VppClient } from '../vpp';
import type { ResponseAsset } from '../vpp/types';
import type { ApplierHub, ApplierSession } from './applier-hub';

export interface SyncJobDeps {
  hub: ApplierHub;
  clientFor(tokenId: string): Promise<VppClient>;
  /** Names and icons for a token's titles (Apple's content-metadata lookup, cached). */
  lookupMetadata(
    tokenId: string,
    adamIds: string[],
    signal: AbortSignal,
  ): Promise<Map<string, ContentMetadata>>;
  /** Apple refused the token (9621 expired, 9625 revoked): mark it, so no sync tries again. */
  markRefused(tokenId: string, errorNumber: number): void;
}

/** Apple: "the versionId is invalid" — the delta's starting point is gone; read everything. */
const UNKNOWN_VERSION_ERROR = 9721;

const badParams = (error: z.ZodError) =>
  new AppError(
    'task.badParams',
    `This sync doesn’t say which token to sync (${z.prettifyError(error)}).`,
    { kind: 'vpp:sync' },
  );

/** Progress over every data set, as far as their sizes are known. */
class SyncProgress {
  private readonly totals = new Map<SyncDataset, number>();
  private readonly done = new Map<SyncDataset, number>();
  records = 0;
  requests = 0;
  pages = 0;

  constructor(private readonly context: JobContext) {}

  page(dataset: SyncDataset, read: number, total: number): void {
    this.totals.set(dataset, total);
    this.done.set(dataset, read);
    const sum = (map: Map<SyncDataset, number>) => [...map.values()].reduce((a, b) => a + b, 0);
    // Data sets not reached yet count one page each, so the bar never runs backwards far.
    const unknown = 3 - this.totals.size;
    this.context.progress(sum(this.done), sum(this.totals) + unknown);
  }

  restart(dataset: SyncDataset): void {
    this.done.set(dataset, 0);
  }
}

const toSyncAsset = (asset: ResponseAsset, metadata: ContentMetadata | undefined): SyncAsset => ({
  adamId: asset.adamId,
  pricingParam: asset.pricingParam,
  productType: asset.productType,
  assignedCount: asset.assignedCount,
  availableCount: asset.availableCount,
  retiredCount: asset.retiredCount,
  totalCount: asset.totalCount,
  deviceAssignable: asset.deviceAssignable,
  revocable: asset.revocable,
  supportedPlatforms: asset.supportedPlatforms,
  ...(metadata?.name ? { name: metadata.name } : {}),
  ...(metadata?.iconUrl ? { iconUrl: metadata.iconUrl } : {}),
  ...(metadata?.bundleId ? { bundleId: metadata.bundleId } : {}),
  ...(metadata?.developer ? { developer: metadata.developer } : {}),
});

/**
 * One sync of one token (`vpp:sync`): main reads Apple's assets, users and assignments page
 * by page within the client's limits, and a console window writes them as they come. Assets
 * are read whole every time; users and assignments since the window's versionIds in a delta.
 * A data set that changes while it is read is read again from its first page. A full read
 * ends with the window removing what Apple no longer has.
 */
export const syncJob =
  (deps: SyncJobDeps): Job =>
  async (params, context) => {
    const parsed = SyncTaskParams.safeParse(params);
    if (!parsed.success) throw badParams(parsed.error);
    const { tokenId, mode } = parsed.data;
    const { signal } = context;
    const progress = new SyncProgress(context);
    const client = await deps.clientFor(tokenId);

    const session = await deps.hub.openSession(randomUUID(), tokenId, signal, () =>
      context.step('tasks.steps.syncWaitingForWindow'),
    );
    const stop = () => session.fail(signal.reason ?? new Error('aborted'));
    signal.addEventListener('abort', stop, { once: true });
    try {
      context.step('tasks.steps.syncStarting');
      const begun = await session.send({ type: 'begin', mode });
      const versions: SyncVersions = mode === 'delta' ? (begun.versions ?? {}) : {};
      const counts: Record<SyncDataset, number> = { assets: 0, users: 0, assignments: 0 };
      const ended: Partial<Record<SyncDataset, string>> = {};

      const traverse = async (dataset: SyncDataset, since: string | undefined): Promise<void> => {
        const full = since === undefined;
        context.step(`tasks.steps.sync.${dataset}`, { full: full ? 1 : 0 });
        await session.send({ type: 'traversal', dataset, full });
        const sink = pageSink(session, deps, tokenId, signal, progress, counts);
        try {
          const streamed = await streamAllPages(
            {
              path: `/${dataset}`,
              fetchPage: (pageIndex) => {
                progress.requests++;
                return fetchPage(client, dataset, pageIndex, since, signal);
              },
              onProgress: (read, total) => progress.page(dataset, read, total),
            },
            {
              page: sink,
              restart: async () => {
                context.step('tasks.steps.syncRestarted', { dataset });
                progress.restart(dataset);
                counts[dataset] = 0;
                await session.send({ type: 'traversal', dataset, full });
              },
            },
          );
          progress.pages += streamed.pages;
          if (streamed.versionId !== undefined) ended[dataset] = streamed.versionId;
          await session.send({
            type: 'traversalEnd',
            dataset,
            full,
            ...(streamed.versionId !== undefined ? { versionId: streamed.versionId } : {}),
          });
        } catch (error) {
          if (!full && error instanceof VppApiError && error.errorNumber === UNKNOWN_VERSION_ERROR)
            return traverse(dataset, undefined);
          throw error;
        }
      };

      // Side by side: the token's rate limiter paces them together, and while the window
      // writes one data set's rows the others' pages are already on their way.
      await Promise.all([
        traverse('assets', undefined),
        traverse('users', versions.users),
        traverse('assignments', versions.assignments),
      ]);

      context.step('tasks.steps.syncChecking');
      const checked = await session.send({ type: 'end', syncedAt: Date.now() });
      return {
        mode,
        records: counts.assets + counts.users + counts.assignments,
        assets: counts.assets,
        users: counts.users,
        assignments: counts.assignments,
        pages: progress.pages,
        requests: progress.requests,
        driftedAssets: checked.driftedAssets ?? 0,
        ...(ended.users ? { usersVersionId: ended.users } : {}),
        ...(ended.assignments ? { assignmentsVersionId: ended.assignments } : {}),
      };
    } catch (error) {
      noteTokenRefusal(error, tokenId, deps.markRefused);
      session.fail(error);
      throw error;
    } finally {
      signal.removeEventListener('abort', stop);
      session.close();
    }
  };

const fetchPage = (
  client: VppClient,
  dataset: SyncDataset,
  pageIndex: number,
  since: string | undefined,
  signal: AbortSignal,
) => {
  const delta = since !== undefined ? { sinceVersionId: since } : {};
  if (dataset === 'assets') return client.getAssets({ pageIndex }, { signal });
  if (dataset === 'users') return client.getUsers({ pageIndex, ...delta }, { signal });
  return client.getAssignments({ pageIndex, ...delta }, { signal });
};

type AnyPage = Awaited<ReturnType<typeof fetchPage>>;

/** Turns each page into the window's work, waiting for room first so main never runs ahead. */
const pageSink =
  (
    session: ApplierSession,
    deps: SyncJobDeps,
    tokenId: string,
    signal: AbortSignal,
    progress: SyncProgress,
    counts: Record<SyncDataset, number>,
  ) =>
  async (pageIndex: number, page: AnyPage): Promise<void> => {
    await session.room();
    if ('assets' in page) {
      const metadata = await deps.lookupMetadata(
        tokenId,
        page.assets.map((asset) => asset.adamId),
        signal,
      );
      const records = page.assets.map((asset) => toSyncAsset(asset, metadata.get(asset.adamId)));
      counts.assets += records.length;
      progress.records += records.length;
      void session.send({ type: 'assets', pageIndex, records });
    } else if ('users' in page) {
      const records = page.users.map((user) => ({
        clientUserId: user.clientUserId,
        ...(user.email !== undefined ? { email: user.email } : {}),
        ...(user.idHash !== undefined ? { idHash: user.idHash } : {}),
        ...(user.inviteCode !== undefined ? { inviteCode: user.inviteCode } : {}),
        ...(user.status !== undefined ? { status: user.status } : {}),
      }));
      counts.users += records.length;
      progress.records += records.length;
      void session.send({ type: 'users', pageIndex, records });
    } else {
      const records = page.assignments.map((assignment) => ({
        adamId: assignment.adamId,
        pricingParam: assignment.pricingParam,
        ...(assignment.clientUserId !== undefined ? { clientUserId: assignment.clientUserId } : {}),
        ...(assignment.serialNumber !== undefined ? { serialNumber: assignment.serialNumber } : {}),
      }));
      counts.assignments += records.length;
      progress.records += records.length;
      void session.send({ type: 'assignments', pageIndex, records });
    }
  };
