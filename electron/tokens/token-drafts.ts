import { randomUUID } from 'node:crypto';
import type { TokenDraft, TokenSnapshot } from '../../shared/domain/tokens';

import type { VppTokenFile } from '../vpp/token-file';
import type { MdmInfo } from '../vpp/types';
import { tokenErrors } from './token-errors';

export const DRAFT_TTL_MS = 15 * 60_000;
export const MAX_DRAFTS = 20;

/** A read token file and Apple's answer about it, waiting for Add or Renew. */
export interface PendingDraft {
  draft: TokenDraft;
  file: VppTokenFile;
  service: TokenSnapshot['service'];
  /** Where that service is now (the built-in sandbox's port lasts one run). */
  baseUrl: string;
  /** The location's mdmInfo as Apple gave it when the draft was made. */
  mdmInfo: MdmInfo | undefined;
  createdAt: number;
}

/**
 * Drafts live in memory only, briefly: a token file read but never added is forgotten after
 * 15 minutes, and only the newest 20 are kept, so abandoned sheets don't pile up secrets.
 */
export class TokenDrafts {
  private readonly drafts = new Map<string, PendingDraft>();

  constructor(private readonly now: () => number) {}

  put(pending: Omit<PendingDraft, 'createdAt' | 'draft'> & { draft: Omit<TokenDraft, 'draftId'> }) {
    this.prune();
    const draftId = randomUUID();
    const stored: PendingDraft = {
      ...pending,
      draft: { ...pending.draft, draftId },
      createdAt: this.now(),
    };
    this.drafts.set(draftId, stored);
    while (this.drafts.size > MAX_DRAFTS) this.drafts.delete(this.drafts.keys().next().value!);
    return stored.draft;
  }

  /** The draft, or AppError `tokens.draftExpired` when it is gone. */
  get(draftId: string): PendingDraft {
    this.prune();
    const pending = this.drafts.get(draftId);
    if (!pending) throw tokenErrors.draftExpired();
    return pending;
  }

  delete(draftId: string): void {
    this.drafts.delete(draftId);
  }

  private prune(): void {
    const oldest = this.now() - DRAFT_TTL_MS;
    for (const [id, pending] of this.drafts)
      if (pending.createdAt <= oldest) this.drafts.delete(id);
  }
}
