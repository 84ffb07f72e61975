/** The content tokens (see token-service.ts); what host.ts and the sync engine use. */
export {
  createTokenServices,
  type TokenServices,
  type TokenServicesOptions,
} from './create-token-services';
export { TokenService, type SyncInfoOf, type TokenServiceDeps } from './token-service';
export { HealthWatch, dueWarning, type Notice } from './health-watch';
export { healthOf } from './token-health';
export { ourMdmInfo, OUR_MDM_NAME } from './mdm-state';
export type { TokenClientOptions } from './token-clients';
export type { VaultPort } from './vault-port';
