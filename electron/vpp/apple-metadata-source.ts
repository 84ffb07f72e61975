import type { ContentMetadata, ContentMetadataSource } from '../../shared/domain/content-metadata';
import { chunk } from './batch';
import type { VppClient } from './client';
import {
  LookupResponse,
  lookupUrlFor,
  toContentMetadata,
  type ContentLanguage,
  type LookupTarget,
} from './content-lookup';
import { ExpiringCache } from './expiring-cache';

export interface AppleMetadataSourceOptions {
  /** Apple's `l` parameter, as is: `en` (default) or `nl`. */
  language?: ContentLanguage;
  /** Edge of the icon asked for when Apple's artwork URL is a template. Default 128. */
  iconSizePx?: number;
  /** Ids per request. Default 100. */
  batchSize?: number;
  /** How long a result (or "unknown") is remembered. Default 6 hours. */
  cacheMaxAgeMs?: number;
  maxCachedIds?: number;
  now?: () => number;
}

/** Apple's store serves school and business content under these when client/config is silent. */
const FALLBACK_PLATFORM = 'volumestore';
const FALLBACK_COUNTRY = 'us';
const ADAM_ID = /^\d{1,20}$/;

type Storefront = Pick<LookupTarget, 'platform' | 'country'>;

/**
 * Names and icons from Apple's content-metadata lookup, the way Zentral asks for them
 * (reference/vpp-api.md §4.12): the URL is `urls.contentMetadataLookup` from `service/config`,
 * the storefront comes from `client/config`, and the content token goes as the `itvt` cookie.
 * Works unchanged against the sandbox, which advertises its own lookup the same way.
 */
export class AppleMetadataSource implements ContentMetadataSource {
  private readonly language: ContentLanguage;
  private readonly iconSizePx: number;
  private readonly batchSize: number;
  private readonly cache: ExpiringCache<ContentMetadata | undefined>;
  private storefront: Promise<Storefront> | undefined;

  constructor(
    private readonly client: VppClient,
    options: AppleMetadataSourceOptions = {},
  ) {
    this.language = options.language ?? 'en';
    this.iconSizePx = options.iconSizePx ?? 128;
    this.batchSize = options.batchSize ?? 100;
    this.cache = new ExpiringCache(
      options.cacheMaxAgeMs ?? 6 * 60 * 60_000,
      options.maxCachedIds ?? 20_000,
      options.now,
    );
  }

  /**
   * Metadata for the ids the store knows, in the order asked. Ids that are not numeric are
   * never sent. Fails with the client's error codes (`network.*`, `http.*`, `apple.*`); an
   * empty map when the service advertises no lookup URL.
   */
  async lookup(
    adamIds: readonly string[],
    options: { signal?: AbortSignal } = {},
  ): Promise<Map<string, ContentMetadata>> {
    const wanted = [...new Set(adamIds.map((id) => id.trim()))].filter((id) => ADAM_ID.test(id));
    const missing = wanted.filter((id) => !this.cache.get(id).hit);
    if (missing.length > 0) await this.fetchInto(missing, options.signal);
    const found = new Map<string, ContentMetadata>();
    for (const id of wanted) {
      const metadata = this.cache.get(id).value;
      if (metadata) found.set(id, metadata);
    }
    return found;
  }

  /** Forget everything, e.g. after the language changed elsewhere or a token was replaced. */
  clear(): void {
    this.cache.clear();
    this.storefront = undefined;
  }

  private async fetchInto(adamIds: string[], signal: AbortSignal | undefined) {
    const [config, storefront] = await Promise.all([
      this.client.getServiceConfig({ signal }),
      this.storefrontOf(signal),
    ]);
    const lookupUrl = config.urls.contentMetadataLookup;
    if (!lookupUrl || !/^https?:\/\//i.test(lookupUrl)) return;
    const target: LookupTarget = { lookupUrl, ...storefront, language: this.language };
    for (const batch of chunk(adamIds, this.batchSize)) {
      const url = lookupUrlFor(target, batch);
      const { results } = await this.client.getWithTokenCookie(LookupResponse, url, { signal });
      for (const id of batch) {
        const raw = Object.hasOwn(results, id) ? results[id] : undefined;
        this.cache.set(id, raw ? toContentMetadata(id, raw, url, this.iconSizePx) : undefined);
      }
    }
  }

  /** Read once per source; a failure is not remembered, so the next lookup asks again. */
  private storefrontOf(signal: AbortSignal | undefined): Promise<Storefront> {
    this.storefront ??= this.client.getClientConfig({ signal }).then(
      (config) => ({
        platform: config.defaultPlatform?.trim() || FALLBACK_PLATFORM,
        country: config.countryISO2ACode?.trim().toLowerCase() || FALLBACK_COUNTRY,
      }),
      (error: unknown) => {
        this.storefront = undefined;
        throw error;
      },
    );
    return this.storefront;
  }
}
