import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ConsoleDatabase } from '../../../renderer/db/database';
import { existingUsersOf, writeImport } from '../../../renderer/db/repositories/import-writer';
import {
  planImport,
  previewDeviceImportAsync,
  previewUserImport,
  previewUserImportAsync,
  readCsvText,
} from '../../../renderer/features/import';

const ROWS = 50_000;

/** A school district's export: 50,000 users, accented names, two groups each, a few faults. */
const userFile = (): string => {
  const lines = ['Volledige naam;Korte naam;E-mailadres;Notities;Groepen'];
  for (let i = 0; i < ROWS; i++) {
    const email = i % 10_000 === 1 ? 'broken@' : `leerling${i}@school.example`;
    lines.push(
      `Zoë Émile ${i};leerling${i};${email};"Klas ${i % 30}; vak";Groep ${i % 8}|Jaar ${i % 6}`,
    );
  }
  return lines.join('\r\n') + '\r\n';
};

describe('a 50,000-row file', () => {
  it('previews in well under the bound, and its plan follows', () => {
    const bytes = new TextEncoder().encode(userFile());
    const existing = {
      shortNames: new Map(Array.from({ length: 5_000 }, (_, i) => [`leerling${i * 10}`, `u-${i}`])),
      groups: new Map([['groep 1', 'g-1']]),
    };
    const started = performance.now();
    const preview = previewUserImport(readCsvText(bytes), existing);
    const plan = planImport(preview);
    const seconds = (performance.now() - started) / 1000;

    expect(preview.rows).toHaveLength(ROWS);
    expect(preview.summary).toEqual({ add: 44_995, update: 5_000, errors: 5 });
    expect(preview.rows[1].errors).toEqual([{ field: 'email', code: 'badEmail' }]);
    expect(preview.rows[ROWS - 1].line).toBe(ROWS + 1);
    expect(plan.groupsToCreate).toHaveLength(13);
    expect(plan.memberships).toHaveLength((ROWS - 5) * 2);
    expect(seconds).toBeLessThan(4);
  });

  it('previews batch by batch, reporting progress and letting timers run in between', async () => {
    const text = userFile();
    const progress: [number, number][] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const preview = await previewUserImportAsync(
      text,
      { shortNames: new Map() },
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    clearInterval(timer);
    expect(preview.rows).toHaveLength(ROWS);
    expect(progress).toHaveLength(25);
    expect(progress[0]).toEqual([2_000, ROWS]);
    expect(progress.at(-1)).toEqual([ROWS, ROWS]);
    expect(ticks).toBeGreaterThan(0);
  });

  it('devices too', async () => {
    const lines = ['Name,Serial Number,Model,Platform'];
    for (let i = 0; i < ROWS; i++)
      lines.push(`iPad ${i},F${i.toString(36).toUpperCase()}X,iPad,iPadOS`);
    const started = performance.now();
    const preview = await previewDeviceImportAsync(lines.join('\n'), { serials: new Map() });
    expect((performance.now() - started) / 1000).toBeLessThan(4);
    expect(preview.summary).toEqual({ add: ROWS, update: 0, errors: 0 });
  });

  it('imports in one transaction, in chunks with progress, within the bound', async () => {
    const db = new ConsoleDatabase(`import-size-${crypto.randomUUID()}`);
    try {
      const bytes = new TextEncoder().encode(userFile());
      const progress: number[] = [];
      const started = performance.now();
      const preview = previewUserImport(readCsvText(bytes), await existingUsersOf(db));
      const result = await writeImport(db, planImport(preview), {
        onProgress: (done) => progress.push(done),
      });
      const seconds = (performance.now() - started) / 1000;

      expect(result).toEqual({
        kind: 'users',
        usersAdded: ROWS - 5,
        usersUpdated: 0,
        groupsCreated: 14,
        membershipsAdded: (ROWS - 5) * 2,
      });
      expect(await db.users.count()).toBe(ROWS - 5);
      const groep0 = await db.groups.where('sortKey').equals('groep 0').first();
      expect(await db.users.where('groupIds').equals(groep0!.id).count()).toBe(ROWS / 8);
      expect(progress.length).toBeGreaterThan(20);
      expect(progress.at(-1)).toBe(ROWS - 5 + 14);
      // About 4 s in Node's in-memory IndexedDB here (Chromium's is faster); a slow two-core
      // machine has room to spare.
      expect(seconds).toBeLessThan(30);
    } finally {
      await db.delete();
    }
  }, 90_000);
});
