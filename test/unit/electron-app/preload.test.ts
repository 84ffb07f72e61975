import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { BridgeApi } from '../../../shared/contract';
import { fake } from '../../mocks/electron';

// The real preload entry, run once against the fake contextBridge and ipcRenderer.
let api: BridgeApi;
beforeAll(async () => {
  await import('../../../electron/preload/preload');
  api = fake.exposedInMainWorld.get('api') as BridgeApi;
});

describe('preload: window.api', () => {
  it('exposes exactly invoke and on, under window.api', () => {
    expect([...fake.exposedInMainWorld.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on', 'pathForFile']);
  });

  it('gives a dropped file’s path, so main reads a token itself, and nothing for other things', () => {
    const dropped = Object.assign(new File(['x'], 'demo.vpptoken'), {
      path: '/Users/admin/demo.vpptoken',
    });
    expect(api.pathForFile?.(dropped)).toBe('/Users/admin/demo.vpptoken');
    expect(api.pathForFile?.(new File(['x'], 'pasted.vpptoken'))).toBeUndefined();
    expect(api.pathForFile?.({ path: '/etc/passwd' })).toBeUndefined();
  });

  it('passes a contract call to main and hands back main’s envelope', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { language: 'nl' } });
    const result = await api.invoke('settings:update', { language: 'nl' });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('settings:update', { language: 'nl' });
    expect(result).toEqual({ ok: true, value: { language: 'nl' } });
  });

  it('refuses a channel outside the contract without sending anything', async () => {
    fake.ipcRenderer.invoke.mockClear();
    const result = await api.invoke('vault:dumpSecrets', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'ipc.unknownChannel', message: 'Unknown channel "vault:dumpSecrets".' },
    });
    // Not even a name that merely looks like a channel reaches main (prototype keys included).
    expect(await api.invoke('toString')).toMatchObject({ error: { code: 'ipc.unknownChannel' } });
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('turns a broken IPC (invoke rejecting) into an error envelope', async () => {
    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error('Render frame was disposed'));
    expect(await api.invoke('app:info')).toEqual({
      ok: false,
      error: {
        code: 'ipc.failed',
        message: 'The call to "app:info" failed: Render frame was disposed',
      },
    });
  });

  it('delivers an event’s payload alone to its listeners, until they unsubscribe', () => {
    const received: unknown[][] = [];
    const listener = (...args: unknown[]) => received.push(args);
    const unsubscribe = api.on('tasks:changed', listener);
    const otherEvent = vi.fn();
    api.on('settings:changed', otherEvent);

    fake.ipcRenderer.deliver('api:event', { event: 'tasks:changed', payload: { id: 't1' } });
    // Exactly one argument, the payload: Electron's event object (with `sender`) stays here.
    expect(received).toEqual([[{ id: 't1' }]]);
    expect(otherEvent).not.toHaveBeenCalled();

    unsubscribe();
    fake.ipcRenderer.deliver('api:event', { event: 'tasks:changed', payload: { id: 't2' } });
    expect(received).toHaveLength(1);
    expect(() => unsubscribe()).not.toThrow();
  });

  it('keeps other listeners hearing an event when one of them throws', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const heard = vi.fn();
    const stopFailing = api.on('settings:changed', () => {
      throw new Error('view crashed');
    });
    const stopHeard = api.on('settings:changed', heard);
    fake.ipcRenderer.deliver('api:event', {
      event: 'settings:changed',
      payload: { language: 'en' },
    });
    expect(heard).toHaveBeenCalledWith({ language: 'en' });
    expect(errors).toHaveBeenCalledOnce();
    stopFailing();
    stopHeard();
    errors.mockRestore();
  });

  it('ignores subscriptions to events main never sends, and malformed event messages', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const listener = vi.fn();
    const unsubscribe = api.on('vault:opened', listener);
    expect(typeof unsubscribe).toBe('function');
    expect(warn).toHaveBeenCalledOnce();
    fake.ipcRenderer.deliver('api:event', { event: 'vault:opened', payload: 'secret' });
    fake.ipcRenderer.deliver('api:event', 'not a message');
    fake.ipcRenderer.deliver('api:event', null);
    expect(listener).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
