import { afterEach, describe, expect, it } from 'vitest';
import { probeServiceConfig } from '../../../electron/host/probe-service-config';
import { startScriptedServer, type ScriptedServer } from '../vpp/scripted-server';

describe('the connection probe', () => {
  let server: ScriptedServer | undefined;
  afterEach(async () => server?.close());

  it('lets go of its request the moment its signal aborts, closing the connection', async () => {
    let closed: Promise<number> = new Promise(() => {});
    // A service that never answers: only the probe's signal can end the request.
    server = await startScriptedServer((_request, response) => {
      closed = new Promise((resolve) => response.on('close', () => resolve(performance.now())));
      return new Promise(() => {});
    });
    const controller = new AbortController();
    const probing = probeServiceConfig(server.baseUrl, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the request is at the server
    expect(server.requests.map((request) => request.path)).toEqual(['/service/config']);

    const abortedAt = performance.now();
    controller.abort(new DOMException('The task was canceled.', 'AbortError'));
    await expect(probing).rejects.toThrow('The task was canceled.');
    expect(performance.now() - abortedAt).toBeLessThan(100);
    expect((await closed) - abortedAt).toBeLessThan(1000);
  });
});
