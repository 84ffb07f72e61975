import { useTranslation } from 'react-i18next';
import { ActionSheet } from '../../components/action-sheet';

/**
 * Asks before a user, group or device is deleted, saying what goes with it and what stays;
 * Delete then runs the one transaction. A failure stays in the sheet as a plain sentence.
 */
export const DeleteSheet = ({
  name,
  consequences,
  onDelete,
  onClose,
}: {
  name: string;
  /** One sentence each; undefined while they are still being counted. */
  consequences: string[] | undefined;
  onDelete(): Promise<void>;
  onClose(): void;
}) => {
  const { t } = useTranslation();
  return (
    <ActionSheet
      title={t('directory.delete.title', { name })}
      confirmLabel={t('directory.delete.confirm')}
      action={onDelete}
      onDone={onClose}
      onCancel={onClose}
      waiting={consequences === undefined}
    >
      {consequences?.map((sentence) => (
        <p key={sentence} className="sheet-paragraph">
          {sentence}
        </p>
      ))}
      <p className="sheet-paragraph">{t('directory.delete.cantUndo')}</p>
    </ActionSheet>
  );
};
