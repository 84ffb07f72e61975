/** What an import reads: a CSV of users (with their groups) or of devices. */
export type ImportKind = 'users' | 'devices';

/** The Import sheet: choose or drop a CSV, preview it, import it in one transaction. */
export const ImportSheet = ({ kind, onClose }: { kind: ImportKind; onClose: () => void }) => {
  void kind;
  void onClose;
  return null;
};
