import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import {
  closeCodeIn,
  connectBridge,
  exchange,
  frontDoorOf,
  invoke,
  openRawBridge,
  openSocket,
  pageStatus,
  plainRequest,
  readUntilClosed,
  upgradeRequest,
  wsFrame,
  type FrontDoor,
} from './raw-front-door';
import { ensureRendererBuilt, startWebCli, type WebCliProcess } from './web-cli-process';

/**
 * The real `npm run web` process, attacked through raw sockets by a local process. Whatever one
 * connection sends ends at most that connection: the host, its sandbox and its tasks live on.
 */
describe('the browser front door outlives what one connection sends', () => {
  let cli: WebCliProcess | undefined;
  let door: FrontDoor;
  // A connection opened before each attack, which must keep working through it.
  let bystander: WebSocket;

  beforeAll(ensureRendererBuilt, 120_000);

  beforeEach(async () => {
    // One process serves every attack; only a test that killed it makes the next start anew.
    if (!cli?.alive()) {
      cli = startWebCli(await mkdtemp(join(tmpdir(), 'vpp-attacked-')));
      door = frontDoorOf(await cli.started);
    }
    bystander = await connectBridge(door);
  });

  afterEach(() => bystander.close());

  afterAll(async () => {
    expect(await cli?.stop()).toBe(0);
  });

  const expectConsoleAnswers = async () => {
    expect(await invoke(bystander, 'app:info')).toMatchObject({ ok: true });
    const fresh = await connectBridge(door);
    expect(await invoke(fresh, 'app:info')).toMatchObject({
      ok: true,
      value: { name: 'VPP Console', frontDoor: 'browser' },
    });
    fresh.close();
    expect(await pageStatus(door)).toBe('HTTP/1.1 200 OK');
    expect(cli?.alive()).toBe(true);
    // Each error was handled where it happened, not by the last-resort handler.
    expect(cli?.output()).not.toMatch(/unexpected error/i);
  };

  it.each(['//[', 'http://['])(
    'answers a WebSocket handshake to the malformed target %s with 400',
    async (target) => {
      const answer = await exchange(door.port, upgradeRequest(door, target));
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      await expectConsoleAnswers();
    },
  );

  it.each(['//[', 'http://[', '*', '/%E0%A4%A'])(
    'answers a plain request for the malformed target %s with 400',
    async (target) => {
      const answer = await exchange(door.port, plainRequest(door, target));
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      await expectConsoleAnswers();
    },
  );

  it('outlives refused handshakes whose client resets the connection', async () => {
    for (let round = 0; round < 5; round++) {
      // Reset after the refusal arrived, and reset before the server could answer.
      for (const waitForRefusal of [true, false]) {
        const socket = await openSocket(door.port);
        const refusal = new Promise<void>((resolveRefusal) => {
          socket.once('data', () => resolveRefusal());
          socket.once('close', () => resolveRefusal());
        });
        socket.on('error', () => undefined);
        socket.write(upgradeRequest(door, '/bridge?token=wrong'));
        if (waitForRefusal) await refusal;
        socket.resetAndDestroy();
      }
    }
    await expectConsoleAnswers();
  });

  it('outlives bytes that are not HTTP and headers too large to read', async () => {
    expect(await exchange(door.port, 'HELLO THERE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    const hugeHeader = `GET / HTTP/1.1\r\nHost: 127.0.0.1:${door.port}\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`;
    expect(await exchange(door.port, hugeHeader)).toMatch(/^HTTP\/1\.1 431 /);
    await expectConsoleAnswers();
  });

  it.each([
    {
      what: 'a frame over the size limit',
      frame: () => wsFrame(Buffer.alloc(16), { claimedLength: 9 * 1024 * 1024 }),
      code: 1009, // message too big
    },
    {
      what: 'invalid UTF-8 in a text frame',
      frame: () => wsFrame(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])),
      code: 1007, // invalid frame payload data
    },
    {
      what: 'an unmasked client frame',
      frame: () => wsFrame(Buffer.from('{}'), { masked: false }),
      code: 1002, // protocol error
    },
    {
      what: 'a frame with a reserved opcode',
      frame: () => wsFrame(Buffer.from('{}'), { opcode: 0x3 }),
      code: 1002,
    },
  ])('closes only the connection that sent $what, with code $code', async ({ frame, code }) => {
    const attacker = await openRawBridge(door);
    const answer = readUntilClosed(attacker);
    attacker.write(frame());
    expect(closeCodeIn(await answer)).toBe(code);
    await expectConsoleAnswers();
  });

  it('outlives a bridge connection reset in the middle of a call', async () => {
    const caller = await openRawBridge(door);
    caller.on('error', () => undefined);
    caller.write(
      wsFrame(Buffer.from(JSON.stringify({ type: 'invoke', id: 7, channel: 'app:info' }))),
    );
    caller.resetAndDestroy();
    await expectConsoleAnswers();
  });
});
