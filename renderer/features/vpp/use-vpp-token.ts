import { useState } from 'react';
import type { TokenRow } from '../../db/types';
import { useTokens } from '../apps/use-tokens';

/**
 * The token (location) the VPP section works with. Most schools have one; with several, the
 * section shows a Location pop-up, starting at the first by name.
 */
export const useVppToken = () => {
  const tokens = useTokens();
  const [chosenId, setChosenId] = useState<string>();
  const sorted = tokens ? [...tokens.values()].sort((a, b) => a.name.localeCompare(b.name)) : [];
  const token: TokenRow | undefined = (chosenId ? tokens?.get(chosenId) : undefined) ?? sorted[0];
  return { loading: tokens === undefined, tokens: sorted, token, choose: setChosenId };
};
