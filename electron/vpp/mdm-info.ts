import type { MdmInfo, ResponseMeta } from './types';

/**
 * Apple has no error for "this token is managed by another MDM"; the only sign is the
 * `mdmInfo` another product wrote with POST /client/config (reference §4.2). Returns that
 * other MDM's info, or undefined when the location is unclaimed or claimed by us.
 */
export const detectOtherMdm = (
  response: Pick<ResponseMeta, 'mdmInfo'> | undefined,
  ourMdmId: string,
): MdmInfo | undefined => {
  const info = response?.mdmInfo;
  if (!info || info.id === '') return undefined;
  return info.id === ourMdmId ? undefined : info;
};

/** The fields every v2 response may carry, picked from any parsed response. */
export const responseMetaOf = (response: ResponseMeta): ResponseMeta => ({
  ...(response.mdmInfo ? { mdmInfo: response.mdmInfo } : {}),
  ...(response.tokenExpirationDate !== undefined
    ? { tokenExpirationDate: response.tokenExpirationDate }
    : {}),
  ...(response.uId !== undefined ? { uId: response.uId } : {}),
});
