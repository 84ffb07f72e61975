import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/contract';
import { createHost, type Host } from '../../../electron/host/host';
import { forwardHostEvents, handle } from '../../../electron/app/ipc';
import { TrustedSenders } from '../../../electron/app/trusted-senders';
import { asWebContents, fake, FakeWebContents, resetElectronMock } from '../../mocks/electron';

describe('handle(): the one IPC binding', () => {
  let dataDir: string;
  let host: Host;
  let senders: TrustedSenders;
  let consoleWindow: FakeWebContents;
  let warnings: string[];
  let unbind: () => void;

  beforeEach(async () => {
    resetElectronMock();
    dataDir = await mkdtemp(join(tmpdir(), 'vpp-ipc-'));
    host = await createHost({
      dataDir,
      frontDoor: 'electron',
      appVersion: '1.2.3',
      systemLocale: 'nl-NL',
      log: () => {},
    });
    senders = new TrustedSenders();
    consoleWindow = new FakeWebContents();
    await consoleWindow.loadURL('app://console/');
    senders.add(asWebContents(consoleWindow));
    warnings = [];
    unbind = handle(host.dispatch, senders, (message) => warnings.push(message));
  });

  afterEach(async () => {
    unbind();
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('binds every contract channel and nothing else', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('answers the console’s own window through the host', async () => {
    const result = await fake.ipcMain.invokeFrom(consoleWindow, 'app:info');
    expect(result).toMatchObject({
      ok: true,
      value: { name: 'VPP Console', version: '1.2.3', frontDoor: 'electron' },
    });
    expect(warnings).toEqual([]);
  });

  it('refuses a page from another origin, even in a trusted window', async () => {
    consoleWindow.mainFrame.url = 'https://evil.example/';
    const result = await fake.ipcMain.invokeFrom(consoleWindow, 'settings:get');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'ipc.untrustedSender',
        message: 'Refused "settings:get": the call did not come from the console\'s own window.',
      },
    });
    expect(warnings).toEqual([
      `refused "settings:get" from webContents ${consoleWindow.id} (https://evil.example/)`,
    ]);
  });

  it('refuses a webContents main did not create, even showing app://console', async () => {
    const stranger = new FakeWebContents();
    await stranger.loadURL('app://console/');
    const result = await fake.ipcMain.invokeFrom(stranger, 'settings:update', { language: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.untrustedSender' } });
    // Nothing changed: the refused call never reached the settings.
    expect(await fake.ipcMain.invokeFrom(consoleWindow, 'settings:get')).toMatchObject({
      ok: true,
      value: { language: 'system' },
    });
  });

  it('refuses an iframe inside the console and a frame that is already gone', async () => {
    const iframe = consoleWindow.createSubframe('app://console/embedded.html');
    expect(
      await fake.ipcMain.invokeFrom(consoleWindow, 'app:info', undefined, iframe),
    ).toMatchObject({
      ok: false,
      error: { code: 'ipc.untrustedSender' },
    });
    expect(await fake.ipcMain.invokeFrom(consoleWindow, 'app:info', undefined, null)).toMatchObject(
      {
        ok: false,
        error: { code: 'ipc.untrustedSender' },
      },
    );
    expect(warnings).toHaveLength(2);
  });

  it('stops trusting a window once it is destroyed', async () => {
    const id = consoleWindow.id;
    consoleWindow.destroy();
    expect(senders.ids().has(id)).toBe(false);
    expect(await fake.ipcMain.invokeFrom(consoleWindow, 'app:info')).toMatchObject({
      ok: false,
      error: { code: 'ipc.untrustedSender' },
    });
  });

  it('answers a malformed payload with ipc.badPayload naming the field, and keeps serving', async () => {
    const result = await fake.ipcMain.invokeFrom(consoleWindow, 'settings:update', {
      language: 'fr',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    const { message } = (result as { error: { message: string } }).error;
    expect(message).toContain('Invalid request for "settings:update"');
    expect(message).toContain('language');
    // The bad call lost nothing and the next good one works.
    expect(
      await fake.ipcMain.invokeFrom(consoleWindow, 'settings:update', { language: 'nl' }),
    ).toMatchObject({ ok: true, value: { language: 'nl' } });
  });

  it('answers a payload of the wrong type altogether with ipc.badPayload', async () => {
    const result = await fake.ipcMain.invokeFrom(consoleWindow, 'tasks:cancel', 'not-an-object');
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
  });

  it('leaves unknown channels unbound, and removes its handlers when asked', () => {
    expect(fake.ipcMain.handlers.has('vault:dumpSecrets')).toBe(false);
    unbind();
    expect(fake.ipcMain.handlers.size).toBe(0);
    unbind = () => {};
  });

  it('turns a dispatcher that throws into an error envelope instead of a rejected invoke', async () => {
    unbind();
    unbind = handle(
      () => Promise.reject(new Error('disk on fire')),
      senders,
      () => {},
    );
    expect(await fake.ipcMain.invokeFrom(consoleWindow, 'app:info')).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Unexpected error: disk on fire' },
    });
  });
});

describe('forwardHostEvents()', () => {
  beforeEach(() => resetElectronMock());

  it('sends host events on api:event only to trusted windows still showing the console', async () => {
    const listeners = new Set<(event: 'settings:changed', payload: unknown) => void>();
    const host = {
      subscribe: vi.fn((listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      }),
    };
    const senders = new TrustedSenders();
    const consoleWindow = new FakeWebContents();
    await consoleWindow.loadURL('app://console/users');
    const wandered = new FakeWebContents();
    await wandered.loadURL('https://evil.example/');
    const stranger = new FakeWebContents();
    await stranger.loadURL('app://console/');
    senders.add(asWebContents(consoleWindow));
    senders.add(asWebContents(wandered));

    const stop = forwardHostEvents(host, senders);
    for (const listener of listeners) listener('settings:changed', { language: 'nl' });

    expect(consoleWindow.send).toHaveBeenCalledExactlyOnceWith('api:event', {
      event: 'settings:changed',
      payload: { language: 'nl' },
    });
    expect(wandered.send).not.toHaveBeenCalled();
    expect(stranger.send).not.toHaveBeenCalled();

    stop();
    expect(listeners.size).toBe(0);
  });

  it('skips a window destroyed meanwhile', async () => {
    let emit: (event: 'settings:changed', payload: unknown) => void = () => {};
    const senders = new TrustedSenders();
    const contents = new FakeWebContents();
    await contents.loadURL('app://console/');
    senders.add(asWebContents(contents));
    forwardHostEvents({ subscribe: (listener) => ((emit = listener), () => {}) }, senders);
    contents.destroy();
    expect(() => emit('settings:changed', {})).not.toThrow();
    expect(contents.send).not.toHaveBeenCalled();
  });
});
