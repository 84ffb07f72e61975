import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BridgeApi } from '../../../shared/contract';
// @ts-expect-error: a plain .mjs build script without type declarations
import { bundleElectron } from '../../../scripts/bundle-electron.mjs';

interface BundleOutput {
  target: string;
  file: string;
  bytes: number;
  requires: string[];
}

describe('the preload bundle', () => {
  let outDir: string;
  let preload: BundleOutput;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'vpp-bundle-'));
    [preload] = (await bundleElectron({
      outDir,
      targets: ['preload'],
      quiet: true,
    })) as BundleOutput[];
  });
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it('is one CommonJS file that requires nothing but electron', () => {
    expect(preload.file).toBe(join(outDir, 'preload.cjs'));
    expect(preload.requires).toEqual(['electron']);
  });

  it('installs window.api when run the way a sandboxed preload runs', async () => {
    const code = await readFile(preload.file, 'utf8');
    const exposed = new Map<string, unknown>();
    const invoke = vi.fn(async () => ({ ok: true, value: 'pong' }));
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: { invoke, on: () => {} },
      // Sandboxed preloads have webUtils too (Electron ≥ 29).
      webUtils: { getPathForFile: () => '' },
    };
    // A sandboxed preload's require() knows `electron` and a handful of polyfills, no fs or path.
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return electron;
      throw new Error(`module not found: ${name}`);
    };
    const module = { exports: {} };
    runInNewContext(code, {
      require: sandboxRequire,
      module,
      exports: module.exports,
      console,
    });
    const api = exposed.get('api') as BridgeApi;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on', 'pathForFile']);
    expect(await api.invoke('app:info')).toEqual({ ok: true, value: 'pong' });
    expect(await api.invoke('fs:readFile', '/etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'ipc.unknownChannel' },
    });
    expect(invoke).toHaveBeenCalledOnce();
  });
});
