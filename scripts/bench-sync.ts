/**
 * `npm run bench:sync -- [--json]` (issue 8): the console's real sync path — the host, and the
 * renderer writing to Chromium's IndexedDB through the browser front door — against the
 * sandbox's large seed at Apple's limits, then a delta after a churn. Progress goes to stderr;
 * with `--json` the last stdout line is the result. The bench drives the console only through
 * its page's `window.api`, as the renderer does.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, TOKEN_FILE_NAMES, type RunningSandbox } from '../electron/sandbox/index';
import type { TaskSnapshot } from '../shared/domain/tasks';
import type { TokenDraft, TokenSnapshot } from '../shared/domain/tokens';
import type { VaultStatus } from '../shared/domain/vault';
import { parseBenchArgs, usage, type BenchArgs } from './bench/bench-args';
import { BenchFailure, seconds, type BenchLog } from './bench/bench-log';
import { runBenchMain, type Teardown } from './bench/bench-main';
import { openConsolePage, type ConsolePage, type FrameSummary } from './bench/console-page';
import { consoleSchemaLayout } from './bench/console-schema';
import { FLOOR_BATCH, measureIdbFloor, type RecordCounts } from './bench/idb-floor';
import { ServedTimeline, type ApiStats, type EndpointTimes } from './bench/served-timeline';
import { TaskWatch, type WatchedTask } from './bench/task-watch';
import { startWebConsole, writeConsoleSettings } from './bench/web-console';

export interface SyncBenchResult {
  bench: 'sync';
  records: number;
  pages: number;
  requests: number;
  http429: number;
  wallSeconds: number;
  floorSeconds: number;
  idbFloorSeconds: number;
  ratio: number;
  deltaSeconds: number;
  longestFrameMs: number;
}

const DATABASE = 'vpp-console';
/** Assignments live in license sets; countRows counts their holders. */
const TABLES = { assets: 'assets', users: 'vppUsers', assignments: 'licenseSets' } as const;
const LIST_ENDPOINTS = ['GET /assets', 'GET /users', 'GET /assignments'] as const;
/** The scheduler syncs a never-synced token at once; after this long the bench asks itself. */
const FIRST_SYNC_GRACE_MS = 15_000;
const TARGETS = { ratio: 1.3, http429: 0, deltaSeconds: 3, longestFrameMs: 100 };

/** What the console should hold after a full sync: Apple's rows, one per user's clientUserId. */
const expectedCounts = (sandbox: RunningSandbox): RecordCounts => {
  const { counts } = sandbox.admin.location('demo');
  const users = new Set(sandbox.admin.users('demo').map((user) => user.clientUserId)).size;
  return { assets: counts.assets, users, assignments: counts.assignments };
};

const maxRequestPerSecond = async (baseUrl: string): Promise<number> => {
  const config = (await (await fetch(`${baseUrl}/service/config`)).json()) as {
    limits: { maxRequestPerSecond: number };
  };
  return config.limits.maxRequestPerSecond;
};

const numberIn = (result: TaskSnapshot['result'], key: string): number | undefined =>
  typeof result?.[key] === 'number' ? result[key] : undefined;

const openVault = async (app: ConsolePage, log: BenchLog) => {
  const { value: status } = await app.invoke<VaultStatus>('vault:status');
  if (status.state === 'open') return log(`vault: open already (${status.protection})`);
  if (status.state === 'locked')
    throw new BenchFailure('The fresh data folder’s vault is locked: nothing to unlock it with.');
  // Random, used once and never shown: the data folder is thrown away afterwards.
  await app.invoke('vault:create', { passphrase: randomBytes(24).toString('base64url') });
  log('vault: passphrase set');
};

/** The sync a new token starts by itself; Sync Now if the scheduler did not start one. */
const firstSyncOf = async (
  app: ConsolePage,
  watch: TaskWatch,
  token: TokenSnapshot,
  known: ReadonlySet<string>,
  log: BenchLog,
): Promise<string> => {
  const started = await watch.syncOf(token.id, known, FIRST_SYNC_GRACE_MS);
  if (started) return started.snapshot.id;
  log(`no sync started by itself within ${FIRST_SYNC_GRACE_MS / 1000} s; asking with sync:now`);
  const { value } = await app.invoke<{ tasks: TaskSnapshot[] }>('sync:now', {
    tokenIds: [token.id],
  });
  const task = value.tasks.find((candidate) => candidate.params.tokenId === token.id);
  if (!task) throw new BenchFailure('sync:now started no task for the token.');
  return task.id;
};

const rateOf = (row: EndpointTimes): string =>
  row.last > row.first ? ((row.requests - 1) / (row.last - row.first)).toFixed(1) : '-';

const logPhases = (
  log: BenchLog,
  served: EndpointTimes[],
  offsetSeconds: number,
  syncSeconds: number,
  task: WatchedTask,
  addedAtMs: number,
) => {
  const at = (endpoint: string) => served.find((row) => row.endpoint === endpoint);
  const lists = served.filter((row) =>
    (LIST_ENDPOINTS as readonly string[]).includes(row.endpoint),
  );
  log('where the time went (seconds after tokens:add returned; pages as the sandbox served them):');
  if (lists.length > 0)
    log(
      `  first page served   ${(Math.min(...lists.map((row) => row.first)) - offsetSeconds).toFixed(2)}`,
    );
  for (const [label, endpoint] of [
    ['assets done', 'GET /assets'],
    ['users done', 'GET /users'],
    ['assignments done', 'GET /assignments'],
  ] as const) {
    const row = at(endpoint);
    if (row)
      log(
        `  ${label.padEnd(19)} ${(row.last - offsetSeconds).toFixed(2)} (${row.requests} requests, ${rateOf(row)} a second)`,
      );
  }
  const lastPage = Math.max(0, ...lists.map((row) => row.last)) - offsetSeconds;
  log(`  sync succeeded      ${syncSeconds.toFixed(2)}`);
  if (lists.length > 0)
    log(`  apply lag           ${(syncSeconds - lastPage).toFixed(2)} after the last page`);
  for (const row of served.filter((r) => !lists.includes(r)))
    log(`  ${row.endpoint}: ${row.requests} request(s)`);
  const steps = task.snapshot.steps ?? [];
  if (steps.length > 0) {
    log('  the task’s steps (main’s clock):');
    for (const step of steps)
      log(
        `    +${((step.at - addedAtMs) / 1000).toFixed(2)} ${step.key}${step.params ? ` ${JSON.stringify(step.params)}` : ''}`,
      );
  }
};

/** `originMs`: the page's clock when tokens:add returned, so gaps line up with the phases. */
const logFrames = (log: BenchLog, frames: FrameSummary, originMs: number) =>
  log(
    `frames: ${frames.frames}, longest gap ${frames.longestMs} ms, ${frames.over50} over 50 ms; worst: ${frames.worst
      .map((gap) => `${gap.gapMs} ms ending at +${((gap.at - originMs) / 1000).toFixed(2)} s`)
      .join(', ')}`,
  );

const runBench = async (args: BenchArgs, log: BenchLog, teardowns: Teardown[]) => {
  const measured: Partial<SyncBenchResult> = {};
  try {
    return await measure(args, log, teardowns, measured);
  } catch (error) {
    if (Object.keys(measured).length > 0)
      log(`measured before it stopped: ${JSON.stringify(measured)}`);
    throw error;
  }
};

const measure = async (
  args: BenchArgs,
  log: BenchLog,
  teardowns: Teardown[],
  measured: Partial<SyncBenchResult>,
): Promise<{ result: SyncBenchResult; problems: string[] }> => {
  const problems: string[] = [];
  log(`sandbox: seed ${args.seed}, ${args.rps} requests/s, ${args.pageSize} records per page`);
  const sandbox = await startSandbox({
    port: 0,
    seed: args.seed,
    rps: args.rps,
    pageSize: args.pageSize,
    log: (line) => log(`[sandbox] ${line}`),
  });
  teardowns.push(() => sandbox.close());
  const expected = expectedCounts(sandbox);
  const rate = await maxRequestPerSecond(sandbox.baseUrl);
  log(
    `sandbox ready: ${expected.assets} assets, ${expected.users} users, ${expected.assignments} assignments; maxRequestPerSecond ${rate}`,
  );

  const dataDir = await mkdtemp(join(tmpdir(), 'vpp-bench-data-'));
  const profileDir = await mkdtemp(join(tmpdir(), 'vpp-bench-profile-'));
  teardowns.push(async () => {
    if (args.keep) return log(`kept: data folder ${dataDir}, browser profile ${profileDir}`);
    await rm(dataDir, { recursive: true, force: true });
    await rm(profileDir, { recursive: true, force: true });
  });
  await writeConsoleSettings(dataDir, sandbox.baseUrl);
  const web = await startWebConsole(dataDir, log, args.rendererDir);
  teardowns.push(() => web.stop());
  log('console: web-cli ready');
  const app = await openConsolePage(profileDir, web.url, log);
  teardowns.push(() => app.close());
  log('console: page open (Chromium, profile on disk)');

  const watch = new TaskWatch(log);
  app.onEvent((name, payload, at) => {
    if (name === 'tasks:changed') watch.record(payload as TaskSnapshot, at);
  });

  const floor = await measureIdbFloor(app.page, expected);
  measured.idbFloorSeconds = seconds(floor.writeMs);
  log(
    `idb floor: ${floor.records} records (${floor.stored} stored) in ${floor.transactions} transactions, ${measured.idbFloorSeconds} s`,
  );
  const sorted = [...floor.batchMs].sort((a, b) => a - b);
  log(
    `  per ${FLOOR_BATCH}-record transaction: first ${floor.batchMs[0]} ms, median ${sorted[sorted.length >> 1]} ms, last ${floor.batchMs.at(-1)} ms, slowest ${sorted.at(-1)} ms`,
  );
  if (floor.stored !== floor.records) problems.push('the floor’s records overwrote each other');
  if (args.schemaFloor) {
    const schema = await measureIdbFloor(app.page, expected, consoleSchemaLayout());
    log(
      `schema floor (the console's stores and indexes): ${seconds(schema.writeMs)} s, ${schema.stored} stored`,
    );
  }

  await openVault(app, log);
  const { value: draft } = await app.invoke<TokenDraft>('tokens:inspect', {
    source: { kind: 'content', fileName: TOKEN_FILE_NAMES.demo, content: sandbox.tokens.demo },
  });
  log(`token: draft for "${draft.locationName}" (${draft.orgName})`);

  // Full sync: from tokens:add returning to its sync task succeeding.
  sandbox.admin.resetStats();
  const known = watch.ids();
  const timeline = new ServedTimeline(() => sandbox.admin.stats());
  const timelineStarted = performance.now();
  await app.startFrameProbe();
  const added = await app.invoke<TokenSnapshot>('tokens:add', {
    draftId: draft.draftId,
    fields: {
      name: `Bench ${args.seed}`,
      description: '',
      categories: [],
      appleId: '',
      type: 'education',
    },
  });
  const addedAtNodeMs = Date.now();
  const offsetSeconds = (performance.now() - timelineStarted) / 1000;
  watch.setOrigin(added.at);
  const token = added.value;
  log(`token: added (${seconds(added.at - added.before)} s); waiting for its first full sync`);
  const taskId = await firstSyncOf(app, watch, token, known, log);
  let full: WatchedTask;
  try {
    full = await watch.succeeded(taskId, args.timeoutSeconds * 1000);
  } finally {
    const frames = await app.stopFrameProbe().catch(() => undefined);
    if (frames) {
      measured.longestFrameMs = Math.round(frames.longestMs);
      logFrames(log, frames, added.at);
    }
  }
  const served = timeline.stop();
  const stats: ApiStats = sandbox.admin.stats();
  const wallSeconds = seconds(full.lastAt - added.at);
  logPhases(log, served, offsetSeconds, wallSeconds, full, addedAtNodeMs);

  const counts = await app.countRows(DATABASE, Object.values(TABLES));
  log(
    `database: ${counts[TABLES.assets]} assets, ${counts[TABLES.users]} vppUsers, ${counts[TABLES.assignments]} assignments`,
  );
  for (const [kind, table] of Object.entries(TABLES) as [keyof RecordCounts, string][])
    if (counts[table] !== expected[kind])
      problems.push(`${table} holds ${counts[table]} rows, not ${expected[kind]}`);

  const result = full.snapshot.result;
  const pagesServed = LIST_ENDPOINTS.reduce((sum, e) => sum + (stats.byEndpoint[e] ?? 0), 0);
  const records =
    numberIn(result, 'records') ??
    counts[TABLES.assets] + counts[TABLES.users] + counts[TABLES.assignments];
  const floorSeconds = seconds((stats.requests / rate) * 1000);
  Object.assign(measured, {
    records,
    pages: numberIn(result, 'pages') ?? pagesServed,
    requests: stats.requests,
    http429: stats.http429,
    wallSeconds,
    floorSeconds,
    ratio: Math.round((wallSeconds / Math.max(floorSeconds, floor.writeMs / 1000)) * 100) / 100,
  });
  log(
    `full sync: ${wallSeconds} s for ${records} records, ${stats.requests} requests (${stats.http429} × 429, ${stats.unanswered} unanswered); task result ${JSON.stringify(result)}`,
  );
  const reported = numberIn(result, 'requests');
  if (reported !== undefined && reported !== stats.requests)
    log(`  (the task counted ${reported} requests, the sandbox answered ${stats.requests})`);

  // Delta: a churn, then a delta sync of the same token.
  sandbox.admin.resetStats();
  const churn = sandbox.admin.churn(args.churn);
  log(
    `churn: ${churn.changed} assignments changed (${churn.associated} new, ${churn.disassociated} gone)`,
  );
  watch.setOrigin(await app.now());
  const started = await app.invoke<TaskSnapshot>('tasks:start', {
    id: randomUUID(),
    kind: 'vpp:sync',
    params: { tokenId: token.id, tokenName: token.name, mode: 'delta' },
  });
  const delta = await watch.succeeded(started.value.id, args.timeoutSeconds * 1000);
  measured.deltaSeconds = seconds(delta.lastAt - started.before);
  const deltaStats = sandbox.admin.stats();
  const after = await app.countRows(DATABASE, [TABLES.assignments]);
  log(
    `delta sync: ${measured.deltaSeconds} s, ${deltaStats.requests} requests (${deltaStats.http429} × 429); ${after[TABLES.assignments]} assignments held; task result ${JSON.stringify(delta.snapshot.result)}`,
  );
  const m = measured as Omit<SyncBenchResult, 'bench'>;
  // The order issue 8 gives.
  const resultInOrder: SyncBenchResult = {
    bench: 'sync',
    records: m.records,
    pages: m.pages,
    requests: m.requests,
    http429: m.http429,
    wallSeconds: m.wallSeconds,
    floorSeconds: m.floorSeconds,
    idbFloorSeconds: m.idbFloorSeconds,
    ratio: m.ratio,
    deltaSeconds: m.deltaSeconds,
    longestFrameMs: m.longestFrameMs,
  };
  return { result: resultInOrder, problems };
};

const reportTargets = (log: BenchLog, result: SyncBenchResult) => {
  const verdict = (ok: boolean) => (ok ? 'met' : 'missed');
  log(
    `targets: ratio ${result.ratio} ≤ ${TARGETS.ratio} ${verdict(result.ratio <= TARGETS.ratio)}; ` +
      `429s ${result.http429} = 0 ${verdict(result.http429 === TARGETS.http429)}; ` +
      `delta ${result.deltaSeconds} s ≤ ${TARGETS.deltaSeconds} ${verdict(result.deltaSeconds <= TARGETS.deltaSeconds)}; ` +
      `longest frame ${result.longestFrameMs} ms ≤ ${TARGETS.longestFrameMs} ${verdict(result.longestFrameMs <= TARGETS.longestFrameMs)}`,
  );
};

// Exit once torn down, whatever handle a child or the browser might have left behind.
process.exit(
  await runBenchMain({
    parseArgs: parseBenchArgs,
    usage,
    run: runBench,
    report: reportTargets,
    tearDownOnInterrupt: true,
  }),
);
