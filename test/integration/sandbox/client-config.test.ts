import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import { NotificationReceiver, selfSignedIdentity } from './notification-receiver';
import { OTHER_MDM_INFO, type RunningSandbox } from '../../../electron/sandbox/index';

const ourMdm = {
  id: '0b8f9a8e-2f0e-4a57-9d37-6f3b1c2d4e5f',
  name: 'VPP Console',
  metadata: '0.1.0',
};

describe('client/config', () => {
  let sandbox: RunningSandbox;
  let api: SandboxApi;
  let receiver: NotificationReceiver;
  beforeAll(async () => {
    const identity = selfSignedIdentity();
    receiver = await NotificationReceiver.start(identity);
    sandbox = await startTestSandbox({ notificationCa: identity.cert });
    api = SandboxApi.for(sandbox);
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });

  it('GET describes the location', async () => {
    const { status, body } = await api.get('/client/config');
    expect(status).toBe(200);
    expect(body).toEqual({
      countryISO2ACode: 'NL',
      defaultPlatform: 'volumestore',
      locationName: 'De Regenboog – Hoofdgebouw',
      subscribedNotificationTypes: [],
      websiteURL: 'https://school.apple.com',
      tokenExpirationDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/),
      uId: '3049025001234567',
    });
  });

  it('shows the other MDM’s mdmInfo on the other-mdm token’s location', async () => {
    const { body } = await SandboxApi.for(sandbox, 'otherMdm').get('/client/config');
    expect(body.mdmInfo).toEqual(OTHER_MDM_INFO);
    expect(body.locationName).toBe('De Regenboog – Kindcentrum');
  });

  it('POST sets mdmInfo, echoed on this and every later response', async () => {
    const posted = await api.post('/client/config', { mdmInfo: ourMdm, unknownField: 1 });
    expect(posted.status).toBe(200);
    expect(posted.body.mdmInfo).toEqual(ourMdm);
    for (const path of ['/assets', '/users', '/assignments', '/client/config'])
      expect((await api.get(path)).body.mdmInfo).toEqual(ourMdm);
    const { body } = await api.post('/assets/revoke', { serialNumbers: ['NOSUCHDEVICE'] });
    expect(body.mdmInfo).toEqual(ourMdm);
    expect((await api.get('/status', { eventId: body.eventId })).body.mdmInfo).toEqual(ourMdm);
  });

  it('keeps fields a POST leaves out', async () => {
    await api.post('/client/config', {
      notificationUrl: receiver.url,
      notificationAuthToken: 'c2VjcmV0',
      notificationTypes: ['ASSET_COUNT', 'USER_ASSOCIATED'],
    });
    const { body } = await api.post('/client/config', {});
    expect(receiver.received).toHaveLength(1); // the TEST_NOTIFICATION, not again for {}
    expect(body).toMatchObject({
      mdmInfo: ourMdm,
      notificationUrl: receiver.url,
      notificationAuthToken: 'c2VjcmV0',
      subscribedNotificationTypes: ['ASSET_COUNT', 'USER_ASSOCIATED'],
    });
  });

  it('rejects bad mdmInfo and notification settings with Apple’s numbers, changing nothing', async () => {
    const long = (n: number) => 'x'.repeat(n);
    const cases: [unknown, number][] = [
      [{ mdmInfo: { id: 'a', name: 'b' } }, 9723],
      [{ mdmInfo: 'VPP Console' }, 9723],
      [{ mdmInfo: { ...ourMdm, id: long(101) } }, 9724],
      [{ mdmInfo: { ...ourMdm, name: long(101) } }, 9725],
      [{ mdmInfo: { ...ourMdm, metadata: long(256) } }, 9713],
      [{ notificationUrl: 'https://console.example/n' }, 9710],
      [{ notificationAuthToken: 'abc' }, 9710],
      [{ notificationUrl: `https://e.example/${long(600)}`, notificationAuthToken: 'a' }, 9711],
      [{ notificationUrl: 'http://console.example/n', notificationAuthToken: 'a' }, 9712],
      [{ notificationTypes: ['TOKEN_EXPIRATION'] }, 9602],
      [[1, 2], 9602],
    ];
    for (const [body, errorNumber] of cases) {
      const response = await api.post('/client/config', body);
      expect([
        JSON.stringify(body).slice(0, 40),
        response.status,
        response.body.errorNumber,
      ]).toEqual([JSON.stringify(body).slice(0, 40), 400, errorNumber]);
    }
    expect((await api.get('/client/config')).body.mdmInfo).toEqual(ourMdm);
  });

  it('takes over from another MDM when the console posts its own mdmInfo', async () => {
    const other = SandboxApi.for(sandbox, 'otherMdm');
    await other.post('/client/config', { mdmInfo: ourMdm });
    expect((await other.get('/assets')).body.mdmInfo).toEqual(ourMdm);
  });
});
