import { join } from 'node:path';
import { Settings, type SettingsPatch } from '../../shared/domain/settings';
import { writeFileAtomic } from '../host/atomic-file';
import { keepDataFileAside, readDataFile } from '../host/data-file';

const FILE_NAME = 'settings.json';

type Listener = (settings: Settings) => void;

/**
 * Main-side settings in `<dataDir>/settings.json`. A file that can't be read as settings is
 * kept aside as `settings.json.corrupt-<time>` (nothing lost) and defaults are used.
 */
export class SettingsStore {
  private current: Settings = Settings.parse({});
  private readonly listeners = new Set<Listener>();
  private updates: Promise<unknown> = Promise.resolve();
  private readonly path: string;

  constructor(
    private readonly dataDir: string,
    private readonly log: (message: string) => void = () => {},
  ) {
    this.path = join(dataDir, FILE_NAME);
  }

  /** Throws a `DataDirProblem` when the file cannot be read at all (a folder in its place…). */
  async load(): Promise<Settings> {
    const text = await readDataFile(this.dataDir, FILE_NAME, 'settings file');
    if (text === undefined) return this.current;
    try {
      this.current = Settings.parse(JSON.parse(text));
    } catch {
      await keepDataFileAside(this.dataDir, this.path, 'used defaults', this.log);
    }
    return this.current;
  }

  get(): Settings {
    return this.current;
  }

  /**
   * Applies `patch` on top of every update before it: updates run one at a time, so two at once
   * both land, and the file on disk always matches what `get()` returns. A failed write changes
   * nothing.
   */
  update(patch: SettingsPatch): Promise<Settings> {
    const run = this.updates.then(async () => {
      const next = Settings.parse({ ...this.current, ...patch });
      await writeFileAtomic(this.path, JSON.stringify(next, null, 2));
      this.current = next;
      for (const listener of this.listeners) listener(next);
      return next;
    });
    this.updates = run.catch(() => undefined);
    return run;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
