import {
  APPLE_SERVICE_URL,
  type AppleServiceMode,
  type Settings,
} from '../../shared/domain/settings';
import { untilAborted } from '../vpp/until-aborted';
import { AppError } from './app-error';

export interface EmbeddedSandbox {
  baseUrl: string;
  /** The demo school's content token (a `.vpptoken` file's content), for Add Token's demo. */
  demoToken?: string;
  close(): Promise<void>;
}

export type StartEmbeddedSandbox = () => Promise<EmbeddedSandbox>;

/**
 * Knows where each Apple service lives. The built-in sandbox (the default on a fresh machine)
 * is started on first use and stopped with the host.
 */
export class AppleServiceLocator {
  private sandbox: Promise<EmbeddedSandbox> | undefined;

  constructor(
    private readonly settings: () => Settings,
    private readonly startSandbox: StartEmbeddedSandbox,
  ) {}

  /**
   * The base URL of the v2 service a task names, e.g. `https://vpp.itunes.apple.com/mdm/v2`.
   * A caller whose signal aborts stops waiting for the sandbox to start (it goes on starting
   * for the next one).
   */
  async resolveService(
    service: AppleServiceMode,
    url: string | undefined,
    signal?: AbortSignal,
  ): Promise<string> {
    if (service === 'apple') return APPLE_SERVICE_URL;
    if (service === 'custom') {
      if (!url) throw new AppError('task.badParams', 'A custom Apple service needs its URL.');
      return url.replace(/\/+$/, '');
    }
    return (await this.embedded(signal)).baseUrl;
  }

  /**
   * The built-in sandbox's demo token (starting the sandbox if need be), or undefined when
   * the sandbox in use has none.
   */
  async sandboxDemoToken(signal?: AbortSignal): Promise<string | undefined> {
    return (await this.embedded(signal)).demoToken;
  }

  private embedded(signal?: AbortSignal): Promise<EmbeddedSandbox> {
    this.sandbox ??= this.startSandbox().catch((error: unknown) => {
      this.sandbox = undefined; // let the next attempt try again
      throw error;
    });
    return untilAborted(this.sandbox, signal);
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
