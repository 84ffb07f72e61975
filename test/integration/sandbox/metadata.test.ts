import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import {
  PRODUCT_IDS,
  SandboxMetadataSource,
  type RunningSandbox,
} from '../../../electron/sandbox/index';
import { ContentMetadata } from '../../../shared/domain/content-metadata';

describe('content metadata', () => {
  let sandbox: RunningSandbox;
  let lookupUrl: string;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    lookupUrl = (await SandboxApi.for(sandbox).get('/service/config')).body.urls
      .contentMetadataLookup;
  });
  afterAll(() => sandbox.close());

  it('names the assets GET /assets returns, through the ContentMetadataSource interface', async () => {
    const assets = (await SandboxApi.for(sandbox).get('/assets')).body.assets;
    const source = new SandboxMetadataSource(lookupUrl);
    const metadata = await source.lookup(assets.map((a: { adamId: string }) => a.adamId));
    expect(metadata.size).toBe(16);
    expect(metadata.get(PRODUCT_IDS.leesladder)).toEqual({
      adamId: PRODUCT_IDS.leesladder,
      name: 'Leesladder',
      kind: 'app',
      developer: 'Boekenwurm Media',
      iconUrl: `${sandbox.origin}/metadata/icons/${PRODUCT_IDS.leesladder}.svg`,
    });
    expect(metadata.get(PRODUCT_IDS.oudeMolen)).toMatchObject({
      name: 'Het Geheim van de Oude Molen',
      kind: 'book',
    });
    for (const entry of metadata.values()) expect(ContentMetadata.parse(entry)).toEqual(entry);
  });

  it('leaves unknown ids out and batches long lists', async () => {
    const ids = [
      PRODUCT_IDS.pages,
      '1',
      ...Array.from({ length: 450 }, (_, i) => String(5_000_000 + i)),
    ];
    const metadata = await new SandboxMetadataSource(lookupUrl).lookup(ids);
    expect([...metadata.keys()]).toEqual([PRODUCT_IDS.pages]);
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
