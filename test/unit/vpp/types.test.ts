import { describe, expect, it } from 'vitest';
import {
  GetAssetsResponse,
  GetAssignmentsResponse,
  GetUsersResponse,
  ServiceConfigResponse,
  StatusResponse,
} from '../../../electron/vpp/types';

describe('response parsing: numbers Apple sends as strings', () => {
  it('reads counts and page indexes given as numeric strings', () => {
    const page = GetAssetsResponse.parse({
      assets: [{ adamId: '1', assignedCount: '5', availableCount: ' 2 ', totalCount: '7' }],
      currentPageIndex: '0',
      nextPageIndex: '1',
      size: '1',
      totalPages: '3',
    });
    expect(page.assets[0]).toMatchObject({ assignedCount: 5, availableCount: 2, totalCount: 7 });
    expect(page).toMatchObject({ currentPageIndex: 0, nextPageIndex: 1, size: 1, totalPages: 3 });
    const status = StatusResponse.parse({
      eventStatus: 'COMPLETE',
      numRequested: '16',
      numCompleted: '14',
    });
    expect(status).toMatchObject({ numRequested: 16, numCompleted: 14 });
  });

  it('does not guess at a count that is not a number', () => {
    const page = GetAssetsResponse.parse({ assets: [{ adamId: '1', assignedCount: 'five' }] });
    expect(page.assets).toEqual([]);
    expect(page.skippedRecords).toBe(1);
  });
});

describe('response parsing: null means not sent', () => {
  it('treats null in optional fields as absent', () => {
    const page = GetUsersResponse.parse({
      users: [{ clientUserId: 'stu-1', email: null, idHash: null, inviteCode: null }],
      currentPageIndex: 0,
      nextPageIndex: null,
      totalPages: 1,
      versionId: null,
      mdmInfo: null,
      tokenExpirationDate: null,
    });
    expect(page.users).toEqual([{ clientUserId: 'stu-1' }]);
    expect(page.nextPageIndex).toBeUndefined();
    expect(page.versionId).toBeUndefined();
    expect(page.mdmInfo).toBeUndefined();
  });

  it('gives defaults for null counts and lists', () => {
    const status = StatusResponse.parse({
      eventStatus: 'PENDING',
      numCompleted: null,
      failures: null,
    });
    expect(status).toMatchObject({ numCompleted: 0, failures: [] });
  });
});

describe('response parsing: one bad record does not cost the page', () => {
  it('skips a user without clientUserId and counts it, naming the field but no value', () => {
    const page = GetUsersResponse.parse({
      users: [
        { clientUserId: 'stu-1', status: 'Associated' },
        { email: 'private.person@example.org', status: 'Registered' },
        { clientUserId: 'stu-3', status: 'Retired' },
      ],
    });
    expect(page.users.map((user) => user.clientUserId)).toEqual(['stu-1', 'stu-3']);
    expect(page.skippedRecords).toBe(1);
    expect(page.skippedReasons).toEqual([expect.stringMatching(/^users\[1\]\.clientUserId: /)]);
    expect(JSON.stringify(page.skippedReasons)).not.toContain('private.person');
  });

  it('skips assets and assignments without adamId the same way', () => {
    const assets = GetAssetsResponse.parse({
      assets: [{ adamId: '1' }, { assignedCount: 3 }],
      unlimitedAssets: [{ pricingParam: 'STDQ' }],
    });
    expect(assets.assets).toHaveLength(1);
    expect(assets.skippedRecords).toBe(2);
    const assignments = GetAssignmentsResponse.parse({
      assignments: [{ clientUserId: 'stu-1' }, { adamId: 2, serialNumber: 'S1' }],
    });
    expect(assignments.assignments).toEqual([
      { adamId: '2', pricingParam: 'STDQ', serialNumber: 'S1' },
    ]);
    expect(assignments.skippedRecords).toBe(1);
  });

  it('does not invent a user status Apple did not send', () => {
    const page = GetUsersResponse.parse({ users: [{ clientUserId: 'stu-1' }] });
    expect(page.users[0]?.status).toBeUndefined();
  });
});

describe('response parsing: service configuration', () => {
  it('drops a URL that is not a string and keeps the others', () => {
    const config = ServiceConfigResponse.parse({
      urls: { getAssets: 'https://vpp.example/assets', getUsers: 42, eventStatus: null },
    });
    expect(config.urls).toEqual({ getAssets: 'https://vpp.example/assets' });
  });

  it('drops an error code without a number and keeps the others', () => {
    const config = ServiceConfigResponse.parse({
      errorCodes: [{ errorNumber: '9646', errorMessage: 'Too many' }, { errorMessage: '?' }],
      notificationTypes: ['ASSET_COUNT', 7],
    });
    expect(config.errorCodes).toEqual([{ errorNumber: 9646, errorMessage: 'Too many' }]);
    expect(config.notificationTypes).toEqual(['ASSET_COUNT']);
  });
});
