import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncWork } from '../../../shared/domain/sync';
import type { TaskSnapshot } from '../../../shared/domain/tasks';
import type { TokenSnapshot } from '../../../shared/domain/tokens';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { startTestSandbox } from '../vpp/sandbox-fixture';
import {
  addToken,
  keychainOptions,
  startTokenConsole,
  type TokenConsole,
} from '../tokens/token-console';

/**
 * The host as both front doors serve it: a token added through the contract syncs by itself
 * once a window pulls its work, and Settings → Sync moves every token's next sync.
 */
describe('syncs in the host', () => {
  let sandbox: RunningSandbox;
  let console: TokenConsole;

  beforeEach(async () => {
    sandbox = await startTestSandbox();
    console = await startTokenConsole(sandbox, keychainOptions());
  });
  afterEach(async () => {
    await console.close();
    await sandbox.close();
  });

  /** A window that acknowledges everything it is given, as if it had written it. */
  const pullAll = async (applierId: string, rounds: number) => {
    const seen: SyncWork[] = [];
    let acks: { workId: number; syncId: string }[] = [];
    for (let round = 0; round < rounds; round++) {
      const { work } = await console.call<{ work: SyncWork[] }>('sync:pull', { applierId, acks });
      seen.push(...work);
      acks = work.map((item) => ({ workId: item.workId, syncId: item.syncId }));
      if (work.some((item) => item.type === 'end')) {
        // The last acknowledgement; that pull then waits for more work, which doesn't come.
        void console.attempt('sync:pull', { applierId, acks });
        break;
      }
    }
    return seen;
  };

  it('starts a new token’s first sync, full, as soon as a window pulls, and it succeeds', async () => {
    const token = await addToken(console, sandbox.tokens.demo, 'Hoofdgebouw');
    const work = await pullAll(crypto.randomUUID(), 40);
    expect(work[0]).toMatchObject({ type: 'begin', mode: 'full', tokenId: token.id });
    expect(work.map((item) => item.type)).toContain('assignments');
    await expect
      .poll(() =>
        console.events.some(
          (entry) =>
            entry.event === 'tasks:changed' &&
            (entry.payload as TaskSnapshot).kind === 'vpp:sync' &&
            (entry.payload as TaskSnapshot).status === 'succeeded',
        ),
      )
      .toBe(true);
    await expect
      .poll(async () => (await console.call<TokenSnapshot[]>('tokens:list'))[0]?.sync.lastOutcome)
      .toBe('succeeded');
  });

  it('moves every token’s next sync when the interval changes', async () => {
    await addToken(console, sandbox.tokens.demo, 'Hoofdgebouw');
    await pullAll(crypto.randomUUID(), 40);
    await expect
      .poll(async () => (await console.call<TokenSnapshot[]>('tokens:list'))[0]?.sync.lastSyncAt)
      .toBeTypeOf('number');
    const [before] = await console.call<TokenSnapshot[]>('tokens:list');
    expect(before!.sync.nextSyncAt).toBe(before!.sync.lastSyncAt! + 30 * 60_000);
    const events = console.events.length;
    await console.call('settings:update', { sync: { intervalMinutes: 120 } });
    const announced = console.events
      .slice(events)
      .filter((entry) => entry.event === 'tokens:changed')
      .map((entry) => entry.payload as TokenSnapshot);
    expect(announced.at(-1)?.sync.nextSyncAt).toBe(before!.sync.lastSyncAt! + 120 * 60_000);
  });
});
