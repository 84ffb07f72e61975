import { DEFAULT_MAIL_SETTINGS } from '../../../shared/domain/mail';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirProblem } from '../../../electron/host/data-dir-problem';
import { SettingsStore } from '../../../electron/settings/settings-store';

const freshDir = () => mkdtemp(join(tmpdir(), 'vpp-settings-'));

describe('SettingsStore', () => {
  it('defaults to the system language and the built-in sandbox', async () => {
    const store = new SettingsStore(await freshDir());
    expect(await store.load()).toEqual({
      language: 'system',
      appleService: { mode: 'sandbox' },
      sync: { intervalMinutes: 30 },
      mail: DEFAULT_MAIL_SETTINGS,
    });
  });

  it('keeps what was saved across a restart and tells listeners', async () => {
    const dir = await freshDir();
    const store = new SettingsStore(dir);
    await store.load();
    const heard: string[] = [];
    store.onChange((settings) => heard.push(settings.language));
    await store.update({ language: 'nl' });
    expect(heard).toEqual(['nl']);
    expect((await new SettingsStore(dir).load()).language).toBe('nl');
  });

  it('keeps a corrupt settings file aside instead of losing or crashing on it', async () => {
    const dir = await freshDir();
    await writeFile(join(dir, 'settings.json'), '{"language": "nl", oops');
    const warnings: string[] = [];
    const settings = await new SettingsStore(dir, (message) => warnings.push(message)).load();
    expect(settings.language).toBe('system');
    const aside = (await readdir(dir)).find((name) => name.startsWith('settings.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, aside!), 'utf8')).toBe('{"language": "nl", oops');
    expect(warnings[0]).toContain('could not be read');
  });

  it('lands two updates made at once, on disk as in memory, leaving no temporary file', async () => {
    const dir = await freshDir();
    const store = new SettingsStore(dir);
    await store.load();
    await Promise.all([
      store.update({ language: 'nl' }),
      store.update({ appleService: { mode: 'custom', customUrl: 'http://127.0.0.1:4781/mdm/v2' } }),
    ]);
    const expected = {
      language: 'nl',
      appleService: { mode: 'custom', customUrl: 'http://127.0.0.1:4781/mdm/v2' },
      sync: { intervalMinutes: 30 },
      mail: DEFAULT_MAIL_SETTINGS,
    };
    expect(store.get()).toEqual(expected);
    expect(await new SettingsStore(dir).load()).toEqual(expected);
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('keeps the settings as they were when a write fails', async () => {
    const dir = await freshDir();
    // The data directory's place is taken by a file, so nothing can be written there.
    await writeFile(join(dir, 'blocker'), '');
    const store = new SettingsStore(join(dir, 'blocker'));
    await expect(store.update({ language: 'nl' })).rejects.toThrow();
    expect(store.get().language).toBe('system');
    // The next update is not stuck behind the failed one.
    await expect(store.update({ language: 'en' })).rejects.toThrow();
  });

  it('explains a folder where settings.json belongs instead of failing with EISDIR', async () => {
    const dir = await freshDir();
    await mkdir(join(dir, 'settings.json'));
    const loading = new SettingsStore(dir).load();
    await expect(loading).rejects.toBeInstanceOf(DataDirProblem);
    await expect(loading).rejects.toThrow(
      `The data folder ${dir} holds a folder named settings.json where the console keeps its ` +
        'settings file. Move it away, or choose another folder with --data-dir DIR.',
    );
  });
});
