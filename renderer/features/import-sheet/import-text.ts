import { useTranslation } from 'react-i18next';
import type { DeviceField, ImportFileError, ImportWarning, RowError, UserField } from '../import';
import type { ImportKind } from './import-kind';

export type AnyField = UserField | DeviceField;

/**
 * The importer's sentences: every code a preview reports (features/import/import-types.ts)
 * becomes words an admin can act on, naming the line or column at fault.
 */
export const useImportText = () => {
  const { t, i18n } = useTranslation();
  const numbers = new Intl.NumberFormat(i18n.resolvedLanguage ?? i18n.language);
  const n = (value: number) => numbers.format(value);
  const field = (name: AnyField) => t(`importer.fields.${name}`);

  const fileError = (error: ImportFileError): string => {
    switch (error.code) {
      case 'missingColumn':
        return t('importer.fileErrors.missingColumn', { column: field(error.field as AnyField) });
      case 'unclosedQuote':
        return t('importer.fileErrors.unclosedQuote', { line: n(error.line) });
      default:
        return t(`importer.fileErrors.${error.code}`);
    }
  };

  const warning = (item: ImportWarning): string =>
    item.code === 'wrongEncoding'
      ? t('importer.warnings.wrongEncoding')
      : t(`importer.warnings.${item.code}`, { column: item.column });

  /** `user` is what the row names as its device's user, for an unknown one. */
  const rowError = (error: RowError<AnyField>, user?: string): string => {
    if (error.code === 'duplicateEmail' && error.otherLine === undefined) {
      return t('importer.rowErrors.duplicateEmailInConsole');
    }
    return t(`importer.rowErrors.${error.code}`, {
      line: error.otherLine === undefined ? '' : n(error.otherLine),
      user: user ?? '',
    });
  };

  /** "312 to add, 12 to update, 3 with errors will be skipped", leaving out what is zero. */
  const summary = ({ add, update, errors }: { add: number; update: number; errors: number }) =>
    [
      add > 0 && t('importer.summary.add', { count: add, n: n(add) }),
      update > 0 && t('importer.summary.update', { count: update, n: n(update) }),
      errors > 0 && t('importer.summary.errors', { count: errors, n: n(errors) }),
    ]
      .filter(Boolean)
      .join(', ');

  /** "A, B and C", in the console's language. */
  const list = (items: readonly string[]): string =>
    items.length < 2
      ? (items[0] ?? '')
      : t('importer.template.and', {
          first: items.slice(0, -1).join(', '),
          last: items.at(-1)!,
        });

  const progress = (key: 'checkingValue' | 'writingValue', done: number, total: number) =>
    t(`importer.${key}`, { done: n(done), total: n(total) });

  return { t, n, field, fileError, warning, rowError, summary, list, progress };
};

export type ImportText = ReturnType<typeof useImportText>;

export const titleKeyOf = (kind: ImportKind) => `importer.title.${kind}` as const;
