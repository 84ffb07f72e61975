import { afterEach, describe, expect, it } from 'vitest';
import { VppClient } from '../../../electron/vpp/client';
import type { SkippedRecordsReport } from '../../../electron/vpp/skipped-records';
import {
  COMMON,
  SERVICE_CONFIG,
  json,
  startScriptedServer,
  type ScriptedServer,
} from './scripted-server';

const TOKEN = 'bGVuaWVudC1hbnN3ZXJzLXRlc3QtdG9rZW4=';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const clientFor = (
  target: ScriptedServer,
  onSkippedRecords?: (report: SkippedRecordsReport) => void,
) => new VppClient({ token: TOKEN, baseUrl: target.baseUrl, onSkippedRecords });

/** Users as a real service might send them: strings for numbers, nulls, one without an id. */
const usersPage = (pageIndex: number) => ({
  ...COMMON,
  mdmInfo: null,
  users:
    pageIndex === 0
      ? [
          { clientUserId: 'stu-1', email: null, status: 'Associated' },
          { email: 'no.id@example.org', status: 'Registered' },
        ]
      : [{ clientUserId: 'stu-2', inviteCode: null }],
  currentPageIndex: String(pageIndex),
  nextPageIndex: pageIndex === 0 ? '1' : null,
  size: '2',
  totalPages: '2',
  versionId: 'u7',
});

describe('VppClient reads real-world answers leniently', () => {
  it('reads all users despite numeric strings and nulls, and reports the one without an id', async () => {
    server = await startScriptedServer((request, response) => {
      if (request.path === '/service/config') return json(response, 200, SERVICE_CONFIG());
      json(response, 200, usersPage(Number(request.query.get('pageIndex') ?? 0)));
    });
    const reports: SkippedRecordsReport[] = [];
    const all = await clientFor(server, (report) => reports.push(report)).getAllUsers();
    expect(all.users).toEqual([
      { clientUserId: 'stu-1', status: 'Associated' },
      { clientUserId: 'stu-2' },
    ]);
    expect(all.users[1]?.status).toBeUndefined();
    expect(all.skippedRecords).toBe(1);
    expect(reports).toEqual([
      { endpoint: 'getUsers', skipped: 1, reasons: [expect.stringContaining('clientUserId')] },
    ]);
    expect(JSON.stringify(reports)).not.toContain('no.id@example.org');
  });

  it('keeps the usable URLs of a configuration that has one non-string URL', async () => {
    server = await startScriptedServer((request, response) => {
      if (request.path === '/service/config') {
        const origin = new URL(server!.baseUrl).origin;
        return json(response, 200, {
          ...SERVICE_CONFIG(),
          urls: { getAssets: `${origin}/moved/assets`, getUsers: 42, eventStatus: null },
        });
      }
      json(response, 200, { ...COMMON, assets: [], users: [], totalPages: 1 });
    });
    const client = clientFor(server);
    await client.getAssets();
    await client.getUsers();
    expect(server.requests.map((request) => request.path)).toEqual([
      '/service/config',
      '/moved/assets',
      '/users',
    ]);
  });
});
