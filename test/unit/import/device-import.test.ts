import { describe, expect, it } from 'vitest';
import { previewDeviceImport, type ExistingDevices } from '../../../renderer/features/import';

const existing: ExistingDevices = {
  serials: new Map([['C02XK1ABJGH5', 'd-1']]),
  shortNames: new Map([['sboer', 'u-1']]),
  emails: new Map([['daan@school.example', 'u-2']]),
};

describe('previewing a device import', () => {
  it('adds new devices, updates known serials and finds the assigned user by short name or email', () => {
    const preview = previewDeviceImport(
      [
        'Name,Serial Number,Model,Platform,Assigned User',
        'iPad 12,dmpx 1234 abcd,iPad (10th generation),ipados,SBoer',
        'MacBook lokaal 3,C02XK1ABJGH5,MacBook Air,MACOS,Daan@School.example',
        'iPhone,F17ABC,,,',
      ].join('\n'),
      existing,
    );
    expect(preview.kind).toBe('devices');
    expect(preview.rows).toEqual([
      {
        line: 2,
        action: 'add',
        errors: [],
        userId: 'u-1',
        values: {
          name: 'iPad 12',
          serialNumber: 'DMPX1234ABCD',
          model: 'iPad (10th generation)',
          platform: 'iPadOS',
          assignedUser: 'SBoer',
        },
      },
      {
        line: 3,
        action: 'update',
        existingId: 'd-1',
        errors: [],
        userId: 'u-2',
        values: {
          name: 'MacBook lokaal 3',
          serialNumber: 'C02XK1ABJGH5',
          model: 'MacBook Air',
          platform: 'macOS',
          assignedUser: 'Daan@School.example',
        },
      },
      { line: 4, action: 'add', errors: [], values: { name: 'iPhone', serialNumber: 'F17ABC' } },
    ]);
    expect(preview.summary).toEqual({ add: 2, update: 1, errors: 0 });
  });

  it('reports a missing name or serial, a bad platform, an unknown user and duplicate serials', () => {
    const preview = previewDeviceImport(
      [
        'Naam;Serienummer;Model;Platform;Toegewezen gebruiker',
        ';F1;;iOS;',
        'iPad;;;;',
        'Apple TV;F2;;tvOS;',
        'iPad 4;F3;;;nobody',
        'iPad 5;f 4;;;',
        'iPad 6;F4;;;',
      ].join('\r\n'),
      existing,
    );
    expect(preview.rows.map((row) => [row.line, row.action, row.errors])).toEqual([
      [2, 'skip', [{ field: 'name', code: 'missingName' }]],
      [3, 'skip', [{ field: 'serialNumber', code: 'missingSerial' }]],
      [4, 'skip', [{ field: 'platform', code: 'badPlatform' }]],
      [5, 'skip', [{ field: 'assignedUser', code: 'unknownUser' }]],
      [6, 'skip', [{ field: 'serialNumber', code: 'duplicateSerial', otherLine: 7 }]],
      [7, 'skip', [{ field: 'serialNumber', code: 'duplicateSerial', otherLine: 6 }]],
    ]);
    expect(preview.summary).toEqual({ add: 0, update: 0, errors: 6 });
  });

  it('refuses a file without a serial number column, and warns about unknown ones', () => {
    const preview = previewDeviceImport('Name,UDID\niPad,00008030-001\n', existing);
    expect(preview.fileErrors).toEqual([{ code: 'missingColumn', field: 'serialNumber' }]);
    expect(preview.warnings).toEqual([{ code: 'unknownColumn', column: 'UDID' }]);
    expect(preview.rows).toEqual([]);
  });
});
