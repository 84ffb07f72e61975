import type { Handlers } from '../dispatch';
import type { SyncServices } from '../../sync/create-sync-services';

export const syncHandlers = (sync: SyncServices): Pick<Handlers, 'sync:now' | 'sync:pull'> => ({
  'sync:now': ({ tokenIds }) => ({ tasks: sync.scheduler.syncNow(tokenIds) }),
  'sync:pull': async ({ applierId, acks }) => ({ work: await sync.hub.pull(applierId, acks) }),
});
