import type { TokenMdm } from '../../shared/domain/tokens';
import { detectOtherMdm } from '../vpp/mdm-info';
import type { MdmInfo } from '../vpp/types';
import type { TokenRecord } from './token-record';

export const OUR_MDM_NAME = 'VPP Console';

/**
 * What this console writes with POST client/config. Apple requires all three fields (9723),
 * so `metadata` carries the console's version, as in Apple's own example.
 */
export const ourMdmInfo = (mdmId: string, appVersion: string): MdmInfo => ({
  id: mdmId,
  name: OUR_MDM_NAME,
  metadata: appVersion || 'unknown',
});

/** Who manages a location, from the mdmInfo of one of its answers. */
export const mdmOf = (mdmInfo: MdmInfo | undefined, mdmId: string): TokenMdm => {
  const other = detectOtherMdm({ mdmInfo }, mdmId);
  if (other) return { state: 'other', ...(other.name ? { name: other.name } : {}) };
  return { state: mdmInfo?.id === mdmId ? 'ours' : 'none' };
};

/**
 * A token's MDM state after another answer from Apple. Another product's mdmInfo on a
 * location this console had claimed means it was taken from us; on one it never had, that
 * the location is the other product's.
 */
export const observeMdm = (
  record: TokenRecord,
  mdmInfo: MdmInfo | undefined,
  mdmId: string,
  now: number,
): TokenRecord => {
  const seen = mdmOf(mdmInfo, mdmId);
  const mdm: TokenMdm =
    seen.state === 'other' && record.claimedAt !== undefined
      ? { ...seen, state: 'takenFromUs' }
      : seen;
  const claimedAt = seen.state === 'ours' ? (record.claimedAt ?? now) : record.claimedAt;
  if (sameMdm(mdm, record.mdm) && claimedAt === record.claimedAt) return record;
  return { ...record, mdm, ...(claimedAt !== undefined ? { claimedAt } : {}) };
};

const sameMdm = (a: TokenMdm, b: TokenMdm) => a.state === b.state && a.name === b.name;
