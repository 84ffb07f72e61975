import { describe, expect, it } from 'vitest';
import { checkClientConfigRequest } from '../../../electron/vpp/client-config-rules';
import { detectOtherMdm } from '../../../electron/vpp/mdm-info';
import { DEFAULT_LIMITS } from '../../../electron/vpp/service-config';
import type { ClientConfigRequest } from '../../../electron/vpp/types';

const numberFor = (request: ClientConfigRequest) => {
  try {
    checkClientConfigRequest(request, DEFAULT_LIMITS);
    return 'ok';
  } catch (error) {
    return (error as { errorNumber?: number }).errorNumber;
  }
};

const mdmInfo = { id: 'console-1', name: 'VPP Console', metadata: '0.1.0' };

describe('checkClientConfigRequest', () => {
  it('accepts a complete, sensible configuration', () => {
    expect(
      numberFor({
        mdmInfo,
        notificationUrl: 'https://school.example/vpp',
        notificationAuthToken: 'secret',
        notificationTypes: ['ASSET_COUNT'],
      }),
    ).toBe('ok');
    expect(numberFor({})).toBe('ok');
  });

  it.each([
    [9723, { mdmInfo: { ...mdmInfo, metadata: '' } }],
    [9724, { mdmInfo: { ...mdmInfo, id: 'x'.repeat(101) } }],
    [9725, { mdmInfo: { ...mdmInfo, name: 'x'.repeat(101) } }],
    [9713, { mdmInfo: { ...mdmInfo, metadata: 'x'.repeat(256) } }],
    [9710, { notificationUrl: 'https://school.example/vpp' }],
    [9710, { notificationAuthToken: 'secret' }],
    [
      9711,
      { notificationUrl: `https://school.example/${'x'.repeat(600)}`, notificationAuthToken: 's' },
    ],
    [9712, { notificationUrl: 'http://school.example/vpp', notificationAuthToken: 's' }],
    [9712, { notificationUrl: 'not a url', notificationAuthToken: 's' }],
  ] as [number, ClientConfigRequest][])(
    'refuses with %i what Apple would refuse',
    (number, request) => {
      expect(numberFor(request)).toBe(number);
    },
  );
});

describe('detectOtherMdm', () => {
  it('names another MDM that claimed the location', () => {
    const other = { id: 'jamf-42', name: 'Jamf Pro', metadata: '' };
    expect(detectOtherMdm({ mdmInfo: other }, 'console-1')).toEqual(other);
  });

  it('is quiet for our own claim and for an unclaimed location', () => {
    expect(detectOtherMdm({ mdmInfo }, 'console-1')).toBeUndefined();
    expect(detectOtherMdm({}, 'console-1')).toBeUndefined();
    expect(detectOtherMdm(undefined, 'console-1')).toBeUndefined();
  });
});
