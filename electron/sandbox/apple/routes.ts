import { getAssets } from './handlers/assets';
import { getAssignments } from './handlers/assignments';
import { getClientConfig, postClientConfig } from './handlers/client-config';
import { associateAssets, disassociateAssets, revokeAssets } from './handlers/manage-assets';
import { createUsers, retireUsers, updateUsers } from './handlers/manage-users';
import { getStatus } from './handlers/status';
import { getUsers } from './handlers/users';
import type { AppleEndpoint } from './apple-request';

/** The authenticated v2 endpoints, by path below /mdm/v2. (`/service/config` needs no token.) */
export const APPLE_ROUTES: ReadonlyMap<string, readonly AppleEndpoint[]> = new Map([
  ['/client/config', [getClientConfig, postClientConfig]],
  ['/assets', [getAssets]],
  ['/assignments', [getAssignments]],
  ['/assets/associate', [associateAssets]],
  ['/assets/disassociate', [disassociateAssets]],
  ['/assets/revoke', [revokeAssets]],
  ['/users', [getUsers]],
  ['/users/create', [createUsers]],
  ['/users/update', [updateUsers]],
  ['/users/retire', [retireUsers]],
  ['/status', [getStatus]],
]);

export const SERVICE_CONFIG_PATH = '/service/config';
