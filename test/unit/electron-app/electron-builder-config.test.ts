import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const repoRoot = resolve(import.meta.dirname, '../../..');

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  files?: Array<string | { filter?: string[] }>;
  directories?: { output?: string; buildResources?: string };
  mac?: { target?: string; category?: string; hardenedRuntime?: boolean; entitlements?: string };
  win?: { target?: string };
  linux?: { target?: string; category?: string };
  electronFuses?: Record<string, boolean>;
}

// electron-builder's own loader and schema check, run offline (no packing, no downloads).
const loadAndValidate = async (): Promise<BuilderConfig> => {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util');
  const config = (await getConfig(repoRoot, null, null)) as BuilderConfig;
  await validateConfiguration(config, new DebugLogger(false));
  return config;
};

describe('electron-builder.yml', () => {
  let config: BuilderConfig;
  beforeAll(async () => {
    config = await loadAndValidate();
  });

  it('passes electron-builder’s schema and names the app', async () => {
    expect(config.appId).toBe('nl.vppconsole.app');
    expect(config.productName).toBe('VPP Console');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(config.asar).toBe(true);
  });

  it('packs the bundles and package.json only, whose main is the bundled main process', async () => {
    // electron-builder normalises `files` into filter sets.
    const patterns = (config.files ?? []).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : (entry.filter ?? []),
    );
    expect(patterns).toEqual(
      expect.arrayContaining(['dist/**/*', 'package.json', '!**/*.map', '!node_modules/**/*']),
    );
    const pkg = JSON.parse(await readFile(resolve(repoRoot, 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('builds a dmg, an NSIS installer and an AppImage, filed under Education', async () => {
    expect(config.mac).toMatchObject({
      target: 'dmg',
      category: 'public.app-category.education',
      hardenedRuntime: true,
      entitlements: 'build/entitlements.mac.plist',
    });
    expect(config.win?.target).toBe('nsis');
    expect(config.linux).toMatchObject({ target: 'AppImage', category: 'Education' });
  });

  it('turns off the Electron features a packaged console never needs', async () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has the resources it points to: a 1024 px icon and the entitlements', async () => {
    const icon = await readFile(resolve(repoRoot, 'build/icon.png'));
    expect(icon.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([1024, 1024]);
    const entitlements = await readFile(resolve(repoRoot, 'build/entitlements.mac.plist'), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
  });
});
