import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeContentToken, type RunningSandbox } from '../../../electron/sandbox/index';
import { parseAppleDate } from '../../../electron/vpp/dates';
import { TOKEN_FILE_MAX_BYTES } from '../../../shared/domain/tokens';
import { startTestSandbox } from '../vpp/sandbox-fixture';
import {
  PASSPHRASE,
  readIfThere,
  savedTokens,
  startTokenConsole,
  type TokenConsole,
} from './token-console';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

describe('a token file that is not one is refused with its own reason, and nothing is stored', () => {
  let sandbox: RunningSandbox;
  let console: TokenConsole;
  let vaultBefore: string | undefined;
  let secret: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    console = await startTokenConsole(sandbox);
    await console.call('vault:create', { passphrase: PASSPHRASE });
    vaultBefore = await readIfThere(join(console.dataDir, 'vault.json'));
    secret = decodeContentToken(sandbox.tokens.demo)!.token;
  });

  afterAll(async () => {
    // Nothing any of the cases did reached tokens.json or the vault.
    expect(await savedTokens(console.dataDir)).toEqual([]);
    expect(await readIfThere(join(console.dataDir, 'vault.json'))).toBe(vaultBefore);
    expect(console.events.filter((e) => e.event.startsWith('tokens:'))).toEqual([]);
    await console.close();
    await sandbox.close();
  });

  const refusal = async (content: string) => {
    const error = await console.failure('tokens:inspect', {
      source: { kind: 'content', fileName: 'x.vpptoken', content },
    });
    // Never quotes the file (nor the secret inside it).
    expect(JSON.stringify(error)).not.toContain(content.trim() || '\u0000');
    expect(JSON.stringify(error)).not.toContain(secret);
    return error;
  };

  const demoFields = () => decodeContentToken(sandbox.tokens.demo)!;

  it.each([
    ['an empty file', '', 'tokenFile.empty'],
    ['a file of blank lines', ' \n\n', 'tokenFile.empty'],
    [
      'text that is not Base64',
      'Dit is geen token, maar een boodschappenlijstje.',
      'tokenFile.notBase64',
    ],
    ['the decoded JSON pasted as is', '{"token":"abc"}', 'tokenFile.notBase64'],
    ['Base64 of plain text', Buffer.from('hello there').toString('base64'), 'tokenFile.notJson'],
    ['Base64 of a JSON list', Buffer.from('[1,2,3]').toString('base64'), 'tokenFile.notJson'],
    // Binary, but not the size of a secret: some other file, not the inner token.
    ['Base64 of a small picture', randomBytes(3000).toString('base64'), 'tokenFile.notJson'],
    ['Base64 of a few bytes', randomBytes(6).toString('base64'), 'tokenFile.notJson'],
  ])('%s → %s', async (_name, content, code) => {
    expect((await refusal(content)).code).toBe(code);
  });

  it('names the field that is missing', async () => {
    for (const field of ['token', 'expDate', 'orgName'] as const) {
      const { [field]: _left, ...rest } = demoFields();
      const error = await refusal(encode(rest));
      expect(error).toMatchObject({ code: 'tokenFile.missingField', params: { field } });
    }
  });

  it('refuses an expiry date it cannot read', async () => {
    const error = await refusal(encode({ ...demoFields(), expDate: 'volgend jaar' }));
    expect(error.code).toBe('tokenFile.badDate');
  });

  it('refuses a token already expired by its own date, and says when', async () => {
    const expired = decodeContentToken(sandbox.tokens.expired)!;
    const error = await refusal(sandbox.tokens.expired);
    expect(error).toMatchObject({
      code: 'tokenFile.expired',
      params: { date: parseAppleDate(expired.expDate)!.toISOString().slice(0, 10) },
    });
  });

  it('recognises the inner token pasted instead of the file', async () => {
    const error = await refusal(secret);
    expect(error.code).toBe('tokenFile.innerToken');
    expect(error.message).toContain('token inside a .vpptoken file');
  });

  it('refuses a file far too big to be a token before decoding it', async () => {
    const error = await refusal('A'.repeat(TOKEN_FILE_MAX_BYTES + 4));
    expect(error.code).toBe('tokenFile.tooLarge');
  });

  it('passes Apple’s refusal on: a revoked token (9625), one Apple never issued (9601)', async () => {
    expect((await refusal(sandbox.tokens.revoked)).code).toBe('apple.9625');
    const forged = encode({ ...demoFields(), token: Buffer.alloc(32, 7).toString('base64') });
    expect((await refusal(forged)).code).toBe('apple.9601');
  });

  describe('a file named by its path', () => {
    it('is read in the desktop app', async () => {
      const path = join(console.dataDir, '..', `demo-${Date.now()}.vpptoken`);
      await writeFile(path, `${sandbox.tokens.demo}\n`);
      const draft = await console.call<{ uId: string }>(
        'tokens:inspect',
        { source: { kind: 'path', path } },
        'electron',
      );
      expect(draft.uId).toBe(sandbox.admin.location().uId);
    });

    it('is refused from the browser, which must send the content', async () => {
      const error = await console.failure('tokens:inspect', {
        source: { kind: 'path', path: '/etc/passwd' },
      });
      expect(error.code).toBe('tokens.pathFromBrowser');
    });

    it('is refused by its size before it is read', async () => {
      const path = join(console.dataDir, '..', `big-${Date.now()}.vpptoken`);
      await writeFile(path, Buffer.alloc(TOKEN_FILE_MAX_BYTES * 4, 0x41));
      const error = await console.failure(
        'tokens:inspect',
        { source: { kind: 'path', path } },
        'electron',
      );
      expect(error.code).toBe('tokenFile.tooLarge');
    });

    it('says so when there is no such file', async () => {
      const error = await console.failure(
        'tokens:inspect',
        { source: { kind: 'path', path: join(console.dataDir, 'nothing.vpptoken') } },
        'electron',
      );
      expect(error).toMatchObject({ code: 'tokens.fileUnreadable', params: { reason: 'ENOENT' } });
    });
  });

  it('offers the demo token only while the built-in sandbox is the Apple service', async () => {
    await console.call('settings:update', {
      appleService: { mode: 'custom', customUrl: sandbox.baseUrl },
    });
    try {
      const error = await console.failure('tokens:inspect', { source: { kind: 'demo' } });
      expect(error.code).toBe('tokens.demoNeedsSandbox');
    } finally {
      await console.call('settings:update', { appleService: { mode: 'sandbox' } });
    }
  });
});
