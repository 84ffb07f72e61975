import { expect, type Page } from '@playwright/test';
import { TokenRegistry, type TokenName } from '../../electron/sandbox/apple/token-registry';
import { seedWorld } from '../../electron/sandbox/seeds/seed-world';
import type { LocationKey } from '../../electron/sandbox/state/location';

/**
 * The demo school's content tokens, added the way an admin's console gets them: through main
 * (`tokens:inspect` → `tokens:add`, the vault's passphrase set first), then synced from the
 * built-in sandbox by the console itself. The main building's token, the annex's that expires
 * in ten days, and the childcare centre's that another MDM uses: the banners and states a
 * school sees.
 */

export const DEMO_PASSPHRASE = 'regenboog-2026';

const DEMO_TOKENS: readonly { name: TokenName; location: LocationKey }[] = [
  { name: 'demo', location: 'demo' },
  { name: 'expiringSoon', location: 'expiringSoon' },
  { name: 'otherMdm', location: 'otherMdm' },
];

/**
 * The token files as the built-in sandbox issues them: its secrets follow from its seed, so
 * the same files open it whenever it started (each counts its validity from its own start).
 */
const tokenFiles = (names: readonly TokenName[] = DEMO_TOKENS.map(({ name }) => name)) => {
  const now = new Date();
  const registry = new TokenRegistry('demo', seedWorld('demo', now).orgName, now);
  return names.map((name) => registry.get(name).fileContent);
};

/** The main building's token file, as an admin would download it. */
export const demoTokenFile = (): string => tokenFiles()[0]!;

/** What the three locations hold at the sandbox: the lists' lengths once they have synced. */
export const demoInventory = (() => {
  const world = seedWorld('demo', new Date());
  const assets = DEMO_TOKENS.flatMap(({ location }) => [
    ...world.locations.get(location)!.assets.all(),
  ]);
  return {
    tokens: DEMO_TOKENS.length,
    apps: assets.filter((asset) => asset.productType === 'App').length,
    books: assets.filter((asset) => asset.productType === 'Book').length,
  };
})();

/**
 * Adds the demo tokens through main (or only those named: the main building's alone gives a
 * console with one location) and waits until every one has synced.
 */
export const addDemoTokens = async (page: Page, only?: readonly TokenName[]): Promise<void> => {
  const files = tokenFiles(only);
  await page.evaluate(
    async ({ files, passphrase }) => {
      const call = async (channel: string, payload?: unknown) => {
        const result = (await window.api!.invoke(channel as never, payload)) as {
          ok: boolean;
          value?: unknown;
          error?: { message: string };
        };
        if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
        return result.value as Record<string, unknown>;
      };
      const vault = await call('vault:status');
      if (vault.state === 'new') await call('vault:create', { passphrase });
      else if (vault.state === 'locked') await call('vault:unlock', { passphrase });
      for (const content of files) {
        const draft = await call('tokens:inspect', {
          source: { kind: 'content', fileName: 'token.vpptoken', content },
        });
        await call('tokens:add', {
          draftId: draft.draftId,
          fields: {
            name: draft.locationName,
            description: '',
            categories: [],
            appleId: '',
            type: draft.suggestedType,
          },
        });
      }
    },
    { files, passphrase: DEMO_PASSPHRASE },
  );
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve, reject) => {
              const request = indexedDB.open('vpp-console');
              request.onerror = () => reject(request.error);
              request.onsuccess = () => {
                const db = request.result;
                const all = db.transaction('tokens').objectStore('tokens').getAll();
                all.onsuccess = () => {
                  const rows = all.result as { sync: { lastOutcome?: string; active: boolean } }[];
                  resolve(rows.filter((row) => row.sync.lastOutcome === 'succeeded').length);
                  db.close();
                };
              };
            }),
        ),
      { timeout: 30_000, message: 'the demo tokens did not all sync' },
    )
    .toBe(files.length);
};
