import { APPLE_SERVICE_URL, type Settings } from '../../shared/domain/settings';

export interface EmbeddedSandbox {
  baseUrl: string;
  close(): Promise<void>;
}

export type StartEmbeddedSandbox = () => Promise<EmbeddedSandbox>;

/**
 * Knows which Apple service the console talks to. The built-in sandbox (the default on a fresh
 * machine) is started on first use and stopped with the host.
 */
export class AppleServiceLocator {
  private sandbox: Promise<EmbeddedSandbox> | undefined;

  constructor(
    private readonly settings: () => Settings,
    private readonly startSandbox: StartEmbeddedSandbox,
  ) {}

  /** The base URL of the v2 service, e.g. `https://vpp.itunes.apple.com/mdm/v2`. */
  async resolve(): Promise<string> {
    const { mode, customUrl } = this.settings().appleService;
    if (mode === 'apple') return APPLE_SERVICE_URL;
    if (mode === 'custom' && customUrl) return customUrl.replace(/\/+$/, '');
    this.sandbox ??= this.startSandbox().catch((error: unknown) => {
      this.sandbox = undefined; // let the next attempt try again
      throw error;
    });
    return (await this.sandbox).baseUrl;
  }

  /** What Settings shows without starting anything. */
  describe(): string {
    const { mode, customUrl } = this.settings().appleService;
    if (mode === 'apple') return APPLE_SERVICE_URL;
    if (mode === 'custom' && customUrl) return customUrl;
    return 'sandbox';
  }

  async close(): Promise<void> {
    const running = this.sandbox;
    this.sandbox = undefined;
    if (running) await (await running.catch(() => undefined))?.close();
  }
}
