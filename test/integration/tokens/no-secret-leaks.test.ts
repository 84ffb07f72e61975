import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeContentToken, type RunningSandbox } from '../../../electron/sandbox/index';
import type { TokenDraft, TokenSnapshot } from '../../../shared/domain/tokens';
import { startTestSandbox } from '../vpp/sandbox-fixture';
import { PASSPHRASE, fieldsFor, startTokenConsole, type TokenConsole } from './token-console';

/** Every file under `dir`, with its path. */
const filesUnder = async (dir: string): Promise<{ path: string; text: string }[]> => {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, text: await readFile(path, 'latin1') };
    }),
  );
};

describe('no secret leaks', () => {
  let sandbox: RunningSandbox;
  let console: TokenConsole;
  const sandboxLog: string[] = [];
  let fileContent: string;
  let innerToken: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ log: (line) => sandboxLog.push(line) });
    fileContent = sandbox.tokens.demo;
    innerToken = decodeContentToken(fileContent)!.token;
    console = await startTokenConsole(sandbox);

    // A token's life in the browser front door, with a few refusals on the way.
    await console.call('vault:create', { passphrase: PASSPHRASE });
    await console.failure('tokens:inspect', {
      source: { kind: 'content', fileName: 'inner.txt', content: innerToken },
    });
    const draft = await console.inspect(`${fileContent}\n`);
    const token = await console.call<TokenSnapshot>('tokens:add', {
      draftId: draft.draftId,
      fields: fieldsFor('Hoofdgebouw'),
    });
    const again = await console.call<TokenDraft>('tokens:inspect', { source: { kind: 'demo' } });
    await console.failure('tokens:add', { draftId: again.draftId, fields: fieldsFor('Dubbel') });
    await console.call('tokens:renew', { draftId: again.draftId, tokenId: token.id });
    await console.call('tokens:update', { id: token.id, fields: fieldsFor('Hoofdgebouw 2') });
    await console.call('tokens:takeOver', { id: token.id });
    await console.call('tokens:list');
    sandbox.admin.revokeToken('demo');
    await console.failure('tokens:takeOver', { id: token.id });
    await console.failure('tokens:inspect', {
      source: { kind: 'content', fileName: 'revoked.vpptoken', content: sandbox.tokens.revoked },
    });
    await console.close();
  });
  afterAll(() => sandbox.close());

  const expectNoSecret = (where: string, text: string) => {
    expect(text, `${where} holds the token file`).not.toContain(fileContent);
    expect(text, `${where} holds the inner token`).not.toContain(innerToken);
  };

  it('the vault holds the token (encrypted), so the search below means something', async () => {
    const names = (await filesUnder(console.dataDir)).map((file) => file.path);
    expect(names).toContain(join(console.dataDir, 'vault.json'));
    expect(names).toContain(join(console.dataDir, 'tokens.json'));
    expect(console.answers.length).toBeGreaterThan(8);
    expect(console.events.some((e) => e.event === 'tokens:changed')).toBe(true);
  });

  it('in no file of the data folder (vault.json included: it holds the token encrypted)', async () => {
    for (const file of await filesUnder(console.dataDir)) expectNoSecret(file.path, file.text);
  });

  it('in no answer, event or log line', () => {
    console.answers.forEach((answer, i) => expectNoSecret(`answer ${i}`, JSON.stringify(answer)));
    console.events.forEach(({ event, payload }) =>
      expectNoSecret(`event ${event}`, JSON.stringify(payload)),
    );
    [...console.logs, ...sandboxLog].forEach((line) => expectNoSecret('a log line', line));
  });
});
