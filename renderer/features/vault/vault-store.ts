import { useEffect } from 'react';
import { create } from 'zustand';
import type { VaultStatus } from '../../../shared/domain/vault';
import { useServices } from '../../services/console-services';

interface VaultState {
  /** Main's word on the vault; undefined until it has answered (or if it couldn't). */
  status: VaultStatus | undefined;
  /** The Enter/Set Passphrase sheet, opened by the console (on start, from the Tokens banner). */
  prompting: boolean;
  /** Whether this run already asked on its own at start, so Cancel isn't undone. */
  askedAtStart: boolean;
  setStatus(status: VaultStatus | undefined): void;
  prompt(): void;
  dismiss(): void;
  markAskedAtStart(): void;
}

export const useVaultStore = create<VaultState>()((set) => ({
  status: undefined,
  prompting: false,
  askedAtStart: false,
  setStatus: (status) => set({ status }),
  prompt: () => set({ prompting: true }),
  dismiss: () => set({ prompting: false }),
  markAskedAtStart: () => set({ askedAtStart: true }),
}));

/** A passphrase vault that must be set or entered before secrets can be stored or read. */
export const needsPassphrase = (status: VaultStatus | undefined): boolean =>
  status?.protection === 'passphrase' && status.state !== 'open';

/**
 * Follows the vault: asks main once when the console opens, then `vault:changed`. A main
 * that can't say keeps the status unknown; adding a token then learns it from main's answer.
 */
export const useVaultWatch = () => {
  const { api } = useServices();
  const setStatus = useVaultStore((state) => state.setStatus);
  useEffect(() => {
    let current = true;
    let heard = false;
    useVaultStore.setState({ status: undefined, prompting: false, askedAtStart: false });
    const unsubscribe = api.on('vault:changed', (status) => {
      heard = true;
      setStatus(status);
    });
    api.invoke('vault:status').then(
      (status) => {
        // An event after the question is newer than the answer.
        if (current && !heard) setStatus(status);
      },
      () => undefined,
    );
    return () => {
      current = false;
      unsubscribe();
    };
  }, [api, setStatus]);
};
