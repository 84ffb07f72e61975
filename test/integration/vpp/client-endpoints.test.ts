import { afterEach, describe, expect, it } from 'vitest';
import { VppClient } from '../../../electron/vpp/client';
import {
  COMMON,
  SERVICE_CONFIG,
  json,
  startScriptedServer,
  type ScriptedServer,
} from './scripted-server';

const TOKEN = 'ZW5kcG9pbnQtdGVzdC10b2tlbg==';

const servers: ScriptedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const emptyPage = (list: string) => ({ ...COMMON, [list]: [], currentPageIndex: 0, totalPages: 1 });

/** Answers every endpoint wherever it is asked, as Apple's moved service would. */
const answerAnything = (path: string) => {
  if (path.endsWith('/assets')) return emptyPage('assets');
  if (path.endsWith('/assignments')) return emptyPage('assignments');
  if (path.endsWith('/users')) return emptyPage('users');
  if (path.endsWith('/users/create')) return { ...COMMON, eventId: 'ev-1' };
  if (path.endsWith('/status')) {
    return { ...COMMON, eventStatus: 'COMPLETE', eventType: 'CREATE', numRequested: 1 };
  }
  return { ...COMMON, locationName: 'School' };
};

const start = async (urls: (self: ScriptedServer) => Record<string, unknown>) => {
  const server: ScriptedServer = await startScriptedServer((request, response) => {
    if (request.path === '/service/config') {
      return json(response, 200, { ...SERVICE_CONFIG(), urls: urls(server) });
    }
    json(response, 200, answerAnything(request.path));
  });
  servers.push(server);
  return server;
};

const originOf = (server: ScriptedServer) => new URL(server.baseUrl).origin;
const paths = (server: ScriptedServer) =>
  server.requests.map((request) => `${request.method} ${request.path}`);

describe('VppClient: endpoint addresses come from the service configuration', () => {
  it('follows urls to another path and another host:port, for reads, writes and status', async () => {
    const elsewhere = await start(() => ({}));
    const home = await start((self) => ({
      getAssets: `${originOf(self)}/moved/assets`,
      getUsers: `${originOf(elsewhere)}/other/v2/users`,
      createUsers: `${originOf(elsewhere)}/other/v2/users/create`,
      eventStatus: `${originOf(elsewhere)}/other/v2/status`,
    }));
    const client = new VppClient({ token: TOKEN, baseUrl: home.baseUrl });

    await client.getAssets();
    await client.getUsers({ clientUserId: 'stu-1' });
    const created = await client.createUsers([{ clientUserId: 'stu-1' }]);
    const status = await client.getEventStatus(created.eventIds[0]!);

    expect(status.eventStatus).toBe('COMPLETE');
    expect(paths(home)).toEqual(['GET /service/config', 'GET /moved/assets']);
    expect(paths(elsewhere)).toEqual([
      'GET /other/v2/users',
      'POST /other/v2/users/create',
      'GET /other/v2/status',
    ]);
    expect(elsewhere.requests[0]!.query.get('clientUserId')).toBe('stu-1');
    expect(elsewhere.requests[2]!.query.get('eventId')).toBe('ev-1');
    expect(elsewhere.requests[1]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('falls back to the documented path when a URL is missing or unusable', async () => {
    const home = await start(() => ({
      clientConfig: 'not a url',
      getUsers: 'ftp://127.0.0.1/users',
      // getAssignments left out altogether
    }));
    const client = new VppClient({ token: TOKEN, baseUrl: home.baseUrl });
    await client.getClientConfig();
    await client.getUsers();
    await client.getAssignments();
    expect(paths(home)).toEqual([
      'GET /service/config',
      'GET /client/config',
      'GET /users',
      'GET /assignments',
    ]);
  });

  it('follows a URL that changes when the configuration is re-read after five minutes', async () => {
    let moved = false;
    const home = await start((self) => (moved ? { getAssets: `${originOf(self)}/v3/assets` } : {}));
    const clock = { now: Date.now() };
    const client = new VppClient({ token: TOKEN, baseUrl: home.baseUrl, now: () => clock.now });
    await client.getAssets();
    moved = true;
    clock.now += 5 * 60_000 + 1;
    await client.getAssets();
    expect(paths(home)).toEqual([
      'GET /service/config',
      'GET /assets',
      'GET /service/config',
      'GET /v3/assets',
    ]);
  });

  it('uses the documented paths when the service configuration cannot be read', async () => {
    const server = await startScriptedServer((request, response) => {
      if (request.path === '/service/config') {
        return json(response, 400, { errorNumber: 9602, errorMessage: 'Invalid argument' });
      }
      json(response, 200, answerAnything(request.path));
    });
    servers.push(server);
    await new VppClient({ token: TOKEN, baseUrl: server.baseUrl }).getAssets();
    expect(paths(server)).toEqual(['GET /service/config', 'GET /assets']);
  });
});
