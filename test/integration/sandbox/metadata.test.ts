import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import { PRODUCT_IDS, type RunningSandbox } from '../../../electron/sandbox/index';

describe('content metadata', () => {
  let sandbox: RunningSandbox;
  let lookupUrl: string;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    lookupUrl = (await SandboxApi.for(sandbox).get('/service/config')).body.urls
      .contentMetadataLookup;
  });
  afterAll(() => sandbox.close());

  it('leaves unknown ids out, takes repeated id= too, and refuses more than 200 ids', async () => {
    const response = await fetch(
      `${lookupUrl}?id=${PRODUCT_IDS.pages}&id=1&id=${PRODUCT_IDS.atlas}`,
    );
    const { results } = await response.json();
    expect(Object.keys(results).sort()).toEqual([PRODUCT_IDS.atlas, PRODUCT_IDS.pages].sort());
    const tooMany = Array.from({ length: 201 }, (_, i) => String(5_000_000 + i)).join(',');
    const refused = await fetch(`${lookupUrl}?id=${tooMany}`);
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toBe('At most 200 ids per lookup.');
  });

  it('serves the lookup as JSON and generated SVG icons', async () => {
    const response = await fetch(
      `${lookupUrl}?version=2&p=mdm-lockup&id=${PRODUCT_IDS.pages},${PRODUCT_IDS.atlas}`,
    );
    const { results } = await response.json();
    expect(results[PRODUCT_IDS.pages]).toEqual({
      id: PRODUCT_IDS.pages,
      name: 'Pages',
      artistName: 'Apple',
      bundleId: 'com.apple.Pages',
      kind: 'iosSoftware',
      artwork: {
        url: `${sandbox.origin}/metadata/icons/${PRODUCT_IDS.pages}.svg`,
        width: 512,
        height: 512,
      },
    });
    expect(results[PRODUCT_IDS.atlas].kind).toBe('ebook');
    const icon = await fetch(results[PRODUCT_IDS.pages].artwork.url);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    const svg = await icon.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('>P</text>');
    expect((await fetch(`${sandbox.origin}/metadata/icons/1.svg`)).status).toBe(404);
    expect((await fetch(`${sandbox.origin}/metadata/lookup`)).status).toBe(400);
  });
});
