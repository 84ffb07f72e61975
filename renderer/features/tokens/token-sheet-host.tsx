import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../services/console-services';
import { AddTokenSheet } from './add-token-sheet';
import { RemoveTokenSheet } from './remove-token-sheet';
import { TakeOverSheet } from './take-over-sheet';
import { useTokenSheets } from './token-sheets';

/** The open Tokens sheet, wherever in the console it was asked for. */
export const TokenSheetHost = () => {
  const { db } = useServices();
  const sheet = useTokenSheets((state) => state.sheet);
  const tokenId = sheet && 'tokenId' in sheet ? sheet.tokenId : undefined;
  const token = useLiveQuery(() => (tokenId ? db.tokens.get(tokenId) : undefined), [db, tokenId]);
  if (sheet?.kind === 'add') return <AddTokenSheet key="add" />;
  if (!token || token.id !== tokenId) return null;
  if (sheet?.kind === 'renew') return <AddTokenSheet key={`renew-${token.id}`} renewing={token} />;
  if (sheet?.kind === 'remove') return <RemoveTokenSheet key={token.id} token={token} />;
  if (sheet?.kind === 'takeOver') return <TakeOverSheet key={token.id} token={token} />;
  return null;
};
