import { useCallback } from 'react';
import { useServices } from '../../services/console-services';

/**
 * Sync Now, as in Configuration Manager: always a full sync. Main starts one task per token
 * (none twice: a token already syncing keeps its running task) and reports them through
 * `tasks:changed`, so Active Tasks shows them without more work here.
 */
export const useSyncNow = () => {
  const { api } = useServices();
  return useCallback(
    (tokenIds?: string[]) => api.invoke('sync:now', tokenIds ? { tokenIds } : {}),
    [api],
  );
};
