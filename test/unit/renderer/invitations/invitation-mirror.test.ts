import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleDatabase } from '../../../../renderer/db/database';
import { startInvitationMirror } from '../../../../renderer/features/invitations/invitation-mirror';
import {
  invitationsOfUser,
  latestInvitations,
} from '../../../../renderer/features/invitations/invitations-repository';
import { createFakeMain } from '../support/fake-main';
import { invitation, invitationId } from './invitation-rows';

const databases: ConsoleDatabase[] = [];
const openDatabase = () => {
  const db = new ConsoleDatabase(`invitations-${crypto.randomUUID()}`);
  databases.push(db);
  return db;
};
afterEach(() => {
  for (const db of databases.splice(0)) db.close();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('the invitation mirror', () => {
  it('loads every page of main’s invitations, then applies its changes', async () => {
    const journal = Array.from({ length: 12_345 }, (_, i) => invitation(i + 1));
    const pages: { offset: number; limit: number }[] = [];
    const main = createFakeMain({
      'invitations:list': ({ offset = 0, limit = 1000 }) => {
        pages.push({ offset, limit });
        return { total: journal.length, items: journal.slice(offset, offset + limit) };
      },
    });
    const db = openDatabase();
    const stop = await startInvitationMirror(db, main.api);
    expect(pages.map((page) => page.offset)).toEqual([0, 5000, 10_000]);
    expect(await db.invitations.count()).toBe(12_345);

    main.emit('invitations:changed', {
      invitations: [
        invitation(7, {
          state: 'failed',
          error: { code: 'mail.recipientRefused', message: 'No.' },
        }),
        invitation(20_000, { state: 'queued', sentAt: null }),
      ],
    });
    await settle();
    expect((await db.invitations.get(invitationId(7)))?.state).toBe('failed');
    expect((await db.invitations.get(invitationId(20_000)))?.state).toBe('queued');
    expect(await db.invitations.count()).toBe(12_346);

    stop();
    expect(main.listenerCount('invitations:changed')).toBe(0);
  });

  it('keeps a change that arrives while the pages load, in the order main sent it', async () => {
    const main = createFakeMain({
      'invitations:list': (_request, context) => {
        // Main changed invitation 1 after answering: the change, delivered after the page (one
        // ordered channel), must win over it.
        const page = { total: 1, items: [invitation(1, { state: 'sending', sentAt: null })] };
        setTimeout(() => context.emit('invitations:changed', { invitations: [invitation(1)] }), 0);
        return page;
      },
    });
    const db = openDatabase();
    await startInvitationMirror(db, main.api);
    await settle();
    expect((await db.invitations.get(invitationId(1)))?.state).toBe('sent');
  });

  it('stops listening when main can’t list, and says why', async () => {
    const main = createFakeMain({});
    await expect(startInvitationMirror(openDatabase(), main.api)).rejects.toMatchObject({
      code: 'ipc.unknownChannel',
    });
    expect(main.listenerCount('invitations:changed')).toBe(0);
  });

  it('answers a user’s invitations and the newest per user and token by index', async () => {
    const db = openDatabase();
    await db.invitations.bulkPut([
      invitation(1, { userId: 'sara', createdAt: 100 }),
      invitation(2, { userId: 'sara', createdAt: 300 }),
      invitation(3, { userId: 'sara', createdAt: 200, tokenId: 'token-2' }),
      invitation(4, { userId: 'daan', createdAt: 150 }),
    ]);
    expect((await invitationsOfUser(db, 'sara')).map((row) => row.createdAt)).toEqual([
      300, 200, 100,
    ]);
    const latest = await latestInvitations(db, 'token-1', ['sara', 'daan', 'noor']);
    expect(new Map([...latest].map(([key, row]) => [key, row.id]))).toEqual(
      new Map([
        ['token-1|sara', invitationId(2)],
        ['token-1|daan', invitationId(4)],
      ]),
    );
  });
});
