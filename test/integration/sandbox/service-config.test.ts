import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import type { RunningSandbox } from '../../../electron/sandbox/index';

describe('GET /service/config', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ rps: 15 });
  });
  afterAll(() => sandbox.close());

  it('needs no token and lists urls, limits, error codes and notification types', async () => {
    const { status, body } = await new SandboxApi(sandbox.baseUrl, undefined).get(
      '/service/config',
    );
    expect(status).toBe(200);
    expect(body.limits).toEqual({
      maxAssets: 25,
      maxClientUserIds: 1000,
      maxSerialNumbers: 1000,
      maxRevokeClientUserIds: 100,
      maxRevokeSerialNumbers: 100,
      maxUsers: 100,
      maxNotificationLength: 512,
      maxMdmNameLength: 100,
      maxMdmIdLength: 100,
      maxMdmMetadataLength: 255,
      maxRequestPerSecond: 15,
      maxSubscriptions: 25,
      maxSubscriptionClientUserIds: 1000,
    });
    expect(body.notificationTypes).toEqual([
      'ASSET_COUNT',
      'ASSET_MANAGEMENT',
      'USER_MANAGEMENT',
      'USER_ASSOCIATED',
    ]);
    expect(body.errorCodes).toContainEqual({
      errorNumber: 9646,
      errorMessage: expect.stringContaining('too many requests'),
    });
    expect(body).not.toHaveProperty('uId');
  });

  it('points every url at this sandbox, with Apple’s literal %25inviteCode%25 placeholder', async () => {
    const { body } = await SandboxApi.for(sandbox).get('/service/config');
    const v2 = sandbox.baseUrl;
    expect(body.urls).toEqual({
      invitationEmail: `${sandbox.origin}/invite?inviteCode=%25inviteCode%25&mt=8`,
      clientConfig: `${v2}/client/config`,
      createUsers: `${v2}/users/create`,
      getAssignments: `${v2}/assignments`,
      revokeAssets: `${v2}/assets/revoke`,
      contentMetadataLookup: `${sandbox.origin}/metadata/lookup`,
      getUsers: `${v2}/users`,
      eventStatus: `${v2}/status`,
      associateAssets: `${v2}/assets/associate`,
      disassociateAssets: `${v2}/assets/disassociate`,
      updateUsers: `${v2}/users/update`,
      getAssets: `${v2}/assets`,
      retireUsers: `${v2}/users/retire`,
    });
  });

  it('answers a wrong method with 9726 / HTTP 405', async () => {
    const { status, body, headers } = await SandboxApi.for(sandbox).post('/service/config', {});
    expect(status).toBe(405);
    expect(body.errorNumber).toBe(9726);
    expect(headers.get('allow')).toBe('GET');
  });
});
