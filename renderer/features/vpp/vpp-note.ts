import type { TFunction } from 'i18next';

/** What the section last started, said beside its Save button. */
export type Note = { kind: 'registering' } | { kind: 'sending'; count: number };

/** "Registering…" only while Apple's answer is still on its way; then the status says it all. */
export const noteText = (
  t: TFunction,
  note: Note | undefined,
  registering: boolean,
): string | undefined => {
  if (!note) return undefined;
  if (note.kind === 'registering') return registering ? t('vpp.notes.registeringTask') : undefined;
  return t('vpp.notes.sendingTask', { count: note.count });
};
