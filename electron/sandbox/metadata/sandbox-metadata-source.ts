import type {
  ContentMetadata,
  ContentMetadataSource,
} from '../../../shared/domain/content-metadata';
import { MAX_LOOKUP_IDS, type LookupResult } from './metadata-routes';

/**
 * `ContentMetadataSource` over HTTP against the sandbox's `/metadata/lookup` (the URL that
 * `service/config` advertises as `contentMetadataLookup`). The real Apple lookup will be a
 * second implementation of the same interface, next to the VPP client in electron/vpp/.
 */
export class SandboxMetadataSource implements ContentMetadataSource {
  constructor(
    private readonly lookupUrl: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async lookup(adamIds: readonly string[]): Promise<Map<string, ContentMetadata>> {
    const unique = [...new Set(adamIds)];
    const found = new Map<string, ContentMetadata>();
    for (let start = 0; start < unique.length; start += MAX_LOOKUP_IDS) {
      const batch = unique.slice(start, start + MAX_LOOKUP_IDS);
      const url = `${this.lookupUrl}?id=${batch.map(encodeURIComponent).join(',')}`;
      const response = await this.fetchImpl(url, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`Metadata lookup answered HTTP ${response.status}.`);
      const { results } = (await response.json()) as { results: Record<string, LookupResult> };
      for (const result of Object.values(results)) {
        found.set(result.id, {
          adamId: result.id,
          name: result.name,
          kind: result.kind === 'ebook' ? 'book' : 'app',
          developer: result.artistName,
          iconUrl: result.artwork.url,
        });
      }
    }
    return found;
  }
}
