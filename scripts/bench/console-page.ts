import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { ApiResult, BridgeApi } from '../../shared/contract';
import { BenchFailure, type BenchLog } from './bench-log';

/** What the console page has that the bench uses: the bridge, and the bench's own probes. */
export type BenchWindow = Window & {
  api?: BridgeApi;
  __benchEvent?: (name: string, payload: unknown, at: number) => void;
  __benchFrames?: FrameProbe;
};

interface FrameProbe {
  running: boolean;
  last: number;
  frames: number;
  over50: number;
  worst: { at: number; gapMs: number }[];
}

export interface FrameSummary {
  longestMs: number;
  frames: number;
  /** Gaps over 50 ms (three frames missed). */
  over50: number;
  /** The longest gaps, with when they ended (page clock, ms). */
  worst: { at: number; gapMs: number }[];
}

/** A call the console answered with an error envelope. */
export class ConsoleCallError extends BenchFailure {
  constructor(
    readonly channel: string,
    readonly code: string,
    detail: string,
  ) {
    super(`The console answered "${channel}" with ${code}: ${detail}`);
  }
}

export interface ConsolePage {
  page: Page;
  /** A call through the page's `window.api`, timed on the page's clock (performance.now). */
  invoke<T>(channel: string, payload?: unknown): Promise<{ value: T; before: number; at: number }>;
  /** Main's events reach `listener` with the page's time of arrival. */
  onEvent(listener: (name: string, payload: unknown, at: number) => void): void;
  /** Now, on the page's clock. */
  now(): Promise<number>;
  startFrameProbe(): Promise<void>;
  stopFrameProbe(): Promise<FrameSummary>;
  /** Rows per table of the console's own database, read-only, without opening it for writing. */
  countRows(database: string, tables: readonly string[]): Promise<Record<string, number>>;
  close(): Promise<void>;
}

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const EVENTS = ['tasks:changed', 'tokens:changed', 'vault:changed'] as const;
const READY_TIMEOUT_MS = 60_000;
const MAX_PAGE_PROBLEMS = 50;

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(fn, "name")`;
 * the functions handed to page.evaluate carry those calls into the page.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/**
 * Chromium with a profile on disk (an off-the-record profile keeps IndexedDB in memory, which
 * behaves differently: README, "Long lists"), the console opened with its link and ready.
 */
export const openConsolePage = async (
  profileDir: string,
  url: string,
  log: BenchLog,
): Promise<ConsolePage> => {
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: BROWSER_ARGS,
    headless: true,
    locale: 'en-GB',
    viewport: { width: 1280, height: 800 },
  });
  try {
    await context.addInitScript({ content: KEEP_NAMES_SHIM });
    const page = context.pages()[0] ?? (await context.newPage());
    let problems = 0;
    const problem = (text: string) => {
      if (++problems <= MAX_PAGE_PROBLEMS) log(`[page] ${text}`);
    };
    page.on('pageerror', (error) => problem(`error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problem(`${message.type()}: ${message.text()}`);
    });
    const listeners: ((name: string, payload: unknown, at: number) => void)[] = [];
    await page.exposeFunction('__benchEvent', (name: string, payload: unknown, at: number) => {
      for (const listener of listeners) listener(name, payload, at);
    });

    await page.goto(url);
    await page
      .getByRole('navigation', { name: 'Sidebar' })
      .waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS })
      .catch(() => {
        throw new BenchFailure('The console page did not show its sidebar within 60 s.');
      });
    await page.evaluate((names) => {
      const w = window as BenchWindow;
      for (const name of names)
        w.api!.on(name, (payload) => w.__benchEvent!(name, payload, performance.now()));
    }, EVENTS);
    return consolePage(context, page, listeners);
  } catch (error) {
    await context.close();
    throw error;
  }
};

const consolePage = (
  context: BrowserContext,
  page: Page,
  listeners: ((name: string, payload: unknown, at: number) => void)[],
): ConsolePage => ({
  page,
  invoke: async <T>(channel: string, payload?: unknown) => {
    const { result, before, at } = await page.evaluate(
      async ({ channel, payload }) => {
        const before = performance.now();
        const result = await (window as BenchWindow).api!.invoke(channel, payload);
        return { result, before, at: performance.now() };
      },
      { channel, payload },
    );
    const envelope = result as ApiResult<T>;
    if (!envelope.ok)
      throw new ConsoleCallError(channel, envelope.error.code, envelope.error.message);
    return { value: envelope.value, before, at };
  },
  onEvent: (listener) => void listeners.push(listener),
  now: () => page.evaluate(() => performance.now()),
  startFrameProbe: () =>
    page.evaluate(() => {
      const probe = {
        running: true,
        last: 0,
        frames: 0,
        over50: 0,
        worst: [] as FrameProbe['worst'],
      };
      (window as BenchWindow).__benchFrames = probe;
      const tick = (time: number) => {
        if (probe.last > 0) {
          const gapMs = time - probe.last;
          if (gapMs > 50) probe.over50++;
          probe.worst.push({ at: Math.round(time), gapMs: Math.round(gapMs) });
          probe.worst.sort((a, b) => b.gapMs - a.gapMs);
          probe.worst.length = Math.min(probe.worst.length, 5);
        }
        probe.last = time;
        probe.frames++;
        if (probe.running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }),
  stopFrameProbe: () =>
    page.evaluate(() => {
      const probe = (window as BenchWindow).__benchFrames!;
      probe.running = false;
      return {
        longestMs: probe.worst[0]?.gapMs ?? 0,
        frames: probe.frames,
        over50: probe.over50,
        worst: probe.worst,
      };
    }),
  countRows: (database, tables) =>
    page.evaluate(
      async ({ database, tables }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(database);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        try {
          const present = tables.filter((table) => db.objectStoreNames.contains(table));
          const counts: Record<string, number> = Object.fromEntries(tables.map((t) => [t, -1]));
          if (present.length === 0) return counts;
          const tx = db.transaction(present, 'readonly');
          await Promise.all(
            present.map(
              (table) =>
                new Promise<void>((resolve, reject) => {
                  // License sets hold many assignments a row: count their holders.
                  if (table === 'licenseSets') {
                    const all = tx.objectStore(table).getAll();
                    all.onsuccess = () =>
                      resolve(
                        void (counts[table] = (all.result as { holders: string[] }[]).reduce(
                          (sum, set) => sum + set.holders.length,
                          0,
                        )),
                      );
                    all.onerror = () => reject(all.error);
                    return;
                  }
                  const request = tx.objectStore(table).count();
                  request.onsuccess = () => resolve(void (counts[table] = request.result));
                  request.onerror = () => reject(request.error);
                }),
            ),
          );
          return counts;
        } finally {
          db.close();
        }
      },
      { database, tables },
    ),
  close: () => context.close(),
});
