import type { ContentKind } from '../../../shared/domain/content-metadata';
import type { Platform } from '../state/asset-store';

/** What the App Store knows about a product: the names Apple's API itself never returns. */
export interface CatalogueEntry {
  adamId: string;
  name: string;
  kind: ContentKind;
  developer: string;
  platforms: readonly Platform[];
  /** An app's bundle id, as Apple's lookup answers it; made up from the name when absent. */
  bundleId?: string;
  /** An app whose developer doesn't allow device assignment (books never allow it). */
  userOnly?: boolean;
}

/** The sandbox's stand-in for the store: every product its seeds sell. */
export class ContentCatalogue {
  private readonly entries = new Map<string, CatalogueEntry>();

  add(entry: CatalogueEntry): CatalogueEntry {
    this.entries.set(entry.adamId, entry);
    return entry;
  }

  get(adamId: string): CatalogueEntry | undefined {
    return this.entries.get(adamId);
  }

  get size(): number {
    return this.entries.size;
  }
}
