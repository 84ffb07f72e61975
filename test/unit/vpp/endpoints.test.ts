import { describe, expect, it } from 'vitest';
import { ENDPOINT_PATHS, endpointUrl } from '../../../electron/vpp/endpoints';
import { ServiceConfigResponse } from '../../../electron/vpp/types';

const APPLE = 'https://vpp.itunes.apple.com/mdm/v2';
const withUrls = (urls: Record<string, unknown>) => ServiceConfigResponse.parse({ urls });

describe('endpointUrl', () => {
  it("takes the configuration's URL for the endpoint", () => {
    const config = withUrls({ getAssets: 'https://vpp2.itunes.apple.com/mdm/v2/assets' });
    expect(endpointUrl('getAssets', config, APPLE)).toBe(
      'https://vpp2.itunes.apple.com/mdm/v2/assets',
    );
  });

  it('falls back to base + documented path for every endpoint the configuration lacks', () => {
    for (const [name, path] of Object.entries(ENDPOINT_PATHS)) {
      const url = endpointUrl(name as keyof typeof ENDPOINT_PATHS, withUrls({}), `${APPLE}/`);
      expect(url).toBe(`${APPLE}${path}`);
    }
    expect(endpointUrl('eventStatus', undefined, APPLE)).toBe(`${APPLE}/status`);
  });

  it('never lets the configuration send the token over plain HTTP when the base is HTTPS', () => {
    const config = withUrls({ getUsers: 'http://vpp.itunes.apple.com/mdm/v2/users' });
    expect(endpointUrl('getUsers', config, APPLE)).toBe(`${APPLE}/users`);
    expect(endpointUrl('getUsers', config, 'http://127.0.0.1:8080/mdm/v2')).toBe(
      'http://vpp.itunes.apple.com/mdm/v2/users',
    );
  });

  it('ignores URLs that are not absolute http(s)', () => {
    for (const bad of ['', '/mdm/v2/users', 'javascript:alert(1)', 'not a url']) {
      expect(endpointUrl('getUsers', withUrls({ getUsers: bad }), APPLE)).toBe(`${APPLE}/users`);
    }
  });
});
