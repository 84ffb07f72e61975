import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCT_IDS, startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { AppleMetadataSource } from '../../../electron/vpp/apple-metadata-source';
import { VppClient } from '../../../electron/vpp/client';
import { ContentMetadata } from '../../../shared/domain/content-metadata';
import { FAST_RETRIES, failureOf } from './sandbox-fixture';
import {
  COMMON,
  SERVICE_CONFIG,
  json,
  startScriptedServer,
  type ScriptedServer,
  type SeenRequest,
} from './scripted-server';

describe('AppleMetadataSource against the sandbox', () => {
  let sandbox: RunningSandbox;
  let client: VppClient;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, seed: 'demo', eventDelayMs: 0 });
    client = new VppClient({ token: sandbox.tokens.demo, baseUrl: sandbox.baseUrl });
  });
  afterAll(() => sandbox.close());

  it('names every app and book the location owns, as the sandbox admin sees them', async () => {
    const { assets } = await client.getAllAssets();
    const metadata = await new AppleMetadataSource(client).lookup(assets.map((a) => a.adamId));
    const expected = sandbox.admin.assets().filter((asset) => asset.name);
    expect(expected.length).toBeGreaterThan(5);
    for (const asset of expected) expect(metadata.get(asset.adamId)?.name).toBe(asset.name);
    for (const entry of metadata.values()) expect(ContentMetadata.parse(entry)).toEqual(entry);
    expect(metadata.get(PRODUCT_IDS.leesladder)).toMatchObject({
      kind: 'app',
      developer: 'Boekenwurm Media',
    });
    expect(metadata.get(PRODUCT_IDS.oudeMolen)).toMatchObject({ kind: 'book' });
  });

  it('gives icon URLs that load', async () => {
    const metadata = await new AppleMetadataSource(client).lookup([PRODUCT_IDS.pages]);
    const response = await fetch(metadata.get(PRODUCT_IDS.pages)!.iconUrl!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('leaves unknown and malformed ids out, and handles more ids than one request takes', async () => {
    const unknown = Array.from({ length: 450 }, (_, i) => String(5_000_000 + i));
    const ids = [PRODUCT_IDS.pages, '1', 'not-an-id', '', ...unknown, PRODUCT_IDS.pages];
    const metadata = await new AppleMetadataSource(client).lookup(ids);
    expect([...metadata.keys()]).toEqual([PRODUCT_IDS.pages]);
    expect(metadata.get(PRODUCT_IDS.pages)?.name).toBe('Pages');
  });
});

const TOKEN = Buffer.from(
  JSON.stringify({
    token: 'VGhpc0lzVGhlU2VjcmV0UGFydA==',
    expDate: '2031-03-14T09:26:53+0000',
    orgName: 'Basisschool De Regenboog',
  }),
).toString('base64');

const LOOKUP_PATH = '/WebObjects/MZStorePlatform.woa/wa/lookup';

const ARTWORK = 'https://is1-ssl.mzstatic.com/image/thumb/Purple/v4/ab/cd/ef/source/{w}x{h}{c}.{f}';

/** Apple's shape (reference §4.12): results keyed by adamId, artwork as a template. */
const appleEntry = (id: string) => ({
  id,
  name: `App ${id}`,
  artistName: 'Studio Noord',
  kind: 'iosSoftware',
  bundleId: `nl.studionoord.app${id}`,
  url: `https://apps.apple.com/nl/app/app-${id}/id${id}`,
  artwork: { url: ARTWORK, width: 1024, height: 1024, bgColor: 'ffffff' },
  offers: [{ price: 0 }],
});

/** The scripted store knows every id except those starting with 9. */
const isKnown = (id: string) => !id.startsWith('9');

interface Storefront {
  answerLookup?: (seen: SeenRequest, ids: string[]) => unknown;
  urls?: Record<string, string>;
  clientConfig?: Record<string, unknown>;
}

/** Apple's v2 service and its store lookup on one scripted server. */
const startAppleLike = async ({ answerLookup, urls, clientConfig }: Storefront = {}) => {
  let origin = '';
  const server = await startScriptedServer((seen, res) => {
    if (seen.path === '/service/config') {
      const lookup = { contentMetadataLookup: `${origin}${LOOKUP_PATH}` };
      return json(res, 200, { ...SERVICE_CONFIG(), urls: urls ?? lookup });
    }
    if (seen.path === '/client/config') {
      return json(res, 200, {
        ...COMMON,
        countryISO2ACode: 'DE',
        defaultPlatform: 'enterprisestore',
        ...clientConfig,
      });
    }
    if (seen.path === LOOKUP_PATH) {
      const ids = (seen.query.get('id') ?? '').split(',');
      const answer = answerLookup
        ? answerLookup(seen, ids)
        : { results: Object.fromEntries(ids.filter(isKnown).map((id) => [id, appleEntry(id)])) };
      if (typeof answer === 'string') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(answer);
        return;
      }
      return json(res, 200, answer);
    }
    json(res, 404, { errorNumber: 9601, errorMessage: 'Not found' });
  });
  origin = server.baseUrl.replace(/\/mdm\/v2$/, '');
  const client = new VppClient({
    token: TOKEN,
    baseUrl: server.baseUrl,
    retry: FAST_RETRIES,
    timeoutMs: 5000,
  });
  const lookups = () => server.requests.filter((seen) => seen.path === LOOKUP_PATH);
  return { server, client, lookups };
};

describe('AppleMetadataSource against a server that answers like Apple', () => {
  let server: ScriptedServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('asks like Zentral: the storefront from client/config, the token as the itvt cookie', async () => {
    const apple = await startAppleLike();
    server = apple.server;
    const source = new AppleMetadataSource(apple.client, { language: 'nl' });
    const metadata = await source.lookup(['100', '200', '900']);
    expect([...metadata.keys()]).toEqual(['100', '200']);
    const [seen] = apple.lookups();
    expect(seen!.headers.cookie).toBe(`itvt=${TOKEN}`);
    expect(seen!.headers.authorization).toBeUndefined();
    expect(Object.fromEntries(seen!.query)).toEqual({
      version: '2',
      p: 'mdm-lockup',
      caller: 'MDM',
      platform: 'enterprisestore',
      cc: 'de',
      l: 'nl',
      id: '100,200,900',
    });
  });

  it('splits long lists into requests of at most 100 ids and remembers what it learnt', async () => {
    let now = 0;
    const apple = await startAppleLike();
    server = apple.server;
    const source = new AppleMetadataSource(apple.client, { now: () => now, cacheMaxAgeMs: 60_000 });
    const ids = Array.from({ length: 250 }, (_, i) => String(1000 + i));
    const first = await source.lookup(ids);
    const sizes = apple.lookups().map((seen) => seen.query.get('id')!.split(',').length);
    expect(sizes).toEqual([100, 100, 50]);
    expect(new Set(apple.lookups().flatMap((s) => s.query.get('id')!.split(',')))).toEqual(
      new Set(ids),
    );
    expect(first.size).toBe(250);

    now = 59_000;
    expect(await source.lookup(ids)).toEqual(first);
    expect(apple.lookups()).toHaveLength(3);

    now = 61_000;
    await source.lookup(ids.slice(0, 10));
    expect(apple.lookups()).toHaveLength(4);
    expect(apple.server.requests.filter((seen) => seen.path === '/client/config')).toHaveLength(1);
  });

  it('fills in Apple artwork templates and maps the store fields', async () => {
    const apple = await startAppleLike({
      answerLookup: () => ({
        results: {
          '10': appleEntry('10'),
          '20': {
            name: 'Atlas van Nederland',
            artistName: 'Uitgeverij Kaart',
            kind: 'ebook',
            artwork: { url: ARTWORK, width: 400, height: 600 },
          },
          '30': { artistName: 'No name, so not usable', kind: 'iosSoftware' },
          '40': { name: 'Odd fields', kind: 7, artwork: { url: 'javascript:alert(1)' } },
        },
      }),
    });
    server = apple.server;
    const metadata = await new AppleMetadataSource(apple.client).lookup(['10', '20', '30', '40']);
    expect(metadata.get('10')).toEqual({
      adamId: '10',
      name: 'App 10',
      kind: 'app',
      developer: 'Studio Noord',
      bundleId: 'nl.studionoord.app10',
      iconUrl: ARTWORK.replace('{w}x{h}{c}.{f}', '128x128bb.png'),
      storeUrl: 'https://apps.apple.com/nl/app/app-10/id10',
    });
    expect(metadata.get('20')).toMatchObject({ kind: 'book', name: 'Atlas van Nederland' });
    expect(metadata.get('20')!.iconUrl).toMatch(/\/source\/128x128bb\.png$/);
    expect(metadata.has('30')).toBe(false);
    expect(metadata.get('40')).toEqual({ adamId: '40', name: 'Odd fields', kind: 'app' });
    const bigger = await new AppleMetadataSource(apple.client, { iconSizePx: 256 }).lookup(['10']);
    expect(bigger.get('10')!.iconUrl).toMatch(/\/source\/256x256bb\.png$/);
  });

  it('uses the storefront fallbacks when client/config leaves them out', async () => {
    const apple = await startAppleLike({
      clientConfig: { countryISO2ACode: undefined, defaultPlatform: undefined },
    });
    server = apple.server;
    await new AppleMetadataSource(apple.client).lookup(['100']);
    expect(apple.lookups()[0]!.query.get('platform')).toBe('volumestore');
    expect(apple.lookups()[0]!.query.get('cc')).toBe('us');
  });

  it('finds nothing, without asking, when the service advertises no lookup URL', async () => {
    const apple = await startAppleLike({ urls: {} });
    server = apple.server;
    expect((await new AppleMetadataSource(apple.client).lookup(['100'])).size).toBe(0);
    expect(apple.lookups()).toHaveLength(0);
  });

  it.each([
    ['HTML instead of JSON', '<html>Maintenance</html>'],
    ['results that are not keyed by id', { resultCount: 0, results: [] }],
    ['no results at all', { status: 'ok' }],
  ])('rejects a malformed answer (%s) with http.invalidResponse', async (_, answer) => {
    const apple = await startAppleLike({ answerLookup: () => answer });
    server = apple.server;
    const error = await failureOf(new AppleMetadataSource(apple.client).lookup(['100']));
    expect(error.code).toBe('http.invalidResponse');
    expect(error.message).toContain(LOOKUP_PATH);
    expect(apple.lookups()).toHaveLength(1);
    expectNoToken(error);
  });

  it('retries a failing store and never puts the token in the error', async () => {
    const apple = await startAppleLike({
      answerLookup: () => {
        throw new Error('store down');
      },
    });
    server = apple.server;
    const error = await failureOf(new AppleMetadataSource(apple.client).lookup(['100']));
    expect(error.code).toBe('http.unexpectedStatus');
    expect(apple.lookups()).toHaveLength(FAST_RETRIES!.serverError!.maxAttempts);
    expectNoToken(error);
  });

  it('does not remember a failure: the next lookup asks again', async () => {
    let fail = true;
    const apple = await startAppleLike({
      answerLookup: (_, ids) =>
        fail ? 'not json' : { results: Object.fromEntries(ids.map((id) => [id, appleEntry(id)])) },
    });
    server = apple.server;
    const source = new AppleMetadataSource(apple.client);
    await expect(source.lookup(['100'])).rejects.toMatchObject({ code: 'http.invalidResponse' });
    fail = false;
    expect((await source.lookup(['100'])).get('100')?.name).toBe('App 100');
  });
});

const expectNoToken = (error: Error & Record<string, unknown>) => {
  const secret = JSON.parse(Buffer.from(TOKEN, 'base64').toString('utf8')).token as string;
  const everything = [
    error.message,
    JSON.stringify(error.params ?? {}),
    String(error.stack),
    inspect(error, { depth: 10 }),
  ].join('\n');
  expect(everything).not.toContain(TOKEN);
  expect(everything).not.toContain(secret);
};
