import type { WebContents } from 'electron';

/**
 * The webContents of the windows main created (GitHub Desktop's trusted-ipc-sender idea):
 * the only ones whose calls main answers and to which it sends events.
 */
export class TrustedSenders {
  private readonly contents = new Map<number, WebContents>();

  add(contents: WebContents): void {
    const { id } = contents;
    this.contents.set(id, contents);
    contents.once('destroyed', () => this.contents.delete(id));
  }

  ids(): ReadonlySet<number> {
    return new Set(this.contents.keys());
  }

  list(): WebContents[] {
    return [...this.contents.values()].filter((contents) => !contents.isDestroyed());
  }
}
