import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiResult } from '../../../shared/contract';
import type { TokenDraft, TokenFields, TokenSnapshot } from '../../../shared/domain/tokens';
import { createHost, type Host, type HostOptions } from '../../../electron/host/host';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { FakeSafeStorage } from '../vault/fake-safe-storage';

export type FrontDoor = 'electron' | 'browser';

export interface ErrorInfo {
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

/**
 * A console host for token tests, pointed at a test sandbox as its built-in one. It records
 * every answer, event and log line, so a test can look through all of them for a secret.
 */
export interface TokenConsole {
  host: Host;
  dataDir: string;
  answers: ApiResult<unknown>[];
  events: { event: string; payload: unknown }[];
  logs: string[];
  attempt(channel: string, payload?: unknown, frontDoor?: FrontDoor): Promise<ApiResult<unknown>>;
  call<T = unknown>(channel: string, payload?: unknown, frontDoor?: FrontDoor): Promise<T>;
  failure(channel: string, payload?: unknown, frontDoor?: FrontDoor): Promise<ErrorInfo>;
  inspect(content: string, frontDoor?: FrontDoor): Promise<TokenDraft>;
  close(): Promise<void>;
}

export const PASSPHRASE = 'correct horse battery staple';

export const fieldsFor = (name: string, type: TokenFields['type'] = 'education'): TokenFields => ({
  name,
  description: 'For the tests',
  categories: ['Groep 8'],
  appleId: 'beheer@regenboog.example',
  type,
  registerManagedAppleIds: true,
});

export const newDataDir = () => mkdtemp(join(tmpdir(), 'vpp-tokens-'));

export const startTokenConsole = async (
  sandbox: RunningSandbox,
  options: Partial<HostOptions> & { dataDir?: string } = {},
): Promise<TokenConsole> => {
  const dataDir = options.dataDir ?? (await newDataDir());
  const logs: string[] = [];
  const answers: ApiResult<unknown>[] = [];
  const events: { event: string; payload: unknown }[] = [];
  const host = await createHost({
    frontDoor: 'browser',
    appVersion: '0.9.0-test',
    systemLocale: 'en-US',
    startSandbox: async () => ({
      baseUrl: sandbox.baseUrl,
      demoToken: sandbox.tokens.demo,
      close: async () => {},
    }),
    log: (line) => logs.push(line),
    ...options,
    dataDir,
  });
  host.subscribe((event, payload) => events.push({ event, payload }));
  const attempt = async (channel: string, payload?: unknown, frontDoor: FrontDoor = 'browser') => {
    const result = await host.dispatch(channel, payload, { frontDoor });
    answers.push(result);
    return result;
  };
  const call = async <T>(channel: string, payload?: unknown, frontDoor?: FrontDoor) => {
    const result = await attempt(channel, payload, frontDoor);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as T;
  };
  const failure = async (channel: string, payload?: unknown, frontDoor?: FrontDoor) => {
    const result = await attempt(channel, payload, frontDoor);
    if (result.ok) throw new Error(`expected ${channel} to fail`);
    return result.error as ErrorInfo;
  };
  return {
    host,
    dataDir,
    answers,
    events,
    logs,
    attempt,
    call,
    failure,
    inspect: (content, frontDoor) =>
      call<TokenDraft>(
        'tokens:inspect',
        { source: { kind: 'content', fileName: 'token.vpptoken', content } },
        frontDoor,
      ),
    close: () => host.close(),
  };
};

/** A console whose vault is in the (fake) system keychain: open from the start. */
export const keychainOptions = (): Partial<HostOptions> => ({
  safeStorage: new FakeSafeStorage('gnome_libsecret'),
});

export const addToken = async (
  console: TokenConsole,
  content: string,
  name: string,
): Promise<TokenSnapshot> => {
  const draft = await console.inspect(content);
  return console.call<TokenSnapshot>('tokens:add', {
    draftId: draft.draftId,
    fields: fieldsFor(name),
  });
};

/** What tokens.json holds now (the store writes it before `add` answers). */
export const savedTokens = async (dataDir: string): Promise<{ id: string }[]> =>
  JSON.parse(await readFile(join(dataDir, 'tokens.json'), 'utf8')).tokens;

export const readIfThere = (path: string) => readFile(path, 'utf8').catch(() => undefined);
