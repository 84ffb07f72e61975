import { ApiError } from '../../../../shared/contract';
import type {
  TokenDraft,
  TokenFields,
  TokenSnapshot,
  TokenSource,
} from '../../../../shared/domain/tokens';
import type { VaultStatus } from '../../../../shared/domain/vault';
import type { FakeMainContext, FakeMainHandlers } from './fake-main';
import { tokenRow } from './vpp-rows';

let drafts = 0;

/** Apple's answer about a token file, as `tokens:inspect` gives it. */
export const tokenDraft = (patch: Partial<TokenDraft> = {}): TokenDraft => ({
  draftId: `00000000-0000-4000-8000-${String(++drafts).padStart(12, '0')}`,
  orgName: 'OBS De Regenboog',
  expiresAt: '2031-03-14T09:26:53+0000',
  locationName: 'Hoofdgebouw',
  uId: 'uid-hoofdgebouw',
  countryCode: 'NL',
  suggestedType: 'education',
  mdm: { state: 'none' },
  ...patch,
});

export interface FakeTokenMainOptions {
  vault?: VaultStatus;
  /** The passphrase a locked vault opens with. */
  passphrase?: string;
  tokens?: TokenSnapshot[];
  /** What `tokens:inspect` answers (or throws) for a source; a fresh draft by default. */
  inspect?(source: TokenSource): TokenDraft;
}

/**
 * Main's vault and token handlers over an in-memory state, for `createFakeMain`: drafts wait
 * for add or renew as in main, changes are announced with `tokens:changed`, `tokens:removed`
 * and `vault:changed`, and a locked vault refuses to store a token.
 */
export const fakeTokenMain = (options: FakeTokenMainOptions = {}) => {
  const state = {
    vault: options.vault ?? ({ protection: 'keychain', state: 'open' } as VaultStatus),
    passphrase: options.passphrase,
    tokens: new Map((options.tokens ?? []).map((token) => [token.id, token])),
    drafts: new Map<string, TokenDraft>(),
    sources: [] as TokenSource[],
  };
  const inspect = options.inspect ?? (() => tokenDraft());

  const openVault = (main: FakeMainContext, passphrase: string) => {
    state.passphrase = passphrase;
    state.vault = { ...state.vault, state: 'open' };
    main.emit('vault:changed', state.vault);
    return state.vault;
  };
  const needsOpenVault = () => {
    if (state.vault.state !== 'open')
      throw new ApiError({ code: 'vault.locked', message: 'The vault is locked.' });
  };
  const save = (main: FakeMainContext, token: TokenSnapshot) => {
    state.tokens.set(token.id, token);
    main.emit('tokens:changed', token);
    return token;
  };
  const draftOf = (draftId: string) => {
    const draft = state.drafts.get(draftId);
    if (!draft) throw new ApiError({ code: 'tokens.draftGone', message: 'Choose the file again.' });
    return draft;
  };
  const known = (id: string) => {
    const token = state.tokens.get(id);
    if (!token) throw new ApiError({ code: 'tokens.unknown', message: 'No such token.' });
    return token;
  };

  const handlers: FakeMainHandlers = {
    'vault:status': () => state.vault,
    'vault:create': ({ passphrase }, main) => openVault(main, passphrase),
    'vault:unlock': ({ passphrase }, main) => {
      if (passphrase !== state.passphrase)
        throw new ApiError({ code: 'vault.wrongPassphrase', message: 'Wrong passphrase.' });
      return openVault(main, passphrase);
    },
    'tokens:list': () => [...state.tokens.values()],
    'tokens:inspect': ({ source }) => {
      state.sources.push(source);
      const draft = inspect(source);
      state.drafts.set(draft.draftId, draft);
      return draft;
    },
    'tokens:add': ({ draftId, fields }, main) => {
      needsOpenVault();
      const draft = draftOf(draftId);
      const token: TokenSnapshot = {
        ...tokenRow(`token-${state.tokens.size + 1}`, ''),
        ...(fields as TokenFields),
        orgName: draft.orgName,
        locationName: draft.locationName,
        uId: draft.uId,
        countryCode: draft.countryCode,
        expiresAt: draft.expiresAt,
        mdm: draft.mdm,
      };
      state.drafts.delete(draftId);
      return save(main, token);
    },
    'tokens:renew': ({ draftId, tokenId }, main) => {
      needsOpenVault();
      const draft = draftOf(draftId);
      state.drafts.delete(draftId);
      return save(main, { ...known(tokenId), expiresAt: draft.expiresAt, renewedAt: 2 });
    },
    'tokens:update': ({ id, fields }, main) =>
      save(main, { ...known(id), ...(fields as TokenFields) }),
    'tokens:delete': ({ id }, main) => {
      const deleted = state.tokens.delete(id);
      if (deleted) main.emit('tokens:removed', { id });
      return { deleted };
    },
    'tokens:takeOver': ({ id }, main) => save(main, { ...known(id), mdm: { state: 'ours' } }),
  };
  return { handlers, state };
};
