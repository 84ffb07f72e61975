import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  INVITATION_JOURNAL_FILE,
  InvitationJournal,
} from '../../../electron/invitations/invitation-journal';
import type { InvitationRecord } from '../../../electron/invitations/invitation-record';
import { withTempDir } from '../mail/smtp-fixture';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
const tempDir = async () => {
  const temp = await withTempDir();
  cleanups.push(temp.remove);
  return temp.dir;
};

const BATCH = '11111111-1111-4111-8111-111111111111';
const record = (n: number, state: InvitationRecord['state'] = 'queued'): InvitationRecord => {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    batchId: BATCH,
    taskId: null,
    tokenId: 'token-1',
    userId: `user-${n}`,
    clientUserId: `client-${n}`,
    fullName: `Leerling ${n}`,
    email: `leerling${n}@regenboog.example`,
    language: 'nl',
    method: 'email',
    state,
    createdAt: n,
    sentAt: state === 'sent' ? n : null,
    attempts: state === 'sent' ? 1 : 0,
    lastAction: { kind: state === 'sent' ? 'sent' : 'queued', at: n },
    error: null,
    messageId: `<invitation-${id}@vpp-console.local>`,
    inviteCode: `code${n}`,
    targetName: 'Groep 7B',
  };
};

const reopened = async (dataDir: string, log: string[] = []) => {
  const journal = new InvitationJournal(dataDir, (line) => log.push(line), {
    maxInvitations: 50,
    minSlackLines: 10,
    maxLinesPerInvitation: 2,
  });
  await journal.load();
  return journal;
};

describe('the invitation journal', () => {
  it('reads back the latest state of each invitation, in the order they were first recorded', async () => {
    const dataDir = await tempDir();
    const journal = await reopened(dataDir);
    await journal.record([record(1), record(2), record(3)]);
    journal.note([record(2, 'sent')]);
    await journal.flush();

    const again = await reopened(dataDir);
    expect(again.page(0, 10).map((r) => [r.userId, r.state])).toEqual([
      ['user-1', 'queued'],
      ['user-2', 'sent'],
      ['user-3', 'queued'],
    ]);
    expect(again.unfinishedBatches().map((r) => r.batchId)).toEqual([BATCH]);
    expect(again.page(1, 1).map((r) => r.userId)).toEqual(['user-2']);
  });

  it('ignores a last line torn by a crash, and keeps a damaged file aside', async () => {
    const dataDir = await tempDir();
    const journal = await reopened(dataDir);
    await journal.record([record(1), record(2)]);
    const path = join(dataDir, INVITATION_JOURNAL_FILE);
    await appendFile(path, JSON.stringify(record(1, 'sent')).slice(0, 40)); // cut off mid-write
    const torn = await reopened(dataDir);
    expect(torn.get(record(1).id)?.state).toBe('queued');
    expect((await readFile(path, 'utf8')).endsWith('\n')).toBe(true); // rewritten whole

    await writeFile(path, `not json\n${JSON.stringify(record(3))}\n`);
    const log: string[] = [];
    const damaged = await reopened(dataDir, log);
    expect(damaged.size).toBe(1);
    expect(log.join('\n')).toContain('kept it as');
    expect((await readdir(dataDir)).some((name) => name.includes('.corrupt-'))).toBe(true);
  });

  it('compacts to one line per invitation once the lines pile up', async () => {
    const dataDir = await tempDir();
    const journal = await reopened(dataDir);
    const records = Array.from({ length: 10 }, (_, n) => record(n + 1));
    await journal.record(records);
    for (let round = 0; round < 3; round++) {
      await journal.record(records.map((r) => ({ ...r, attempts: round })));
    }
    const lines = (await readFile(join(dataDir, INVITATION_JOURNAL_FILE), 'utf8')).split('\n');
    expect(lines.filter(Boolean).length).toBeLessThanOrEqual(20);
    expect((await reopened(dataDir)).get(records[0]!.id)?.attempts).toBe(2);
  });

  it('forgets the oldest finished invitations past its limit, never an unfinished one', async () => {
    const dataDir = await tempDir();
    const journal = await reopened(dataDir);
    await journal.record([
      record(1),
      ...Array.from({ length: 60 }, (_, n) => record(n + 2, 'sent')),
    ]);
    const again = await reopened(dataDir);
    expect(again.size).toBe(50);
    expect(again.get(record(1).id)?.state).toBe('queued');
    expect(again.get(record(2).id)).toBeUndefined();
  });
});
