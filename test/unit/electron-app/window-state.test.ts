import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  placeWindow,
  type DisplayArea,
} from '../../../electron/window-state/window-bounds';
import { loadWindowState, saveWindowState } from '../../../electron/window-state/window-state-file';
import {
  rememberWindowPlacement,
  restoreWindowPlacement,
} from '../../../electron/app/window-state';
import { asBrowserWindow, fake, FakeBrowserWindow, resetElectronMock } from '../../mocks/electron';

const laptop: DisplayArea = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const monitorRight: DisplayArea = { workArea: { x: 1440, y: 0, width: 2560, height: 1415 } };

describe('placeWindow', () => {
  it('opens a first window at the default size, centred on the primary display', () => {
    expect(placeWindow(undefined, [laptop])).toEqual({
      bounds: { x: 120, y: 73, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height },
      maximized: false,
    });
  });

  it('keeps a remembered place that is still on a display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1300, height: 900 }, maximized: true };
    expect(placeWindow(saved, [laptop, monitorRight])).toEqual(saved);
  });

  it('brings a window back from a monitor that is no longer connected', () => {
    const onGoneMonitor = {
      bounds: { x: 1600, y: 100, width: 1000, height: 700 },
      maximized: false,
    };
    expect(placeWindow(onGoneMonitor, [laptop])).toEqual({
      bounds: { x: 220, y: 113, width: 1000, height: 700 },
      maximized: false,
    });
  });

  it('treats a window with only a sliver on screen as lost', () => {
    const sliver = { bounds: { x: 1400, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(sliver, [laptop]).bounds.x).toBe(220);
  });

  it('pulls a half off-screen window fully onto its display and shrinks an oversized one', () => {
    const halfOff = { bounds: { x: -300, y: 500, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(halfOff, [laptop]).bounds).toEqual({
      x: 0,
      y: 200,
      width: 1000,
      height: 700,
    });
    const huge = { bounds: { x: 0, y: 0, width: 5000, height: 3000 }, maximized: false };
    expect(placeWindow(huge, [laptop]).bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('never opens smaller than the minimum size', () => {
    const tiny = { bounds: { x: 100, y: 100, width: 200, height: 100 }, maximized: false };
    const { bounds } = placeWindow(tiny, [laptop]);
    expect(bounds.width).toBe(MIN_SIZE.width);
    expect(bounds.height).toBe(MIN_SIZE.height);
  });
});

describe('window-state.json', () => {
  let dataDir: string;
  beforeEach(async () => {
    resetElectronMock();
    dataDir = await mkdtemp(join(tmpdir(), 'vpp-window-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('round-trips size, position and maximized state, leaving no temporary file', async () => {
    const state = { bounds: { x: 10, y: 40, width: 1024, height: 768 }, maximized: true };
    await saveWindowState(dataDir, state);
    expect(await loadWindowState(dataDir)).toEqual(state);
    expect(await readdir(dataDir)).toEqual(['window-state.json']);
  });

  it('has nothing to restore on a first run', async () => {
    expect(await loadWindowState(dataDir)).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"bounds": {"x": 1'],
    ['the wrong shape', '{"bounds": {"x": "left"}, "maximized": "yes"}'],
    ['a zero-sized window', '{"bounds": {"x":0,"y":0,"width":0,"height":0}, "maximized": false}'],
  ])('ignores a corrupt file (%s) and opens at the default place', async (_name, text) => {
    await writeFile(join(dataDir, 'window-state.json'), text);
    const log = vi.fn();
    expect(await loadWindowState(dataDir, log)).toBeUndefined();
    expect(log).toHaveBeenCalledOnce();
    expect(await restoreWindowPlacement(dataDir, () => {})).toEqual(
      placeWindow(undefined, fake.displays),
    );
  });

  it('restores onto the displays Electron reports, primary first', async () => {
    // Electron lists the external monitor first; the laptop is the primary display.
    fake.displays = [
      { id: 2, bounds: monitorRight.workArea, workArea: monitorRight.workArea },
      { id: 1, bounds: laptop.workArea, workArea: laptop.workArea },
    ];
    fake.primaryDisplayId = 1;
    await saveWindowState(dataDir, {
      bounds: { x: 9000, y: 9000, width: 1000, height: 700 },
      maximized: false,
    });
    expect((await restoreWindowPlacement(dataDir)).bounds).toEqual({
      x: 220,
      y: 113,
      width: 1000,
      height: 700,
    });
  });
});

describe('rememberWindowPlacement', () => {
  let dataDir: string;
  beforeEach(async () => {
    resetElectronMock();
    dataDir = await mkdtemp(join(tmpdir(), 'vpp-window-'));
  });
  afterEach(() => {
    vi.useRealTimers();
    return rm(dataDir, { recursive: true, force: true });
  });

  const stored = async () =>
    JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8')) as unknown;

  it('saves shortly after the window moves or resizes', async () => {
    vi.useFakeTimers();
    const window = new FakeBrowserWindow({ x: 0, y: 25, width: 900, height: 600 });
    const tracker = rememberWindowPlacement(asBrowserWindow(window), dataDir);
    window.setBounds({ x: 100, y: 120, width: 1000, height: 650 });
    await vi.advanceTimersByTimeAsync(600);
    await tracker.flush();
    expect(await stored()).toEqual({
      bounds: { x: 100, y: 120, width: 1000, height: 650 },
      maximized: false,
    });
  });

  it('saves on close, with the normal size of a maximized window', async () => {
    const window = new FakeBrowserWindow({ x: 50, y: 60, width: 900, height: 600 });
    const tracker = rememberWindowPlacement(asBrowserWindow(window), dataDir);
    window.maximize();
    window.close();
    await tracker.flush();
    expect(await stored()).toEqual({
      bounds: { x: 50, y: 60, width: 900, height: 600 },
      maximized: true,
    });
  });

  it('logs and carries on when the folder cannot be written', async () => {
    const log = vi.fn();
    const window = new FakeBrowserWindow();
    const blocked = join(dataDir, 'a-file');
    await writeFile(blocked, '');
    const tracker = rememberWindowPlacement(asBrowserWindow(window), blocked, log);
    window.close();
    await tracker.flush();
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0][0])).toContain("could not save the window's place");
  });
});
