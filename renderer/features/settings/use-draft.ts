import { useState } from 'react';

/**
 * What a settings pane shows before Save: a draft of main's saved value. The draft follows
 * main when the setting changes elsewhere (another window), unless the admin is editing it.
 */
export const useDraft = <T>(saved: T, same: (a: T, b: T) => boolean) => {
  const [draft, setDraft] = useState<T>(saved);
  const [baseline, setBaseline] = useState<T>(saved);
  if (!same(baseline, saved)) {
    setBaseline(saved);
    if (same(draft, baseline)) setDraft(saved);
  }
  return {
    draft,
    setDraft,
    changed: !same(draft, saved),
    revert: () => setDraft(saved),
  };
};
