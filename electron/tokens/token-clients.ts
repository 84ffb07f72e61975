import { createHash } from 'node:crypto';
import { VppClient, type VppClientOptions } from '../vpp/client';
import type { ServiceConfigCache } from '../vpp/service-config';
import type { ResponseMeta } from '../vpp/types';

/** What the console may tune of every token's client (tests shorten timeouts and retries). */
export type TokenClientOptions = Omit<
  VppClientOptions,
  'token' | 'baseUrl' | 'serviceConfig' | 'rateLimiter' | 'onResponseMeta'
>;

interface Pooled {
  client: VppClient;
  baseUrl: string;
  /** A one-way id of the secret it was made with: a renewed token gets a new client. */
  fingerprint: string;
}

/**
 * One VppClient per token, because Apple counts requests per token: each has its own rate
 * limiter. Clients of one service share its configuration cache, which needs no token.
 */
export class TokenClients {
  private readonly pool = new Map<string, Pooled>();
  private readonly configs = new Map<string, ServiceConfigCache>();

  constructor(
    private readonly options: TokenClientOptions,
    private readonly onResponseMeta: (tokenId: string, meta: ResponseMeta) => void,
  ) {}

  clientFor(tokenId: string, baseUrl: string, secret: string): VppClient {
    const fingerprint = createHash('sha256').update(secret).digest('hex');
    const pooled = this.pool.get(tokenId);
    if (pooled && pooled.baseUrl === baseUrl && pooled.fingerprint === fingerprint)
      return pooled.client;
    const client = this.create(baseUrl, secret, (meta) => this.onResponseMeta(tokenId, meta));
    this.pool.set(tokenId, { client, baseUrl, fingerprint });
    return client;
  }

  /** A client for a token file not added yet (Add Token's check), outside the pool. */
  forInspection(baseUrl: string, secret: string): VppClient {
    return this.create(baseUrl, secret);
  }

  drop(tokenId: string): void {
    this.pool.delete(tokenId);
  }

  private create(baseUrl: string, secret: string, onResponseMeta?: (meta: ResponseMeta) => void) {
    return new VppClient({
      ...this.options,
      token: secret,
      baseUrl,
      serviceConfig: this.serviceConfigOf(baseUrl),
      ...(onResponseMeta ? { onResponseMeta } : {}),
    });
  }

  private serviceConfigOf(baseUrl: string): ServiceConfigCache {
    let cache = this.configs.get(baseUrl);
    if (!cache) {
      // A client without a token can read only the service configuration: that is all it does.
      cache = new VppClient({ ...this.options, baseUrl }).serviceConfig;
      this.configs.set(baseUrl, cache);
    }
    return cache;
  }
}
