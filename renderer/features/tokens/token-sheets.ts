import { create } from 'zustand';

/**
 * The Tokens sheets, which open from anywhere in the console (a file dropped on the window,
 * the health banner) as well as from the Tokens view. One at a time, like a Mac window's sheet.
 */
export type TokenSheet =
  | { kind: 'add' }
  | { kind: 'renew'; tokenId: string }
  | { kind: 'remove'; tokenId: string }
  | { kind: 'takeOver'; tokenId: string };

interface TokenSheetsState {
  sheet: TokenSheet | null;
  /**
   * A file dropped on the window, waiting for the Add Token sheet to take it. The sheet takes
   * it at once and the reference goes with the call to main: the renderer keeps no copy.
   */
  droppedFile: File | null;
  open(sheet: TokenSheet): void;
  close(): void;
  /** Opens Add Token with this file, or hands it to the Add or Renew sheet already open. */
  dropFile(file: File): void;
  takeDroppedFile(): File | null;
}

export const useTokenSheets = create<TokenSheetsState>()((set, get) => ({
  sheet: null,
  droppedFile: null,
  open: (sheet) => set({ sheet, droppedFile: null }),
  close: () => set({ sheet: null, droppedFile: null }),
  dropFile: (file) => {
    const { sheet } = get();
    const takesFiles = sheet?.kind === 'add' || sheet?.kind === 'renew';
    set({ sheet: takesFiles ? sheet : { kind: 'add' }, droppedFile: file });
  },
  takeDroppedFile: () => {
    const file = get().droppedFile;
    if (file) set({ droppedFile: null });
    return file;
  },
}));

/** Whether a dropped file can open a sheet now: not over another, unrelated sheet. */
export const acceptsDroppedFile = (sheet: TokenSheet | null) =>
  sheet === null || sheet.kind === 'add' || sheet.kind === 'renew';
