import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox } from './sandbox-api';
import type { RunningSandbox } from '../../../electron/sandbox/index';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('the base URL the ready line prints', () => {
  let sandbox: RunningSandbox;
  let bases: string[];
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    bases = [`${sandbox.baseUrl}/`, sandbox.baseUrl, `${sandbox.origin}/`];
  });
  afterAll(() => sandbox.close());

  it('shows a browser a short page saying what this is and how to use it', async () => {
    for (const url of bases) {
      const response = await fetch(url, { headers: { accept: BROWSER_ACCEPT } });
      expect([url, response.status]).toEqual([url, 200]);
      expect(response.headers.get('content-type')).toContain('text/html');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('script-src');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const html = await response.text();
      expect(html).toContain("a local imitation of Apple's Apps and Books API v2");
      expect(html).toContain('seed demo');
      expect(html).toContain(`${sandbox.baseUrl}</code>`);
      expect(html).toContain('Settings → Apple Service → Custom URL');
      expect(html).toContain(`${sandbox.baseUrl}/service/config`);
      expect(html).not.toContain('<script');
      // Every URL is markup-escaped: the invitation template's `&` included.
      expect(html).toContain('%25inviteCode%25&#38;mt=8');
      expect(html).not.toContain('&mt=8');
    }
  });

  it('answers anything else with JSON naming the service and its endpoints', async () => {
    for (const url of bases) {
      const response = await fetch(url);
      expect([url, response.status]).toEqual([url, 200]);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = await response.json();
      expect(body).toMatchObject({
        service: 'VPP sandbox',
        seed: 'demo',
        baseUrl: sandbox.baseUrl,
        serviceConfig: `${sandbox.baseUrl}/service/config`,
        admin: `${sandbox.origin}/sandbox-admin/state`,
      });
      expect(body.endpoints.getAssets).toBe(`${sandbox.baseUrl}/assets`);
      expect(body.endpoints.contentMetadataLookup).toBe(`${sandbox.origin}/metadata/lookup`);
    }
  });

  it('serves GET and HEAD only; faults leave it alone', async () => {
    const post = await fetch(`${sandbox.baseUrl}/`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect((await post.json()).errorNumber).toBe(9726);
    expect((await fetch(sandbox.baseUrl, { method: 'HEAD' })).status).toBe(200);
    sandbox.admin.setFaults('503');
    try {
      expect((await fetch(`${sandbox.baseUrl}/`)).status).toBe(200);
      expect((await fetch(`${sandbox.baseUrl}/service/config`)).status).toBe(503);
    } finally {
      sandbox.admin.setFaults('');
    }
  });

  it("keeps Apple's own paths as they were: unknown ones are a 404 with a JSON body", async () => {
    for (const path of ['/mdm/v2/licenses', '/mdm/v1/assets', '/nothing-here', '/mdm/v2x']) {
      const response = await fetch(`${sandbox.origin}${path}`);
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect((await response.json()).errorMessage).toContain('Not Found');
    }
  });
});
