import { describe, expect, it } from 'vitest';
import { DRAFT_TTL_MS, MAX_DRAFTS, TokenDrafts } from '../../../electron/tokens/token-drafts';
import { VppTokenFile } from '../../../electron/vpp/token-file';

const file = VppTokenFile.parse(
  Buffer.from(
    JSON.stringify({ token: 'c2VjcmV0', expDate: '2031-03-14T09:26:53+0000', orgName: 'School' }),
  ).toString('base64'),
);

const draftFields = {
  orgName: 'School',
  expiresAt: '2031-03-14T09:26:53.000Z',
  locationName: 'Hoofdgebouw',
  uId: '1',
  suggestedType: 'education' as const,
  mdm: { state: 'none' as const },
};

describe('drafts of Add Token', () => {
  it('are forgotten after 15 minutes', () => {
    let clock = 0;
    const drafts = new TokenDrafts(() => clock);
    const { draftId } = drafts.put({
      draft: draftFields,
      file,
      service: { mode: 'sandbox' },
      baseUrl: 'http://127.0.0.1:1/mdm/v2',
      mdmInfo: undefined,
    });
    clock = DRAFT_TTL_MS - 1;
    expect(drafts.get(draftId).draft.draftId).toBe(draftId);
    clock = DRAFT_TTL_MS;
    expect(() => drafts.get(draftId)).toThrow(
      expect.objectContaining({ code: 'tokens.draftExpired' }),
    );
  });

  it('keep only the newest 20', () => {
    const drafts = new TokenDrafts(() => 0);
    const ids = Array.from(
      { length: MAX_DRAFTS + 5 },
      () =>
        drafts.put({
          draft: draftFields,
          file,
          service: { mode: 'sandbox' },
          baseUrl: 'http://127.0.0.1:1/mdm/v2',
          mdmInfo: undefined,
        }).draftId,
    );
    for (const id of ids.slice(0, 5)) expect(() => drafts.get(id)).toThrow();
    for (const id of ids.slice(5)) expect(drafts.get(id).draft.draftId).toBe(id);
  });
});
