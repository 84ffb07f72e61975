import type { IssuedToken } from './token-registry';
import type { QueryParams } from './query-params';
import type { Location } from '../state/location';
import type { SandboxWorld } from '../sandbox-world';

/** What an authenticated endpoint handler gets. */
export interface AppleRequest {
  world: SandboxWorld;
  location: Location;
  token: IssuedToken;
  query: QueryParams;
  /** The parsed JSON body of a POST ({} when empty); undefined for GET. */
  body: unknown;
}

export interface AppleEndpoint {
  method: 'GET' | 'POST';
  handle(request: AppleRequest): object | Promise<object>;
}
