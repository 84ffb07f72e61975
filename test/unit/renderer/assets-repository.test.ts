import { afterEach, describe, expect, it } from 'vitest';
import {
  assignmentKeyPrefixOf,
  holdersOfAsset,
} from '../../../renderer/db/repositories/assets-repository';
import type { AssignmentRow, PricingParam } from '../../../renderer/db/types';
import { freshDatabase } from './support/render';

const db = freshDatabase();
afterEach(async () => {
  await Promise.all([db.assignments.clear(), db.users.clear(), db.devices.clear()]);
});

/** An assignment keyed as a sync writes it (schema version 3). */
const assignment = (
  tokenId: string,
  adamId: string,
  holder: { user: string } | { serial: string },
  pricingParam: PricingParam = 'STDQ',
): AssignmentRow =>
  'user' in holder
    ? {
        id: `${tokenId}|${adamId}|${pricingParam}|u:${holder.user}`,
        tokenId,
        adamId,
        pricingParam,
        clientUserId: holder.user,
      }
    : {
        id: `${tokenId}|${adamId}|${pricingParam}|d:${holder.serial}`,
        tokenId,
        adamId,
        pricingParam,
        serialNumber: holder.serial,
      };

const pages = { tokenId: 't1', adamId: '123', pricingParam: 'STDQ' } as const;

describe('holdersOfAsset', () => {
  it('reads one key range: this title under this token, not its neighbours', async () => {
    await db.assignments.bulkAdd([
      assignment('t1', '123', { user: 'stu-1' }),
      assignment('t1', '123', { serial: 'F9FZ1' }),
      // Neighbours in key order that must stay out.
      assignment('t1', '1234', { user: 'stu-2' }),
      assignment('t1', '12', { user: 'stu-3' }),
      assignment('t1', '123', { user: 'stu-4' }, 'PLUS'),
      assignment('t2', '123', { user: 'stu-5' }),
      assignment('t10', '123', { user: 'stu-6' }),
    ]);
    await db.users.add({
      id: 'u1',
      fullName: 'Sara de Boer',
      clientUserId: 'stu-1',
      groupIds: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await db.devices.add({
      id: 'd1',
      name: 'iPad 07',
      serialNumber: 'F9FZ1',
      deviceGroupIds: [],
      placeholder: false,
      createdAt: 1,
      updatedAt: 1,
    });

    const holders = await holdersOfAsset(db, pages);
    expect(holders.map(({ assignment, name }) => [assignment.id, name])).toEqual([
      ['t1|123|STDQ|d:F9FZ1', 'iPad 07'],
      ['t1|123|STDQ|u:stu-1', 'Sara de Boer'],
    ]);
  });

  it('names the key prefix with a closing separator, and finds nobody for an unassigned title', async () => {
    expect(assignmentKeyPrefixOf(pages)).toBe('t1|123|STDQ|');
    await db.assignments.add(assignment('t1', '1234', { user: 'stu-2' }));
    expect(await holdersOfAsset(db, pages)).toEqual([]);
  });
});
