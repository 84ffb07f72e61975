import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { RegistrationBatchStore } from '../../../electron/registration/registration-batch-store';

/** The registration batches in the data folder: durable, readable back, and bounded. */
describe('registration batch files', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vpp-batches-'));
  });

  const batch = (clientUserId: string) => ({
    operation: 'register' as const,
    tokenId: 'token-1',
    users: [{ clientUserId, email: `${clientUserId}@school.example` }],
  });
  const files = async () => (await readdir(join(dataDir, 'registrations'))).sort();

  it('reads back what was saved; an unknown, malformed or foreign id reads as gone', async () => {
    const store = new RegistrationBatchStore(dataDir, { now: () => 1_000 });
    const id = await store.save(batch('a'));
    expect(await store.load(id)).toEqual({ ...batch('a'), createdAt: 1_000 });
    expect(await store.load(randomUUID())).toBeUndefined();
    expect(await store.load('../tokens')).toBeUndefined();
    const damaged = randomUUID();
    await writeFile(join(dataDir, 'registrations', `${damaged}.json`), '{"version":1,');
    expect(await store.load(damaged)).toBeUndefined();
  });

  it('keeps the newest batches and those of active tasks; drops the old and the surplus', async () => {
    const inUse = new Set<string>();
    const store = new RegistrationBatchStore(dataDir, {
      keep: 3,
      keepForMs: 10 * 60_000,
      inUse: () => inUse,
    });
    const ids: string[] = [];
    for (let index = 0; index < 3; index++) {
      ids.push(await store.save(batch(`u${index}`)));
      // Distinct times, oldest first (file systems may round within one save).
      const at = new Date(Date.now() - (10 - index) * 1_000);
      await utimes(join(dataDir, 'registrations', `${ids[index]}.json`), at, at);
    }
    inUse.add(ids[0]!);
    ids.push(await store.save(batch('u3')));
    ids.push(await store.save(batch('u4')));
    // The two oldest are beyond the newest three, but the first one's task still runs.
    expect(await files()).toEqual(
      [ids[0], ids[2], ids[3], ids[4]].map((id) => `${id}.json`).sort(),
    );

    // A month-old batch goes even within the count, once its task has finished.
    inUse.clear();
    const old = new Date(Date.now() - 60 * 60_000);
    await utimes(join(dataDir, 'registrations', `${ids[3]}.json`), old, old);
    expect(await store.prune()).toBe(1);
    expect(await files()).toEqual([ids[0], ids[2], ids[4]].map((id) => `${id}.json`).sort());
  });
});
