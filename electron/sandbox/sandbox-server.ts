import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { handleAdminRequest } from './admin/admin-routes';
import { SandboxAdmin } from './admin/sandbox-admin';
import { handleAppleRequest } from './apple/apple-api';
import { serviceLimits } from './apple/service-limits';
import {
  TOKEN_FILE_NAMES,
  TOKEN_NAMES,
  TokenRegistry,
  type TokenName,
} from './apple/token-registry';
import { EventEngine } from './events/event-engine';
import { FaultInjector } from './http/fault-injector';
import { RateLimiter } from './http/rate-limiter';
import { BodyAbortedError } from './http/read-body';
import { sendJson, sendText } from './http/responses';
import { failureReport } from './http/sandbox-log';
import { handleInvitationRequest } from './invitation/invitation-routes';
import { handleMetadataRequest } from './metadata/metadata-routes';
import { announceFinishedEvents } from './notifications/event-notifications';
import { Notifier } from './notifications/notifier';
import { notificationAgent } from './notifications/tls-trust';
import { resolveSandboxOptions, type SandboxOptions } from './options';
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

const route = async (
  world: SandboxWorld,
  admin: SandboxAdmin,
  req: IncomingMessage,
  res: ServerResponse,
) => {
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  const path = url.pathname;
  if (path.startsWith(`${V2_PREFIX}/`))
    return handleAppleRequest(world, req, res, path.slice(V2_PREFIX.length), url.searchParams);
  if (path === '/invite' || path === '/invite/accept')
    return handleInvitationRequest(world, req, res, path, url.searchParams);
  if (path.startsWith('/metadata/'))
    return handleMetadataRequest(world, req, res, path, url.searchParams);
  if (path.startsWith('/sandbox-admin/'))
    return handleAdminRequest(admin, world.log, req, res, path, url.searchParams);
  if (path === '/')
    return sendText(
      res,
      200,
      `VPP sandbox (seed ${world.seed}): Apple's Apps and Books API v2 at ${world.origin}${V2_PREFIX}/\n`,
    );
  sendText(res, 404, 'Not Found');
};

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
  const admin = new SandboxAdmin(world);
  const server = createServer((req, res) => {
    route(world, admin, req, res).catch((error: unknown) => {
      // The client left (or its framing broke) mid-body: nobody is waiting for an answer.
      if (error instanceof BodyAbortedError) return void res.destroy();
      world.log(failureReport(req.method ?? '', (req.url ?? '').split('?')[0], error));
      if (!res.headersSent) sendJson(res, 500, { error: 'The sandbox failed; see its log.' });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
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
