import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TokenStore } from '../../../electron/tokens/token-store';
import type { TokenRecord } from '../../../electron/tokens/token-record';
import { fieldsFor, newDataDir } from './token-console';

const recordFor = (n: number): TokenRecord => ({
  ...fieldsFor(`Locatie ${n}`),
  id: `token-${n}`,
  orgName: 'Scholengroep De Regenboog',
  locationName: `Locatie ${n}`,
  uId: String(3049025000000000 + n),
  countryCode: 'NL',
  websiteUrl: 'https://school.apple.com',
  service: { mode: 'sandbox' },
  expiresAt: new Date(Date.now() + 200 * 86_400_000).toISOString(),
  addedAt: Date.now(),
  mdm: { state: 'ours' },
  claimedAt: Date.now(),
  warned: [],
});

describe('tokens.json', () => {
  it('keeps 3,000 tokens, written in a burst, without a write per change', async () => {
    const dataDir = await newDataDir();
    const store = new TokenStore(dataDir);
    await store.load();
    const started = performance.now();
    await Promise.all(Array.from({ length: 3000 }, (_, n) => store.put(recordFor(n))));
    await Promise.all(
      Array.from({ length: 3000 }, (_, n) =>
        store.update(`token-${n}`, (record) => ({ ...record, warned: ['30'] })),
      ),
    );
    expect(performance.now() - started).toBeLessThan(5000);

    const reloaded = new TokenStore(dataDir);
    const loading = performance.now();
    await reloaded.load();
    expect(performance.now() - loading).toBeLessThan(1000);
    expect(reloaded.list()).toHaveLength(3000);
    expect(reloaded.mdmId).toBe(store.mdmId);
    expect(reloaded.findByUId(String(3049025000000000 + 2999))?.warned).toEqual(['30']);
  });

  it('keeps a damaged file aside and starts without tokens (and a new mdmId)', async () => {
    const dataDir = await newDataDir();
    await writeFile(join(dataDir, 'tokens.json'), '{"version":1,"tokens":[{"id":');
    const logs: string[] = [];
    const store = new TokenStore(dataDir, (line) => logs.push(line));
    await store.load();
    expect(store.list()).toEqual([]);
    const names = await readdir(dataDir);
    const aside = names.find((name) => name.startsWith('tokens.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dataDir, aside!), 'utf8')).toBe('{"version":1,"tokens":[{"id":');
    expect(logs.join()).toContain('kept it as');
    expect(JSON.parse(await readFile(join(dataDir, 'tokens.json'), 'utf8'))).toEqual({
      version: 1,
      mdmId: store.mdmId,
      tokens: [],
    });
  });

  it('keeps a newer console’s file aside rather than misread it', async () => {
    const dataDir = await newDataDir();
    const newer = JSON.stringify({ version: 2, mdmId: crypto.randomUUID(), tokens: [] });
    await writeFile(join(dataDir, 'tokens.json'), newer);
    await new TokenStore(dataDir).load();
    const names = await readdir(dataDir);
    expect(names.some((name) => name.startsWith('tokens.json.corrupt-'))).toBe(true);
  });
});
