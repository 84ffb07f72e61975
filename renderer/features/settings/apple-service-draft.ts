import {
  SettingsPatch,
  type AppleServiceMode,
  type Settings,
} from '../../../shared/domain/settings';

export interface AppleServiceDraft {
  mode: AppleServiceMode;
  customUrl: string;
}

export const draftOf = (settings: Settings): AppleServiceDraft => ({
  mode: settings.appleService.mode,
  customUrl: settings.appleService.customUrl ?? '',
});

export type DraftProblem = 'customUrlMissing' | 'customUrlInvalid';

/**
 * Checks the draft with the contract's own schema, so the form refuses exactly what main would.
 * A custom URL is kept while another mode is chosen, so switching back loses nothing.
 */
export const validateDraft = (
  draft: AppleServiceDraft,
): { patch: SettingsPatch } | { problem: DraftProblem } => {
  const customUrl = draft.customUrl.trim();
  if (draft.mode === 'custom' && !customUrl) return { problem: 'customUrlMissing' };
  const candidate = {
    appleService: { mode: draft.mode, ...(customUrl ? { customUrl } : {}) },
  };
  const parsed = SettingsPatch.safeParse(candidate);
  if (parsed.success) return { patch: parsed.data };
  return draft.mode === 'custom'
    ? { problem: 'customUrlInvalid' }
    : { patch: { appleService: { mode: draft.mode } } };
};

export const sameDraft = (a: AppleServiceDraft, b: AppleServiceDraft): boolean =>
  a.mode === b.mode && a.customUrl.trim() === b.customUrl.trim();
