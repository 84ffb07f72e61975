import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import type { RunningSandbox } from '../../../electron/sandbox/index';

describe('invitation page', () => {
  let sandbox: RunningSandbox;
  let api: SandboxApi;
  let inviteUrlFor: (inviteCode: string) => string;
  const clock = new Date('2026-09-01T08:00:00Z');
  beforeAll(async () => {
    sandbox = await startTestSandbox({ now: () => clock });
    api = SandboxApi.for(sandbox);
    const template: string = (await api.get('/service/config')).body.urls.invitationEmail;
    inviteUrlFor = (inviteCode) => template.replace('%25inviteCode%25', inviteCode);
  });
  afterAll(() => sandbox.close());

  const registeredUser = async (clientUserId: string) => {
    await api.run('/users/create', {
      users: [{ clientUserId, email: `${clientUserId}@leerling.example` }],
    });
    return (await api.get('/users', { clientUserId })).body.users[0];
  };

  const submitForm = (fields: Record<string, string>, language = 'nl-NL') =>
    fetch(`${sandbox.origin}/invite/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': language },
      body: new URLSearchParams(fields).toString(),
    });

  it('serves a form for the invitation URL built from service/config', async () => {
    const user = await registeredUser('uitgenodigd-1');
    const page = await fetch(inviteUrlFor(user.inviteCode), {
      headers: { 'accept-language': 'nl-NL,nl;q=0.9' },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('De Regenboog – Hoofdgebouw nodigt je uit');
    expect(html).toContain('<form method="post" action="/invite/accept">');
    expect(html).toContain(`name="inviteCode" value="${user.inviteCode}"`);
    expect(html).not.toContain('<script');
    const english = await (await fetch(inviteUrlFor(user.inviteCode))).text();
    expect(english).toContain('invites you to receive apps and books');
  });

  it('associates the user when the form is posted: status, idHash and the time recorded', async () => {
    const user = await registeredUser('uitgenodigd-2');
    const response = await submitForm({
      inviteCode: user.inviteCode,
      appleId: 'ouder@icloud.example',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Uitnodiging geaccepteerd');
    const [row] = (await api.get('/users', { clientUserId: 'uitgenodigd-2' })).body.users;
    expect(row).toEqual({
      clientUserId: 'uitgenodigd-2',
      email: 'uitgenodigd-2@leerling.example',
      idHash: expect.stringMatching(/^[A-Za-z0-9+/]{27}=$/),
      status: 'Associated',
    });
    const [admin] = sandbox.admin.users('demo', { clientUserId: 'uitgenodigd-2' });
    expect(admin).toMatchObject({
      appleAccount: 'ouder@icloud.example',
      associatedAt: '2026-09-01T08:00:00+0000',
    });
  });

  it('accepts JSON too and answers JSON', async () => {
    const user = await registeredUser('uitgenodigd-3');
    const response = await fetch(`${sandbox.origin}/invite/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ inviteCode: user.inviteCode, appleId: 'kind3@icloud.example' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      clientUserId: 'uitgenodigd-3',
      status: 'Associated',
      idHash: expect.stringMatching(/=$/),
      associatedAt: '2026-09-01T08:00:00+0000',
      locationName: 'De Regenboog – Hoofdgebouw',
    });
  });

  it('explains used, unknown and retired invitations and bad Apple Accounts, changing nothing', async () => {
    const user = await registeredUser('uitgenodigd-4');
    const usedCode = sandbox.admin.users('demo', { clientUserId: 'uitgenodigd-3' })[0];
    expect(usedCode.status).toBe('Associated');

    const badAccount = await submitForm(
      { inviteCode: user.inviteCode, appleId: 'geen account' },
      'en',
    );
    expect(badAccount.status).toBe(400);
    const badPage = await badAccount.text();
    expect(badPage).toContain('Enter an Apple Account such as name@example.com.');
    expect(badPage).toContain('value="geen account"');

    const taken = await submitForm(
      { inviteCode: user.inviteCode, appleId: 'KIND3@icloud.example' },
      'en',
    );
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain('already associated with another user');
    expect(sandbox.admin.users('demo', { clientUserId: 'uitgenodigd-4' })[0].status).toBe(
      'Registered',
    );

    const unknown = await fetch(
      `${sandbox.origin}/invite?inviteCode=ffffffffffffffffffffffffffffffff&mt=8`,
    );
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('This invitation link is not valid.');

    const code = user.inviteCode;
    await submitForm({ inviteCode: code, appleId: 'kind4@icloud.example' });
    const again = await fetch(inviteUrlFor(code));
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('already accepted');

    const leaver = await registeredUser('uitgenodigd-5');
    await api.run('/users/retire', { users: [{ clientUserId: 'uitgenodigd-5' }] });
    const retired = await submitForm(
      { inviteCode: leaver.inviteCode, appleId: 'kind5@icloud.example' },
      'en',
    );
    expect(retired.status).toBe(410);

    const json = await fetch(`${sandbox.origin}/invite/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ inviteCode: 'nope', appleId: 'a@b.example' }),
    });
    expect([json.status, (await json.json()).problem]).toEqual([404, 'unknownInvitation']);
    const wrongType = await fetch(`${sandbox.origin}/invite/accept`, {
      method: 'POST',
      body: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(wrongType.status).toBe(415);
  });
});
