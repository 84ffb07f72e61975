import type { Handlers } from '../dispatch';
import type { TokenService } from '../../tokens/token-service';

export const tokenHandlers = (
  tokens: TokenService,
): Pick<
  Handlers,
  | 'tokens:list'
  | 'tokens:inspect'
  | 'tokens:add'
  | 'tokens:renew'
  | 'tokens:update'
  | 'tokens:delete'
  | 'tokens:takeOver'
> => ({
  'tokens:list': () => tokens.list(),
  // Which front door asks matters: only the desktop app may name a file by its path.
  'tokens:inspect': ({ source }, context) => tokens.inspect(source, context.frontDoor),
  'tokens:add': (request) => tokens.add(request),
  'tokens:renew': (request) => tokens.renew(request),
  'tokens:update': (request) => tokens.update(request),
  'tokens:delete': ({ id }) => tokens.delete(id),
  'tokens:takeOver': ({ id }) => tokens.takeOver(id),
});
