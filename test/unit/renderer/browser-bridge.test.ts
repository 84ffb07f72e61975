import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectBrowserBridge } from '../../../renderer/api/browser-bridge';

/** Plays the host's end of the bridge: opens at once and lets the test send frames. */
class ScriptedSocket extends EventTarget {
  static last: ScriptedSocket | undefined;
  static readonly OPEN = 1;
  readyState = 0;
  readonly sent: string[] = [];
  constructor(readonly url: string) {
    super();
    ScriptedSocket.last = this;
    queueMicrotask(() => {
      this.readyState = ScriptedSocket.OPEN;
      this.dispatchEvent(new Event('open'));
    });
  }
  send(data: string) {
    this.sent.push(data);
  }
  receive(data: string) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

const realWebSocket = globalThis.WebSocket;
afterEach(() => {
  globalThis.WebSocket = realWebSocket;
  vi.restoreAllMocks();
});

const connected = async () => {
  globalThis.WebSocket = ScriptedSocket as unknown as typeof WebSocket;
  const api = await connectBrowserBridge('secret');
  return { api, host: ScriptedSocket.last! };
};

describe('the browser bridge', () => {
  it('delivers events to every listener even when one throws, and drops what it cannot read', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { api, host } = await connected();
    const heard: unknown[] = [];
    api.on('tasks:changed', () => {
      throw new Error('a broken view');
    });
    api.on('tasks:changed', (payload) => heard.push(payload));

    host.receive('{not json');
    host.receive(JSON.stringify({ type: 'event', event: 'not:a-contract-event', payload: 1 }));
    host.receive(JSON.stringify({ type: 'event', event: 'tasks:changed', payload: { id: 't1' } }));

    expect(heard).toEqual([{ id: 't1' }]);
    expect(errors).toHaveBeenCalledWith('A listener for "tasks:changed" failed', expect.any(Error));
    expect(warnings).toHaveBeenCalledWith('Bridge: dropped a message that is not JSON');
  });

  it('answers each call with its own result', async () => {
    const { api, host } = await connected();
    const answer = api.invoke('app:info', undefined);
    const { id } = JSON.parse(host.sent[0]) as { id: number };
    host.receive(JSON.stringify({ type: 'result', id, result: { ok: true, value: 'info' } }));
    expect(await answer).toEqual({ ok: true, value: 'info' });
  });
});
