import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { GroupRow } from '../../../../renderer/db/types';
import { GroupVppSection } from '../../../../renderer/features/vpp/vpp-section';
import { createFakeMain } from '../support/fake-main';
import { eventually, freshDatabase, renderConsole, type Rendered } from '../support/render';
import { tokenRow } from '../support/vpp-rows';
import { button } from '../directory/directory-dom';

const TASK = {
  id: '00000000-0000-4000-8000-000000000002',
  kind: 'mail:sendInvitations' as const,
  params: {},
  status: 'queued' as const,
  progress: null,
  step: null,
  error: null,
  result: null,
  createdAt: 1,
  updatedAt: 1,
  finishedAt: null,
};

const group: GroupRow = {
  id: 'g1',
  name: 'Groep 8B',
  vppTokenIds: ['t1'],
  createdAt: 1,
  updatedAt: 1,
  sortKey: 'groep 8b',
  searchWords: [],
};

let rendered: Rendered | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
});

/**
 * A class where Apple has registered four pupils: one enrolled, one invited, two not yet
 * invited (one of them without an email address); a fifth isn't registered yet.
 */
const classOf8B = async () => {
  const db = freshDatabase();
  await db.tokens.put(tokenRow('t1', 'Hoofdgebouw'));
  await db.groups.put(group);
  const pupils = [
    ['p1', 'Fenna Bos', 'fenna@school.example', 'Associated'],
    ['p2', 'Mees de Graaf', 'mees@school.example', 'Registered'],
    ['p3', 'Yara El Idrissi', 'yara@school.example', 'Registered'],
    ['p4', 'Zoë Öztürk', undefined, 'Registered'],
    ['p5', 'Bram Jansen', 'bram@school.example', undefined],
  ] as const;
  for (const [id, fullName, email, status] of pupils) {
    await db.users.add({
      id,
      fullName,
      shortName: id,
      ...(email ? { email } : {}),
      groupIds: ['g1'],
      createdAt: 1,
      updatedAt: 1,
    });
    await db.vppLinks.put({
      userId: id,
      tokenId: 't1',
      clientUserId: `c-${id}`,
      enabledAt: 1,
      previousClientUserIds: [],
    });
    if (status) {
      await db.vppUsers.put({
        tokenId: 't1',
        clientUserId: `c-${id}`,
        status,
        ...(status === 'Registered' ? { inviteCode: `code${id}` } : { associatedAt: 5 }),
      });
    }
  }
  await db.invitations.put({
    id: '00000000-0000-4000-8000-0000000000aa',
    batchId: '00000000-0000-4000-8000-0000000000bb',
    taskId: null,
    tokenId: 't1',
    userId: 'p2',
    clientUserId: 'c-p2',
    fullName: 'Mees de Graaf',
    email: 'mees@school.example',
    language: 'en',
    method: 'email',
    state: 'sent',
    createdAt: 3,
    sentAt: 4,
    attempts: 1,
    lastAction: { kind: 'sent', at: 4 },
    error: null,
    messageId: '<invitation-aa@vpp-console.local>',
  });
  return db;
};

const text = () => document.body.textContent ?? '';
const radio = (label: string) =>
  [...document.querySelectorAll<HTMLLabelElement>('label.radio')]
    .find((candidate) => candidate.textContent === label)!
    .querySelector('input')!;

describe('a group’s VPP Managed Distribution section', () => {
  it('counts each status and says how many the choice invites, then sends after confirming', async () => {
    const db = await classOf8B();
    const main = createFakeMain({
      'invitations:send': (request) => ({ task: TASK, invitations: request.recipients.length }),
    });
    rendered = await renderConsole(<GroupVppSection group={group} />, { db, api: main.api });

    await eventually(() => expect(text()).toContain('1 user will be invited'));
    // Yara is the one with an email and a code; Zoë has no email, Bram no registration yet.
    expect(text()).toContain('1 has no email address');
    expect(text()).toContain('1 isn’t registered with Apple yet');
    const counts = [...document.querySelectorAll('.vpp-count')].map((count) => count.textContent);
    expect(counts).toEqual(['Not invited3', 'Invited1', 'Enrolled1', 'Removed0']);

    await act(async () => radio('users that haven’t yet enrolled').click());
    await eventually(() => expect(text()).toContain('2 users will be invited'));

    await act(async () => button('Send email invitation').click());
    const sheet = document.querySelector('[role="dialog"]')!;
    expect(sheet.textContent).toContain('Send 2 invitations?');
    expect([...sheet.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Mees de Graafmees@school.example',
      'Yara El Idrissiyara@school.example',
    ]);
    expect(sheet.textContent).toContain('2 more can’t be invited yet');
    await act(async () => button('Send').click());
    await eventually(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
    const sent = main.calls.find((call) => call.channel === 'invitations:send')!.request as {
      recipients: { userId: string; inviteCode: string }[];
      targetName: string;
    };
    expect(sent.targetName).toBe('Groep 8B');
    expect(sent.recipients.map((recipient) => [recipient.userId, recipient.inviteCode])).toEqual([
      ['p2', 'codep2'],
      ['p3', 'codep3'],
    ]);
  });

  it('speaks Apple’s Dutch', async () => {
    rendered = await renderConsole(<GroupVppSection group={group} />, {
      db: await classOf8B(),
      language: 'nl',
    });
    await eventually(() => expect(text()).toContain('1 gebruiker wordt uitgenodigd'));
    expect(text()).toContain('Distributie via het VPP');
    expect(text()).toContain('Schakel voorzieningen voor distributie via het VPP in');
    await act(async () => radio('gebruikers die nog niet zijn ingeschreven').click());
    await eventually(() => expect(text()).toContain('2 gebruikers worden uitgenodigd'));
    expect(button('Stuur uitnodigingsmail')).toBeDefined();
  });
});
