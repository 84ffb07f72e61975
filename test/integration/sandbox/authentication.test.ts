import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import { decodeContentToken, type RunningSandbox } from '../../../electron/sandbox/index';

const DAY = 86_400_000;

describe('content tokens and authentication', () => {
  let sandbox: RunningSandbox;
  let outDir: string;
  let clock = new Date('2026-09-01T08:00:00Z');
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'vpp-tokens-'));
    sandbox = await startTestSandbox({ outDir, now: () => clock });
  });
  afterAll(() => sandbox.close());

  const withHeader = (authorization?: string) =>
    fetch(`${sandbox.baseUrl}/assets`, { headers: authorization ? { authorization } : {} }).then(
      async (response) => ({ status: response.status, body: await response.json() }),
    );

  it('writes the five token files: base64 of {token, expDate, orgName}, the Bearer values', async () => {
    expect((await readdir(outDir)).sort()).toEqual([
      'demo.vpptoken',
      'expired.vpptoken',
      'expiring-soon.vpptoken',
      'other-mdm.vpptoken',
      'revoked.vpptoken',
    ]);
    const demo = await readFile(join(outDir, 'demo.vpptoken'), 'utf8');
    expect(demo).toBe(sandbox.tokens.demo);
    expect(decodeContentToken(demo)).toEqual({
      token: expect.any(String),
      expDate: '2027-09-01T08:00:00+0000',
      orgName: 'OBS De Regenboog',
    });
    expect(decodeContentToken(sandbox.tokens.expiringSoon)?.expDate).toBe(
      '2026-09-11T08:00:00+0000',
    );
    expect(decodeContentToken(sandbox.tokens.expired)?.expDate).toBe('2026-08-27T08:00:00+0000');
  });

  it('accepts the whole file content as Bearer, with a trailing newline too', async () => {
    const { status, body } = await withHeader(`Bearer ${sandbox.tokens.demo}\n`);
    expect(status).toBe(200);
    expect(body.tokenExpirationDate).toBe('2027-09-01T08:00:00+0000');
    expect(body.uId).toBe('3049025001234567');
  });

  it('says 9601 when the header is missing and 9722 when it is not "Bearer <token file>"', async () => {
    expect(await withHeader()).toEqual({
      status: 401,
      body: { errorNumber: 9601, errorMessage: 'Login required.' },
    });
    expect((await withHeader(sandbox.tokens.demo)).body.errorNumber).toBe(9722);
    expect((await withHeader('Basic abc')).body.errorNumber).toBe(9722);
    expect((await withHeader('Bearer not-a-token')).status).toBe(401);
    expect((await withHeader('Bearer not-a-token')).body.errorNumber).toBe(9722);
  });

  it('rejects the inner token alone and a well-formed token it never issued', async () => {
    const inner = decodeContentToken(sandbox.tokens.demo)!.token;
    expect((await withHeader(`Bearer ${inner}`)).body.errorNumber).toBe(9722);
    const forged = Buffer.from(
      JSON.stringify({ token: 'Zm9yZ2Vk', expDate: '2031-01-01T00:00:00+0000', orgName: 'X' }),
    ).toString('base64');
    expect(await withHeader(`Bearer ${forged}`)).toEqual({
      status: 401,
      body: { errorNumber: 9601, errorMessage: 'Login required.' },
    });
  });

  it('answers the expired token with 9621 and the revoked one with 9625 (HTTP 401)', async () => {
    const expired = await SandboxApi.for(sandbox, 'expired').get('/assets');
    expect([expired.status, expired.body.errorNumber]).toEqual([401, 9621]);
    const revoked = await SandboxApi.for(sandbox, 'revoked').get('/users');
    expect(revoked.status).toBe(401);
    expect(revoked.body).toEqual({
      errorNumber: 9625,
      errorMessage: 'The server has revoked the sToken.',
    });
  });

  it('serves the expiring-soon token, saying when it expires, until the clock passes that date', async () => {
    const api = SandboxApi.for(sandbox, 'expiringSoon');
    const before = await api.get('/client/config');
    expect(before.status).toBe(200);
    expect(before.body.tokenExpirationDate).toBe('2026-09-11T08:00:00+0000');
    expect(before.body.locationName).toBe('De Regenboog – Dependance Zonnewijzer');
    clock = new Date(clock.getTime() + 11 * DAY);
    try {
      expect((await api.get('/client/config')).body.errorNumber).toBe(9621);
      expect((await SandboxApi.for(sandbox).get('/client/config')).status).toBe(200);
    } finally {
      clock = new Date(clock.getTime() - 11 * DAY);
    }
  });

  it('revokes a token from the admin side, as a new download in Apple School Manager would', async () => {
    const before = await SandboxApi.for(sandbox, 'otherMdm').get('/assets');
    expect(before.status).toBe(200);
    sandbox.admin.revokeToken('otherMdm');
    expect((await SandboxApi.for(sandbox, 'otherMdm').get('/assets')).body.errorNumber).toBe(9625);
  });
});

describe('the observed auth error style', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ authErrorStyle: 'observed' });
  });
  afterAll(() => sandbox.close());

  it('answers bad tokens with HTTP 200 and 9622, as the live service does', async () => {
    const none = await new SandboxApi(sandbox.baseUrl, undefined).get('/assets');
    expect(none).toMatchObject({
      status: 200,
      body: { errorNumber: 9622, errorMessage: 'Invalid authentication token' },
    });
    const inner = decodeContentToken(sandbox.tokens.demo)!.token;
    expect((await new SandboxApi(sandbox.baseUrl, inner).get('/users')).body.errorNumber).toBe(
      9622,
    );
  });

  it('keeps 9621 and 9625 but still with HTTP 200', async () => {
    const expired = await SandboxApi.for(sandbox, 'expired').get('/assets');
    expect([expired.status, expired.body.errorNumber]).toEqual([200, 9621]);
    const revoked = await SandboxApi.for(sandbox, 'revoked').get('/assets');
    expect([revoked.status, revoked.body.errorNumber]).toEqual([200, 9625]);
    expect((await SandboxApi.for(sandbox).get('/assets')).body.assets.length).toBeGreaterThan(0);
  });
});
