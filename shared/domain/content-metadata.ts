import { z } from 'zod';

/**
 * Names and icons of apps and books. Apple's Apps and Books API returns only ids and counts, so
 * the console looks names up elsewhere: the sandbox's metadata endpoint, or later Apple's
 * content-metadata lookup. Both implement `ContentMetadataSource`.
 */
export const ContentKind = z.enum(['app', 'book']);
export type ContentKind = z.infer<typeof ContentKind>;

export const ContentMetadata = z.object({
  adamId: z.string(),
  name: z.string(),
  kind: ContentKind,
  /** The developer or publisher, when the source knows it. */
  developer: z.string().optional(),
  /** An app's bundle id (e.g. `com.apple.Pages`), when the source knows it. */
  bundleId: z.string().optional(),
  /** An absolute URL of a square icon (apps) or a cover (books). */
  iconUrl: z.string().optional(),
  /** The product's page, when the source has one. */
  storeUrl: z.string().optional(),
});
export type ContentMetadata = z.infer<typeof ContentMetadata>;

export interface ContentMetadataSource {
  /** Metadata for the ids it knows; unknown ids are simply absent from the map. */
  lookup(adamIds: readonly string[]): Promise<Map<string, ContentMetadata>>;
}
