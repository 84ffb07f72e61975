import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, toCsv } from '../../components/csv';
import { csvDelimiterOf } from '../../components/export-list';
import { Icon } from '../../components/icon';
import { importerEn } from '../../i18n/en/importer';
import { importerNl } from '../../i18n/nl/importer';
import { fieldsOf, type ImportKind } from './import-kind';
import type { AnyField, ImportText } from './import-text';

/** An example row of each template, so the file shows how a cell is filled. */
const EXAMPLES: Record<ImportKind, Partial<Record<AnyField, string>>> = {
  users: {
    fullName: 'Sara de Boer',
    shortName: 'sboer',
    email: 'sara.deboer@school.example',
    groups: 'Groep 7B; Koor',
  },
  devices: {
    name: 'iPad 12',
    serialNumber: 'DMPXK2ABCD12',
    model: 'iPad (10th generation)',
    platform: 'iPadOS',
    assignedUser: 'sboer',
  },
};

/**
 * Which columns the import understands, in the console's language (the headings of the other
 * language work too), and a template with those headings and one example row to start from.
 */
export const ImportTemplate = ({ kind, text }: { kind: ImportKind; text: ImportText }) => {
  const { i18n } = useTranslation();
  const fields = fieldsOf(kind);
  // The headings of the other language are understood too; an admin may have either sheet.
  const other = (i18n.resolvedLanguage ?? i18n.language).startsWith('nl') ? importerEn : importerNl;
  const headings = fields.map(({ field }) => text.field(field));
  const required = fields.filter((spec) => spec.required).map(({ field }) => text.field(field));

  const download = () => {
    const columns = fields.map(({ field }) => ({
      header: text.field(field),
      value: (example: Partial<Record<AnyField, string>>) => example[field],
    }));
    const fileName = text.t(`importer.template.fileName.${kind}`);
    downloadCsv(`${fileName}.csv`, toCsv(columns, [EXAMPLES[kind]], csvDelimiterOf(i18n)));
  };

  return (
    <div className="import-template">
      <p>
        {text.t('importer.template.columns', {
          columns: text.list(headings),
          required: text.list(required),
        })}{' '}
        {kind === 'users'
          ? text.t('importer.template.groups')
          : text.t('importer.template.devices')}{' '}
        {text.t('importer.template.dutch', {
          examples: fields.map(({ field }) => other.fields[field]).join(', '),
        })}
      </p>
      <p>
        <button type="button" onClick={download}>
          <Icon icon={Download} size={14} />
          {text.t('importer.template.download')}
        </button>
      </p>
    </div>
  );
};
