import { describe, expect, it } from 'vitest';
import {
  planImport,
  previewDeviceImport,
  previewUserImport,
} from '../../../renderer/features/import';

const counter = () => {
  let next = 0;
  return () => `new-${++next}`;
};

describe('the write plan of an import', () => {
  it('adds and updates users, creates the groups that do not exist and adds memberships', () => {
    const preview = previewUserImport(
      [
        'Full Name,Short Name,Email,Groups',
        'Sara de Boer,sboer,sara@school.example,groep 7;Koor',
        'Daan Jansen,djansen,,Groep 7',
        ',broken,,Groep 8',
      ].join('\n'),
      {
        shortNames: new Map([['djansen', 'u-1']]),
        groups: new Map([['Groep 7', 'g-7']]),
      },
    );
    expect(planImport(preview, { newId: counter() })).toEqual({
      kind: 'users',
      groupsToCreate: [{ id: 'new-1', name: 'Koor' }],
      usersToAdd: [
        {
          id: 'new-2',
          line: 2,
          fullName: 'Sara de Boer',
          shortName: 'sboer',
          email: 'sara@school.example',
        },
      ],
      // A blank email cell leaves the stored address alone.
      usersToUpdate: [{ id: 'u-1', line: 3, changes: { fullName: 'Daan Jansen' } }],
      memberships: [
        { userId: 'new-2', groupId: 'g-7' },
        { userId: 'new-2', groupId: 'new-1' },
        { userId: 'u-1', groupId: 'g-7' },
      ],
    });
  });

  it('adds and updates devices with their assigned users', () => {
    const preview = previewDeviceImport(
      'Name,Serial Number,Platform,Assigned User\niPad 1,F1,iPadOS,sboer\nMac 2,F2,,\nBad,F3,Android,\n',
      { serials: new Map([['F2', 'd-2']]), shortNames: new Map([['sboer', 'u-1']]) },
    );
    expect(planImport(preview, { newId: counter() })).toEqual({
      kind: 'devices',
      devicesToAdd: [
        {
          id: 'new-1',
          line: 2,
          name: 'iPad 1',
          serialNumber: 'F1',
          platform: 'iPadOS',
          userId: 'u-1',
        },
      ],
      devicesToUpdate: [{ id: 'd-2', line: 3, changes: { name: 'Mac 2' } }],
    });
  });

  it('gives ids from crypto.randomUUID by default and refuses a file with file errors', () => {
    const plan = planImport(
      previewUserImport('Name,Short Name\nAnna,anna\n', { shortNames: new Map() }),
    );
    expect(plan.usersToAdd[0].id).toMatch(/^[0-9a-f-]{36}$/);
    const broken = previewUserImport('Name\nAnna\n', { shortNames: new Map() });
    expect(() => planImport(broken)).toThrow(/missingColumn/);
  });
});
