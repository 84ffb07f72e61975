import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAdminRequest } from './admin/admin-routes';
import type { SandboxAdmin } from './admin/sandbox-admin';
import type { ApiStats } from './http/api-stats';
import { handleAppleRequest } from './apple/apple-api';
import { hostProblem, isForeignOrigin } from './http/host-check';
import { sendMalformed, sendMisdirected, sendNotFound } from './http/refusals';
import { parseRequestTarget } from './http/request-target';
import { sendJson } from './http/responses';
import { refusalLine } from './http/sandbox-log';
import { handleIndexRequest, INDEX_PATHS } from './index-page/index-routes';
import { handleInvitationRequest } from './invitation/invitation-routes';
import { handleMetadataRequest } from './metadata/metadata-routes';
import type { SandboxWorld } from './sandbox-world';

const V2_PREFIX = '/mdm/v2';

const isSafeMethod = (method: string | undefined) => method === 'GET' || method === 'HEAD';

/**
 * Every request's way in: a target that can be read (400, or 414 when too long), the
 * sandbox's own host name (421 for any other: DNS rebinding), and for the admin side and the
 * invitation form no state change from another site's page (403). Then the route.
 */
export const routeRequest = async (
  world: SandboxWorld,
  admin: SandboxAdmin,
  apiStats: ApiStats,
  port: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> => {
  const method = req.method ?? 'GET';
  const target = parseRequestTarget(req.url ?? '');
  if (typeof target === 'string') {
    const status = target === 'tooLong' ? 414 : 400;
    world.log(
      refusalLine(
        status,
        method,
        (req.url ?? '').split('?')[0],
        `the request target is ${target === 'tooLong' ? 'too long' : 'not a path'}`,
      ),
    );
    return sendMalformed(res, status);
  }
  const { path, query } = target;
  const host = hostProblem(req, target.authority, port);
  if (host === 'misdirected') {
    const named = (target.authority ?? req.headers.host ?? '').slice(0, 100);
    world.log(refusalLine(421, method, path, `the host "${named}" is not the sandbox's`));
    return sendMisdirected(res, port);
  }
  if (host) {
    world.log(
      refusalLine(400, method, path, `${host === 'missing' ? 'no' : 'more than one'} Host header`),
    );
    return sendMalformed(res);
  }

  if (INDEX_PATHS.has(path)) return handleIndexRequest(world, req, res);
  if (path.startsWith(`${V2_PREFIX}/`)) {
    const applePath = path.slice(V2_PREFIX.length);
    apiStats.observe(method, applePath, res);
    return handleAppleRequest(world, req, res, applePath, query);
  }
  if (path.startsWith('/metadata/')) return handleMetadataRequest(world, req, res, path, query);

  const stateChanging = path === '/invite/accept' || path.startsWith('/sandbox-admin/');
  if (stateChanging && !isSafeMethod(method) && isForeignOrigin(req, port)) {
    const origin = (req.headers.origin ?? '').slice(0, 100);
    world.log(refusalLine(403, method, path, `the Origin "${origin}" is another site`));
    return sendJson(res, 403, {
      error: `Requests from another origin are refused; the sandbox's pages are at ${world.origin}.`,
    });
  }
  if (path === '/invite' || path === '/invite/accept')
    return handleInvitationRequest(world, req, res, path, query);
  if (path.startsWith('/sandbox-admin/'))
    return handleAdminRequest(admin, world.log, req, res, path, query);
  sendNotFound(res, world.origin);
};
