import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SandboxAdmin } from './admin/sandbox-admin';
import { errorBody } from './apple/error-catalogue';
import { serviceLimits } from './apple/service-limits';
import {
  TOKEN_FILE_NAMES,
  TOKEN_NAMES,
  TokenRegistry,
  type TokenName,
} from './apple/token-registry';
import { EventEngine } from './events/event-engine';
import { answerClientError, refuseConnect } from './http/client-errors';
import { ApiStats } from './http/api-stats';
import { FaultInjector } from './http/fault-injector';
import { RateLimiter } from './http/rate-limiter';
import { BodyAbortedError } from './http/read-body';
import { sendJson } from './http/responses';
import { failureReport } from './http/sandbox-log';
import { announceFinishedEvents } from './notifications/event-notifications';
import { Notifier } from './notifications/notifier';
import { notificationAgent } from './notifications/tls-trust';
import { resolveSandboxOptions, type SandboxOptions } from './options';
import { routeRequest } from './route-request';
import { seedWorld } from './seeds/seed-world';
import type { SandboxWorld } from './sandbox-world';

export interface RunningSandbox {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `http://127.0.0.1:PORT/mdm/v2` (no trailing slash) */
  baseUrl: string;
  port: number;
  /** The token files' contents: the Bearer values. */
  tokens: Record<TokenName, string>;
  admin: SandboxAdmin;
  close(): Promise<void>;
}

const V2_PREFIX = '/mdm/v2';

const writeTokenFiles = async (outDir: string, tokens: TokenRegistry) => {
  await mkdir(outDir, { recursive: true });
  for (const name of TOKEN_NAMES)
    await writeFile(join(outDir, TOKEN_FILE_NAMES[name]), tokens.get(name).fileContent, {
      mode: 0o600,
    });
};

/**
 * Starts a local imitation of Apple's Apps and Books API v2 on 127.0.0.1, seeded, with its
 * invitation page, metadata lookup and admin side. Electron-free: the console embeds it, and
 * tests, benchmarks and `npm run sandbox` run it on their own.
 */
export const startSandbox = async (options: SandboxOptions = {}): Promise<RunningSandbox> => {
  const config = resolveSandboxOptions(options);
  const startedAt = config.now();
  const seeded = seedWorld(config.seed, startedAt);
  const lifetime = new AbortController();
  const notifier = new Notifier({
    agent: notificationAgent(config.notificationCa),
    timeoutMs: config.notificationTimeoutMs,
    retryDelayMs: config.notificationRetryDelayMs,
    duplicate: config.duplicateNotifications,
    closed: lifetime.signal,
    now: config.now,
  });
  const events = new EventEngine(config.eventDelayMs, config.now, announceFinishedEvents(notifier));
  const world: SandboxWorld = {
    seed: config.seed,
    locations: seeded.locations,
    tokens: new TokenRegistry(config.seed, seeded.orgName, startedAt),
    events,
    notifier,
    faults: new FaultInjector(config.faults),
    rateLimiter: new RateLimiter(config.rps),
    catalogue: seeded.catalogue,
    limits: serviceLimits(config.rps),
    pageSize: config.pageSize,
    authErrorStyle: config.authErrorStyle,
    now: config.now,
    log: config.log,
    closed: lifetime.signal,
    origin: '',
  };
  const apiStats = new ApiStats(config.now);
  const admin = new SandboxAdmin(world, apiStats);
  let port = 0;
  // Node's own Host check answers 400 with an empty body; the sandbox's (route-request.ts)
  // answers in Apple's shape and also refuses other names.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    routeRequest(world, admin, apiStats, port, req, res).catch((error: unknown) => {
      // The client left (or its framing broke) mid-body: nobody is waiting for an answer.
      if (error instanceof BodyAbortedError) return void res.destroy();
      world.log(failureReport(req.method ?? '', (req.url ?? '').split('?')[0], error));
      if (!res.headersSent) sendJson(res, 500, errorBody(9603));
      else res.destroy();
    });
  });
  server.on('clientError', answerClientError(world.log));
  server.on('connect', refuseConnect(world.log));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  world.origin = `http://127.0.0.1:${port}`;
  try {
    if (config.outDir) await writeTokenFiles(config.outDir, world.tokens);
  } catch (error) {
    server.close();
    notifier.close();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    origin: world.origin,
    baseUrl: `${world.origin}${V2_PREFIX}`,
    port,
    tokens: world.tokens.fileContents(),
    admin,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        events.close();
        lifetime.abort();
        notifier.close();
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
};
