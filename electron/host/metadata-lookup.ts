import type { ContentMetadata } from '../../shared/domain/content-metadata';
import type { Language } from '../../shared/domain/settings';
import { AppleMetadataSource, type VppClient } from '../vpp';

/**
 * Names, icons and bundle ids for a sync's titles, from Apple's content-metadata lookup in the
 * console's language. One cached source per token client: a renewed token gets a new client,
 * and with it a fresh source.
 */
export const metadataLookup = (
  clientFor: (tokenId: string) => Promise<VppClient>,
  language: () => Language,
  systemLocale: string,
) => {
  const sources = new WeakMap<VppClient, { language: string; source: AppleMetadataSource }>();
  return async (
    tokenId: string,
    adamIds: string[],
    signal: AbortSignal,
  ): Promise<Map<string, ContentMetadata>> => {
    const client = await clientFor(tokenId);
    const chosen = language();
    const wanted = (chosen === 'system' ? systemLocale : chosen).startsWith('nl') ? 'nl' : 'en';
    let entry = sources.get(client);
    if (!entry || entry.language !== wanted) {
      entry = { language: wanted, source: new AppleMetadataSource(client, { language: wanted }) };
      sources.set(client, entry);
    }
    // Names are a nicety: a lookup that fails leaves the titles with their ids, not the sync.
    return entry.source.lookup(adamIds, { signal }).catch((error: unknown) => {
      if (signal.aborted) throw error;
      return new Map<string, ContentMetadata>();
    });
  };
};
