import { PaneButtons } from '../settings/pane-buttons';
import type { RecordForm } from './use-record-form';

/** Revert and Save under an Info tab's form, with what the last Save said. */
export const RecordFormButtons = <Draft extends object>({ form }: { form: RecordForm<Draft> }) => (
  <PaneButtons
    changed={form.changed}
    saving={form.saving}
    onRevert={form.revert}
    onSave={() => void form.save()}
    message={form.message}
  />
);
