import type { InvitationSnapshot } from '../../shared/domain/invitations';
import { snapshotOf, type InvitationRecord } from './invitation-record';

export const INVITATION_EVENT_INTERVAL_MS = 200;
/** One event stays a reasonable size for the bridge, even for a whole batch at once. */
export const INVITATIONS_PER_EVENT = 1_000;

/**
 * Gathers changed invitations and hands them on at most every `intervalMs`, each once with its
 * latest state: a batch of 5,000 sends three states each, and a window needs a few updates a
 * second, not 15,000 events.
 */
export class InvitationChanges {
  private readonly changed = new Map<string, InvitationRecord>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly emit: (invitations: InvitationSnapshot[]) => void,
    private readonly intervalMs = INVITATION_EVENT_INTERVAL_MS,
  ) {}

  add(records: readonly InvitationRecord[]): void {
    for (const record of records) {
      // Delete first, so the map's order stays the order of the latest changes.
      this.changed.delete(record.id);
      this.changed.set(record.id, record);
    }
    this.timer ??= setTimeout(() => this.flush(), this.intervalMs);
  }

  /** Sends what waits now (also on close, so the last states are not lost to a window). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.changed.size === 0) return;
    const invitations = [...this.changed.values()].map(snapshotOf);
    this.changed.clear();
    for (let at = 0; at < invitations.length; at += INVITATIONS_PER_EVENT) {
      this.emit(invitations.slice(at, at + INVITATIONS_PER_EVENT));
    }
  }
}
