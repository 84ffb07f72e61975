import { createServer as createTcpServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import {
  NotificationReceiver,
  selfSignedIdentity,
  type TlsIdentity,
} from './notification-receiver';
import { PRODUCT_IDS, type RunningSandbox } from '../../../electron/sandbox/index';

const DEMO_UID = '3049025001234567';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ALL_TYPES = ['ASSET_MANAGEMENT', 'USER_MANAGEMENT', 'USER_ASSOCIATED', 'ASSET_COUNT'];

describe('notifications (webhooks)', () => {
  let trusted: TlsIdentity;
  let sandbox: RunningSandbox;
  let api: SandboxApi;
  let receiver: NotificationReceiver;

  const subscribe = async (types: string[], authToken = 'webhook-secret-1') => {
    const response = await api.post('/client/config', {
      notificationUrl: receiver.url,
      notificationAuthToken: authToken,
      notificationTypes: types,
    });
    expect(response.status).toBe(200);
    await sandbox.admin.notificationsSettled();
    receiver.reset();
  };

  /** Posts a write request and waits for its event; /status itself carries no eventId. */
  const runEvent = async (path: string, body: unknown) => {
    const { body: posted } = await api.post(path, body);
    return { eventId: posted.eventId as string, ...(await api.settle(posted.eventId)) };
  };

  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sandbox.origin}/sandbox-admin${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    trusted = selfSignedIdentity();
    receiver = await NotificationReceiver.start(trusted);
    sandbox = await startTestSandbox({
      notificationCa: trusted.cert,
      notificationRetryDelayMs: 20,
      notificationTimeoutMs: 800,
    });
    api = SandboxApi.for(sandbox);
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });
  beforeEach(() => receiver.reset());

  describe('configuring the URL', () => {
    it('sends a TEST_NOTIFICATION with the bearer before saving the settings', async () => {
      const response = await api.post('/client/config', {
        notificationUrl: receiver.url,
        notificationAuthToken: 'c2VjcmV0LWZvci13ZWJob29r',
        notificationTypes: ['ASSET_COUNT'],
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        notificationUrl: receiver.url,
        notificationAuthToken: 'c2VjcmV0LWZvci13ZWJob29r',
        subscribedNotificationTypes: ['ASSET_COUNT'],
      });
      expect(receiver.received).toEqual([
        {
          authorization: 'Bearer c2VjcmV0LWZvci13ZWJob29r',
          contentType: 'application/json',
          body: {
            notification: {},
            notificationId: expect.stringMatching(UUID),
            notificationType: 'TEST_NOTIFICATION',
            uId: DEMO_UID,
          },
        },
      ]);
      const [delivery] = sandbox.admin.notifications().slice(-1);
      expect(delivery).toMatchObject({
        notificationType: 'TEST_NOTIFICATION',
        url: receiver.url,
        outcome: 'delivered',
        attempts: [{ status: 200 }],
      });
      expect(JSON.stringify(sandbox.admin.notifications())).not.toContain('c2VjcmV0');
    });

    it('refuses an unreachable, failing, untrusted or silent receiver with 9728 and keeps the old settings', async () => {
      await subscribe(['ASSET_COUNT', 'USER_ASSOCIATED'], 'old-secret');
      const untrustedReceiver = await NotificationReceiver.start(selfSignedIdentity());
      const failingReceiver = await NotificationReceiver.start(trusted);
      failingReceiver.answerNext(500);
      const silent: Server = createTcpServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const closedPort = await freePort();
      const urls = {
        'connection refused': `https://127.0.0.1:${closedPort}/hook`,
        'HTTP 500': failingReceiver.url,
        'self-signed certificate not trusted': untrustedReceiver.url,
        'no answer': `https://127.0.0.1:${(silent.address() as AddressInfo).port}/hook`,
      };
      try {
        for (const [problem, url] of Object.entries(urls)) {
          const response = await api.post('/client/config', {
            notificationUrl: url,
            notificationAuthToken: 'new-secret',
            notificationTypes: ['ASSET_MANAGEMENT'],
            mdmInfo: { id: 'other', name: 'Other console', metadata: '' },
          });
          expect([problem, response.status, response.body]).toEqual([
            problem,
            400,
            { errorNumber: 9728, errorMessage: 'The notificationUrl is unreachable.' },
          ]);
        }
        expect(untrustedReceiver.received).toEqual([]);
        expect(failingReceiver.received).toHaveLength(1);
      } finally {
        await untrustedReceiver.close();
        await failingReceiver.close();
        silent.close();
      }
      const { body } = await api.get('/client/config');
      expect(body).toMatchObject({
        notificationUrl: receiver.url,
        notificationAuthToken: 'old-secret',
        subscribedNotificationTypes: ['ASSET_COUNT', 'USER_ASSOCIATED'],
      });
      expect(body.mdmInfo).toBeUndefined();
      const failed = sandbox.admin.notifications().slice(-4);
      expect(failed.map((d) => [d.outcome, d.attempts.length])).toEqual(
        Array(4).fill(['failed', 1]),
      );
      expect(failed[2].attempts[0].error).toMatch(/certificate/i);
      expect(failed[3].attempts[0].error).toContain('800 ms');
    });

    it('still requires HTTPS (9712) and sends nothing for an http URL', async () => {
      const response = await api.post('/client/config', {
        notificationUrl: receiver.url.replace('https:', 'http:'),
        notificationAuthToken: 'x',
      });
      expect(response.body.errorNumber).toBe(9712);
      expect(receiver.received).toEqual([]);
    });
  });

  describe('after configuration', () => {
    beforeAll(() => subscribe(ALL_TYPES));

    it('sends ASSET_MANAGEMENT when an associate finishes, split at 100 assignments', async () => {
      const serials = Array.from({ length: 60 }, (_, i) => `NOTIFY${String(i).padStart(4, '0')}`);
      const assets = [{ adamId: PRODUCT_IDS.pages }, { adamId: PRODUCT_IDS.keynote }];
      const posted = await api.post('/assets/associate', { assets, serialNumbers: serials });
      const status = await api.settle(posted.body.eventId);
      expect(status).toMatchObject({ eventStatus: 'COMPLETE', numCompleted: 120 });
      await sandbox.admin.notificationsSettled();

      const notifications = receiver.ofType('ASSET_MANAGEMENT');
      expect(notifications.map((n) => n.notification.assignments.length)).toEqual([100, 20]);
      for (const n of notifications) {
        expect(n.uId).toBe(DEMO_UID);
        expect(n.notification).toMatchObject({
          type: 'ASSOCIATE',
          result: 'SUCCESS',
          eventId: posted.body.eventId,
        });
        expect(n.notification.error).toBeUndefined();
      }
      expect(new Set(notifications.map((n) => n.notificationId)).size).toBe(2);
      expect(receiver.received.every((r) => r.authorization === 'Bearer webhook-secret-1')).toBe(
        true,
      );
      const listed = notifications.flatMap((n) => n.notification.assignments);
      const expected = assets.flatMap(({ adamId }) =>
        serials.map((serialNumber) => ({ adamId, pricingParam: 'STDQ', serialNumber })),
      );
      expect(listed).toEqual(expected);

      receiver.reset();
      const revoked = await runEvent('/assets/revoke', { serialNumbers: [serials[0]] });
      expect(revoked.eventStatus).toBe('COMPLETE');
      await sandbox.admin.notificationsSettled();
      expect(receiver.ofType('ASSET_MANAGEMENT').map((n) => n.notification)).toEqual([
        {
          type: 'REVOKE',
          result: 'SUCCESS',
          eventId: revoked.eventId,
          assignments: assets.map(({ adamId }) => ({
            adamId,
            pricingParam: 'STDQ',
            serialNumber: serials[0],
          })),
        },
      ]);
    });

    it('reports scarce licences as a separate FAILURE notification with 9709', async () => {
      const holders = new Set(
        sandbox.admin
          .assignments('demo', { adamId: PRODUCT_IDS.leesladder })
          .map((a) => a.clientUserId),
      );
      const users = sandbox.admin
        .users('demo', { status: 'Associated' })
        .map((u) => u.clientUserId)
        .filter((id) => !holders.has(id))
        .slice(0, 15);
      const { availableCount } = sandbox.admin
        .assets()
        .find((a) => a.adamId === PRODUCT_IDS.leesladder)!;
      expect(availableCount).toBe(12);
      const status = await runEvent('/assets/associate', {
        assets: [{ adamId: PRODUCT_IDS.leesladder }],
        clientUserIds: users,
      });
      expect(status).toMatchObject({ eventStatus: 'FAILED', numCompleted: 12 });
      await sandbox.admin.notificationsSettled();

      const [success, failure] = receiver.ofType('ASSET_MANAGEMENT').map((n) => n.notification);
      expect(success.result).toBe('SUCCESS');
      expect(success.assignments.map((a: { clientUserId: string }) => a.clientUserId)).toEqual(
        users.slice(0, 12),
      );
      const leesladder = { adamId: PRODUCT_IDS.leesladder, pricingParam: 'STDQ' };
      expect(failure).toEqual({
        type: 'ASSOCIATE',
        result: 'FAILURE',
        eventId: status.eventId,
        assignments: users.slice(12).map((clientUserId) => ({ ...leesladder, clientUserId })),
        error: {
          errorNumber: 9709,
          errorMessage: "There aren't enough assets available to complete this association.",
          errorInfo: { assets: [leesladder], clientUserIds: users.slice(12) },
        },
      });
    });

    it('sends USER_MANAGEMENT after create: the new users, and a failure for an existing one', async () => {
      const existing = sandbox.admin.users('demo', { status: 'Associated' })[0].clientUserId;
      const status = await runEvent('/users/create', {
        users: [
          { clientUserId: 'melding-1', email: 'melding-1@leerling.example' },
          { clientUserId: 'melding-2' },
          { clientUserId: existing },
        ],
      });
      expect(status.eventStatus).toBe('FAILED');
      await sandbox.admin.notificationsSettled();
      const [created, refused] = receiver.ofType('USER_MANAGEMENT').map((n) => n.notification);
      expect(created).toEqual({
        type: 'CREATE',
        result: 'SUCCESS',
        eventId: status.eventId,
        users: [
          {
            clientUserId: 'melding-1',
            email: 'melding-1@leerling.example',
            inviteCode: expect.stringMatching(/^[0-9a-f]{32}$/),
            status: 'Registered',
          },
          {
            clientUserId: 'melding-2',
            inviteCode: expect.stringMatching(/^[0-9a-f]{32}$/),
            status: 'Registered',
          },
        ],
      });
      const apiUser = (await api.get('/users', { clientUserId: 'melding-1' })).body.users[0];
      expect(created.users[0]).toEqual(apiUser);
      expect(refused).toMatchObject({
        result: 'FAILURE',
        users: [{ clientUserId: existing }],
        error: { errorNumber: 9716, errorInfo: { clientUserIds: [existing] } },
      });
    });

    it('sends USER_ASSOCIATED when a user accepts the invitation', async () => {
      await api.run('/users/create', { users: [{ clientUserId: 'uitnodiging-melding' }] });
      await sandbox.admin.notificationsSettled();
      receiver.reset();
      const [user] = (await api.get('/users', { clientUserId: 'uitnodiging-melding' })).body.users;
      const accepted = await fetch(`${sandbox.origin}/invite/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ inviteCode: user.inviteCode, appleId: 'ouder@icloud.example' }),
      });
      expect(accepted.status).toBe(200);
      await sandbox.admin.notificationsSettled();
      const [associated] = receiver.ofType('USER_ASSOCIATED');
      expect(associated).toEqual({
        notification: {
          associatedUsers: [
            {
              clientUserId: 'uitnodiging-melding',
              idHash: expect.any(String),
              status: 'Associated',
            },
          ],
        },
        notificationId: expect.stringMatching(UUID),
        notificationType: 'USER_ASSOCIATED',
        uId: DEMO_UID,
      });
      expect(receiver.received).toHaveLength(1);
    });

    it('sends ASSET_COUNT when the school buys licences', async () => {
      const bought = await admin('POST', '/purchase', { adamId: PRODUCT_IDS.codekids, count: 25 });
      expect(bought.status).toBe(200);
      await sandbox.admin.notificationsSettled();
      expect(receiver.ofType('ASSET_COUNT').map((n) => n.notification)).toEqual([
        { adamId: PRODUCT_IDS.codekids, pricingParam: 'STDQ', countDelta: 25 },
      ]);
    });

    it('retries after a 500 and gives up after three failed attempts', async () => {
      receiver.answerNext(500);
      sandbox.admin.addLicenses(PRODUCT_IDS.numbers, 1);
      await sandbox.admin.notificationsSettled();
      const [first, second] = receiver.received.map((r) => r.body);
      expect(receiver.received).toHaveLength(2);
      expect(second).toEqual(first);
      const retried = sandbox.admin
        .notifications()
        .find((d) => d.notificationId === first.notificationId)!;
      expect(retried.outcome).toBe('delivered');
      expect(retried.attempts.map((a) => a.status)).toEqual([500, 200]);

      receiver.reset();
      receiver.answerNext(503, 0, 404);
      sandbox.admin.addLicenses(PRODUCT_IDS.numbers, 2);
      await sandbox.admin.notificationsSettled();
      expect(receiver.received).toHaveLength(3);
      const { body } = await admin('GET', '/notifications');
      const lost = body.notifications.at(-1);
      expect(lost).toMatchObject({ notificationType: 'ASSET_COUNT', outcome: 'failed' });
      expect(lost.attempts).toHaveLength(3);
      expect(lost.attempts[0].status).toBe(503);
      expect(lost.attempts[1].error).toEqual(expect.any(String));
      expect(lost.attempts[2].status).toBe(404);
    });

    it('sends only the subscribed types', async () => {
      await subscribe(['ASSET_COUNT']);
      await api.run('/users/create', { users: [{ clientUserId: 'niet-gemeld' }] });
      await api.run('/assets/associate', {
        assets: [{ adamId: PRODUCT_IDS.pages }],
        serialNumbers: ['NOTSUBSCRIBED1'],
      });
      sandbox.admin.addLicenses(PRODUCT_IDS.keynote, 3);
      await sandbox.admin.notificationsSettled();
      expect(receiver.received.map((r) => r.body.notificationType)).toEqual(['ASSET_COUNT']);
      await subscribe(ALL_TYPES);
    });

    it('delivers every notification twice when duplicate delivery is on', async () => {
      expect((await admin('POST', '/notifications/duplicate', { enabled: true })).body).toEqual({
        duplicate: true,
      });
      try {
        sandbox.admin.addLicenses(PRODUCT_IDS.iMovie, 4);
        await sandbox.admin.notificationsSettled();
      } finally {
        sandbox.admin.setDuplicateNotifications(false);
      }
      const [first, second] = receiver.received.map((r) => r.body);
      expect(receiver.received).toHaveLength(2);
      expect(second).toEqual(first);
      const copies = sandbox.admin
        .notifications()
        .filter((d) => d.notificationId === first.notificationId);
      expect(copies.map((d) => [d.copy, d.outcome])).toEqual([
        [1, 'delivered'],
        [2, 'delivered'],
      ]);
      expect((await admin('POST', '/notifications/duplicate', { enabled: 'yes' })).status).toBe(
        400,
      );
    });
  });

  it('can start with duplicate delivery on', async () => {
    const chaotic = await startTestSandbox({
      notificationCa: trusted.cert,
      duplicateNotifications: true,
    });
    try {
      const chaoticApi = SandboxApi.for(chaotic);
      await chaoticApi.post('/client/config', {
        notificationUrl: receiver.url,
        notificationAuthToken: 'dup',
        notificationTypes: ['USER_MANAGEMENT'],
      });
      receiver.reset();
      await chaoticApi.run('/users/create', { users: [{ clientUserId: 'dubbel' }] });
      await chaotic.admin.notificationsSettled();
      const ids = receiver.received.map((r) => r.body.notificationId);
      expect(ids).toHaveLength(2);
      expect(ids[0]).toBe(ids[1]);
    } finally {
      await chaotic.close();
    }
  });

  it('refuses a notificationCa that holds no certificate', async () => {
    await expect(startTestSandbox({ notificationCa: 'not a certificate' })).rejects.toThrow(
      /notificationCa must hold a PEM certificate/,
    );
  });
});

/** A loopback port nobody listens on (bound and released at once). */
const freePort = async (): Promise<number> => {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
};
