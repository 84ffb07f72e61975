import type { IncomingMessage, ServerResponse } from 'node:http';
import { AdminError, type SandboxAdmin } from './sandbox-admin';
import { ADMIN_BODY_LIMIT, BodyTooLargeError, mediaTypeOf, readBody } from '../http/read-body';
import { CLOSE_CONNECTION, sendJson } from '../http/responses';
import { refusalLine, type SandboxLog } from '../http/sandbox-log';
import type { PricingParam } from '../state/asset-store';
import type { LocationKey, MdmInfo } from '../state/location';
import type { UserStatus } from '../state/user-store';
import type { TokenName } from '../apple/token-registry';

type Body = Record<string, unknown>;

const readJson = async (req: IncomingMessage): Promise<Body> => {
  if (mediaTypeOf(req) !== 'application/json')
    throw new AdminError(415, 'Send the body as application/json.');
  const text = await readBody(req, ADMIN_BODY_LIMIT);
  if (text.trim() === '') return {};
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error();
    return body as Body;
  } catch {
    throw new AdminError(400, 'The body is not a JSON object.');
  }
};

const optional = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

const required = (body: Body, name: string): string => {
  const value = optional(body[name]);
  if (value === undefined) throw new AdminError(400, `"${name}" is required.`);
  return value;
};

/** offset/limit paging for the big lists (the large seed has 200,000 assignments). */
const window = <T>(rows: T[], query: URLSearchParams) => {
  const offset = Math.max(0, Number(query.get('offset') ?? 0) || 0);
  const limit = query.has('limit') ? Math.max(0, Number(query.get('limit')) || 0) : rows.length;
  return { total: rows.length, offset, rows: rows.slice(offset, offset + limit) };
};

type Route = (
  admin: SandboxAdmin,
  query: URLSearchParams,
  req: IncomingMessage,
) => Promise<unknown>;

/**
 * The admin side over HTTP, for e2e tests and demos in another process (`/sandbox-admin/...`).
 * Not Apple's API: no token, no rate limit, no faults. Token contents are never served.
 */
const ROUTES: Record<string, Route> = {
  'GET /state': async (admin, query) => ({
    location: admin.location(location(query.get('location'))),
    faults: admin.faults(),
  }),
  'GET /assets': async (admin, query) => ({
    assets: admin.assets(location(query.get('location'))),
  }),
  'GET /users': async (admin, query) => {
    const { rows, ...page } = window(
      admin.users(location(query.get('location')), {
        clientUserId: optional(query.get('clientUserId')),
        status: optional(query.get('status')) as UserStatus | undefined,
      }),
      query,
    );
    return { users: rows, ...page };
  },
  'GET /assignments': async (admin, query) => {
    const { rows, ...page } = window(
      admin.assignments(location(query.get('location')), {
        adamId: optional(query.get('adamId')),
        clientUserId: optional(query.get('clientUserId')),
        serialNumber: optional(query.get('serialNumber')),
      }),
      query,
    );
    return { assignments: rows, ...page };
  },
  'GET /events': async (admin, query) => ({
    events: admin.events(location(query.get('location'))),
  }),
  'POST /purchase': async (admin, _query, req) => {
    const body = await readJson(req);
    return {
      asset: admin.addLicenses(
        required(body, 'adamId'),
        Number(body.count),
        (optional(body.pricingParam) ?? 'STDQ') as PricingParam,
        location(optional(body.location)),
      ),
    };
  },
  'POST /invitations/accept': async (admin, _query, req) => {
    const body = await readJson(req);
    return {
      user: admin.acceptInvitation(required(body, 'inviteCode'), required(body, 'appleId')),
    };
  },
  'GET /faults': async (admin) => ({ faults: admin.faults() }),
  'POST /faults': async (admin, _query, req) => {
    const body = await readJson(req);
    if (typeof body.spec !== 'string') throw new AdminError(400, '"spec" is required ("" clears).');
    admin.setFaults(body.spec);
    return { faults: admin.faults() };
  },
  'POST /mdm-info': async (admin, _query, req) => {
    const body = await readJson(req);
    const key = location(optional(body.location));
    admin.setMdmInfo((body.mdmInfo ?? null) as MdmInfo | null, key);
    return { location: admin.location(key) };
  },
  'POST /tokens/revoke': async (admin, _query, req) => {
    const body = await readJson(req);
    admin.revokeToken(required(body, 'name') as TokenName);
    return { revoked: body.name };
  },
  'GET /notifications': async (admin, query) => ({
    notifications: admin.notifications(location(query.get('location'))),
    duplicate: admin.duplicateNotifications(),
  }),
  'POST /notifications/duplicate': async (admin, _query, req) => {
    const body = await readJson(req);
    admin.setDuplicateNotifications(body.enabled as boolean);
    return { duplicate: admin.duplicateNotifications() };
  },
  'GET /stats': async (admin) => admin.stats(),
  'POST /stats/reset': async (admin) => {
    admin.resetStats();
    return admin.stats();
  },
  'POST /churn': async (admin, _query, req) => {
    const body = await readJson(req);
    return admin.churn(body.fraction as number, location(optional(body.location)));
  },
  'POST /events/flush': async (admin) => {
    admin.flushEvents();
    return { flushed: true };
  },
};

const location = (value: string | null | undefined): LocationKey =>
  (value || 'demo') as LocationKey;

export const handleAdminRequest = async (
  admin: SandboxAdmin,
  log: SandboxLog,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
): Promise<void> => {
  const route = ROUTES[`${req.method} ${path.slice('/sandbox-admin'.length)}`];
  if (!route) return sendJson(res, 404, { error: `No admin route ${req.method} ${path}.` });
  try {
    sendJson(res, 200, await route(admin, query, req));
  } catch (error) {
    if (error instanceof AdminError)
      return sendJson(res, error.httpStatus, { error: error.message });
    if (error instanceof BodyTooLargeError) {
      log(refusalLine(413, req.method ?? '', path, error.message));
      return sendJson(res, 413, { error: error.message }, CLOSE_CONNECTION);
    }
    throw error;
  }
};
