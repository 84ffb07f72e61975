import type { Vault } from '../vault';

/** The part of the vault the token services use (tests may hand in any vault that has it). */
export type VaultPort = Pick<
  Vault,
  'status' | 'create' | 'unlock' | 'isOpen' | 'get' | 'set' | 'delete' | 'onChange'
>;

/** Where a token's secret (the whole `.vpptoken` content) is kept in the vault. */
export const secretNameOf = (tokenId: string): string => `token:${tokenId}`;
