import { z } from 'zod';
import type { ContentMetadata } from '../../shared/domain/content-metadata';
import { fillArtworkTemplate, webUrlOrUndefined } from './artwork-url';

/** Apple's `l` parameter: the language names come back in, where the store has them. */
export type ContentLanguage = 'en' | 'nl';

/** Where and how to ask: from `service/config` and `client/config` (reference §4.1, §4.2). */
export interface LookupTarget {
  lookupUrl: string;
  /** `client/config` `defaultPlatform`: `volumestore` or `enterprisestore`. */
  platform: string;
  /** `client/config` `countryISO2ACode`, lower-cased (the storefront). */
  country: string;
  language: ContentLanguage;
}

/**
 * The query Zentral sends to `urls.contentMetadataLookup` (reference §4.12, §8.3), with the ids
 * comma-separated. Built by hand so the commas stay literal rather than `%2C`.
 */
export const lookupUrlFor = (target: LookupTarget, adamIds: readonly string[]): string => {
  const url = new URL(target.lookupUrl);
  const params = {
    version: '2',
    p: 'mdm-lockup',
    caller: 'MDM',
    platform: target.platform,
    cc: target.country,
    l: target.language,
  };
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  const ids = adamIds.map(encodeURIComponent).join(',');
  return `${url.toString()}&id=${ids}`;
};

/** The answer must be `{results: {…}}`; anything else is not the lookup's answer at all. */
export const LookupResponse = z.object({ results: z.record(z.string(), z.unknown()) });

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** One result, read leniently: odd optional fields are dropped, not fatal. */
const LookupEntry = z.object({
  name: z.string().trim().min(1),
  artistName: optional(z.string()),
  bundleId: optional(z.string()),
  kind: optional(z.string()),
  url: optional(z.string()),
  artwork: optional(z.object({ url: z.string() })),
});

/** `ebook`, `books`… are books; `iosSoftware`, `macSoftware`, `software`… are apps. */
const kindOf = (kind: string | undefined): ContentMetadata['kind'] =>
  kind && /book/i.test(kind) ? 'book' : 'app';

/** Our metadata for one result, or undefined when it has no usable name. */
export const toContentMetadata = (
  adamId: string,
  raw: unknown,
  answerUrl: string,
  iconSizePx: number,
): ContentMetadata | undefined => {
  const parsed = LookupEntry.safeParse(raw);
  if (!parsed.success) return undefined;
  const entry = parsed.data;
  const iconTemplate = entry.artwork?.url;
  const iconUrl = iconTemplate
    ? webUrlOrUndefined(fillArtworkTemplate(iconTemplate, iconSizePx), answerUrl)
    : undefined;
  const storeUrl = webUrlOrUndefined(entry.url, answerUrl);
  const developer = entry.artistName?.trim();
  const bundleId = entry.bundleId?.trim();
  return {
    adamId,
    name: entry.name,
    kind: kindOf(entry.kind),
    ...(developer ? { developer } : {}),
    ...(bundleId ? { bundleId } : {}),
    ...(iconUrl ? { iconUrl } : {}),
    ...(storeUrl ? { storeUrl } : {}),
  };
};
