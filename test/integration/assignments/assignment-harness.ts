import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AssignLicensesRequest } from '../../../shared/domain/assignments';
import type { AssignmentBatchStore } from '../../../electron/assignments/assignment-batch-store';
import {
  associateAssetsJob,
  disassociateAssetsJob,
  type AssignmentJobDeps,
} from '../../../electron/assignments/assignment-job';
import { createAssignmentServices } from '../../../electron/assignments/create-assignment-services';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import type { JobContext, TaskResult } from '../../../electron/tasks/task-runner';
import type { VppClient } from '../../../electron/vpp/client';
import { FAST_EVENTS, clientOf } from '../vpp/sandbox-fixture';

export const TOKEN_ID = 'token-1';

/** What a job reported through its JobContext. */
export interface JobRun {
  result?: TaskResult;
  error?: Error & { code?: string; params?: Record<string, unknown> };
  steps: { key: string; params?: Record<string, string | number> }[];
  progress?: { done: number; total: number };
}

export interface RunOptions {
  /** The crash: the job is cut off right after an eventId reached the batch file. */
  abortAfterEventRecorded?: boolean;
}

/**
 * The assignment jobs as the host is to wire them (batch files in a data folder, a client of
 * the sandbox over HTTP), called directly with a recording JobContext.
 */
export const assignmentHarness = async (sandbox: RunningSandbox) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'vpp-assignments-'));
  const client = clientOf(sandbox);
  const syncsAsked: string[] = [];
  const services = createAssignmentServices({
    dataDir,
    tokens: { clientFor: async () => client, markRefused: () => undefined },
    tasks: () => [],
    syncSoon: (tokenId) => syncsAsked.push(tokenId),
    eventPolling: FAST_EVENTS,
  });

  const runBatch = async (batchId: string, options: RunOptions = {}): Promise<JobRun> => {
    const batch = await services.batches.load(batchId);
    if (!batch) throw new Error(`no batch ${batchId}`);
    const controller = new AbortController();
    const batches: AssignmentJobDeps['batches'] = options.abortAfterEventRecorded
      ? crashingStore(services.batches, controller)
      : services.batches;
    const deps: AssignmentJobDeps = {
      batches,
      clientFor: async () => client,
      markRefused: () => undefined,
      syncSoon: (tokenId) => syncsAsked.push(tokenId),
      eventPolling: FAST_EVENTS,
    };
    const job =
      batch.operation === 'associate' ? associateAssetsJob(deps) : disassociateAssetsJob(deps);
    const run: JobRun = { steps: [] };
    const context: JobContext = {
      signal: controller.signal,
      progress: (done, total) => (run.progress = { done, total }),
      step: (key, params) => run.steps.push({ key, ...(params ? { params } : {}) }),
    };
    try {
      run.result = (await job({ batchId, tokenId: TOKEN_ID, targetName: 'Groep 7' }, context))!;
    } catch (error) {
      run.error = error as JobRun['error'];
    }
    return run;
  };

  return {
    client,
    dataDir,
    syncsAsked,
    ...services,
    runBatch,
    /** Saves the request as a batch and runs it; the batch id comes back with the run. */
    assign: async (request: Omit<AssignLicensesRequest, 'tokenId'>, options?: RunOptions) => {
      const batchId = await services.saveRequest({ tokenId: TOKEN_ID, ...request });
      return { batchId, ...(await runBatch(batchId, options)) };
    },
  };
};

/** Writes as the real store does, then aborts the job once a write holds an eventId. */
const crashingStore = (
  store: AssignmentBatchStore,
  controller: AbortController,
): AssignmentJobDeps['batches'] => ({
  load: (batchId) => store.load(batchId),
  write: async (batchId, batch) => {
    await store.write(batchId, batch);
    if (batch.plan?.some((request) => request.eventIds !== undefined))
      controller.abort(new Error('simulated crash'));
  },
});

/** Registers `count` new users at the sandbox (users/create, awaited), in order. */
export const registeredUsers = async (client: VppClient, count: number): Promise<string[]> => {
  const ids = Array.from({ length: count }, () => randomUUID());
  const submitted = await client.createUsers(
    ids.map((clientUserId, index) => ({
      clientUserId,
      email: `leerling${index + 1}@leerling.regenboog.example`,
    })),
  );
  await client.waitForEvents(submitted.eventIds);
  return ids;
};

/** Apple's request counts as the sandbox reports them over HTTP (`/sandbox-admin/stats`). */
export const sandboxRequests = async (sandbox: RunningSandbox, endpoint: string) => {
  const response = await fetch(`${new URL(sandbox.baseUrl).origin}/sandbox-admin/stats`);
  const stats = (await response.json()) as { byEndpoint: Record<string, number> };
  return stats.byEndpoint[endpoint] ?? 0;
};

/**
 * Makes exactly `available` licences of the asset free: buys the difference, or hands the
 * surplus to new users through Apple's API, as another admin would have.
 */
export const makeAvailable = async (
  sandbox: RunningSandbox,
  client: VppClient,
  adamId: string,
  available: number,
) => {
  const asset = sandbox.admin.assets().find((candidate) => candidate.adamId === adamId)!;
  const missing = available - asset.availableCount;
  if (missing > 0) sandbox.admin.addLicenses(adamId, missing);
  if (missing < 0) {
    const others = await registeredUsers(client, -missing);
    const submitted = await client.associateAssets({
      assets: [{ adamId, pricingParam: asset.pricingParam }],
      clientUserIds: others,
    });
    await client.waitForEvents(submitted.eventIds);
  }
  const now = sandbox.admin.assets().find((candidate) => candidate.adamId === adamId)!;
  if (now.availableCount !== available) throw new Error(`${adamId}: ${now.availableCount} free`);
};
