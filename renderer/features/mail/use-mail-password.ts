import { useCallback, useEffect, useState } from 'react';
import type { MailStatus } from '../../../shared/domain/outbox';
import { useServices } from '../../services/console-services';

/**
 * Whether the vault holds the SMTP password. The password itself goes to main and never comes
 * back, so the pane can say "Saved in the vault" but never shows or pre-fills it.
 */
export const useMailPassword = () => {
  const { api } = useServices();
  const [status, setStatus] = useState<MailStatus>();

  useEffect(() => {
    let current = true;
    api
      .invoke('mail:status')
      .then((next) => current && setStatus(next))
      .catch(() => current && setStatus(undefined));
    return () => {
      current = false;
    };
  }, [api]);

  const save = useCallback(
    async (password: string) => setStatus(await api.invoke('mail:setPassword', { password })),
    [api],
  );
  const clear = useCallback(async () => setStatus(await api.invoke('mail:clearPassword')), [api]);

  return { hasPassword: status?.hasPassword ?? false, save, clear };
};
