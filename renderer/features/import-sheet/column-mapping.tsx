import { FieldList } from '../../components/field-list';
import type { AnyPreview, ImportKind } from './import-kind';
import { fieldsOf } from './import-kind';
import type { AnyField, ImportText } from './import-text';

/** The fields the file fills, in the order the template lists them. */
export const mappedFieldsOf = (kind: ImportKind, preview: AnyPreview): AnyField[] => {
  const filled = new Set(preview.columns.map((column) => column.field));
  return fieldsOf(kind)
    .map((spec) => spec.field)
    .filter((field) => filled.has(field as never));
};

/**
 * Which heading of the file fills which field, and which columns are ignored, so an admin sees
 * at once that "Roepnaam" went nowhere before importing a class without names.
 */
export const ColumnMapping = ({
  kind,
  preview,
  text,
}: {
  kind: ImportKind;
  preview: AnyPreview;
  text: ImportText;
}) => {
  const headersOf = (field: AnyField) =>
    preview.columns
      .filter((column) => column.field === field)
      .map((column) => text.t('importer.mapping.fills', { header: column.header }));
  const ignored = preview.columns
    .filter((column) => column.field === undefined && column.header !== '')
    .map((column) => `“${column.header}”`);
  const fields = fieldsOf(kind).map(({ field }) => {
    const headers = headersOf(field);
    return {
      label: text.field(field),
      value: headers.length > 0 ? headers.join(', ') : text.t('importer.mapping.notInFile'),
    };
  });
  if (ignored.length > 0) {
    fields.push({ label: text.t('importer.mapping.ignored'), value: ignored.join(', ') });
  }
  return (
    <section className="import-mapping" aria-label={text.t('importer.mapping.title')}>
      <FieldList fields={fields} />
    </section>
  );
};
