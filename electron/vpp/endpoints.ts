import type { ServiceConfigResponse } from './types';

/**
 * Apple's v2 endpoints by the names its service configuration gives them in `urls`
 * (reference §4.1), with the documented path below the base URL of each. Apple: "These URLs
 * are dynamic and can change without notice", so the path is only a fallback for a
 * configuration that lacks a usable URL.
 */
export const ENDPOINT_PATHS = {
  getAssets: '/assets',
  getAssignments: '/assignments',
  associateAssets: '/assets/associate',
  disassociateAssets: '/assets/disassociate',
  revokeAssets: '/assets/revoke',
  getUsers: '/users',
  createUsers: '/users/create',
  updateUsers: '/users/update',
  retireUsers: '/users/retire',
  eventStatus: '/status',
  clientConfig: '/client/config',
} as const;

export type EndpointName = keyof typeof ENDPOINT_PATHS;

/** The endpoints that start an asynchronous event. */
export type WriteEndpoint = Extract<
  EndpointName,
  | 'associateAssets'
  | 'disassociateAssets'
  | 'revokeAssets'
  | 'createUsers'
  | 'updateUsers'
  | 'retireUsers'
>;

/** The one address that cannot come from the configuration, since it is the configuration. */
export const SERVICE_CONFIG_PATH = '/service/config';

/**
 * The address of `name`: the configuration's URL when it is usable, else base + documented
 * path. Usable means absolute http(s); and when the base is https, https only, so that one odd
 * entry cannot send the content token (a Bearer header) over plain HTTP.
 */
export const endpointUrl = (
  name: EndpointName,
  config: ServiceConfigResponse | undefined,
  baseUrl: string,
): string => {
  const advertised = config?.urls[name];
  if (advertised !== undefined && isUsable(advertised, baseUrl)) return advertised;
  return `${baseUrl.replace(/\/+$/, '')}${ENDPOINT_PATHS[name]}`;
};

const isUsable = (candidate: string, baseUrl: string): boolean => {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && new URL(baseUrl).protocol === 'http:';
};
