import { FileSpreadsheet } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import { Icon } from '../../components/icon';
import { ProgressBar } from '../../components/progress-bar';
import { Sheet } from '../../components/sheet';
import { ColumnMapping, mappedFieldsOf } from './column-mapping';
import type { AnyPreview, AnyRow, ImportKind } from './import-kind';
import { ImportResultSummary } from './import-result';
import { ImportTemplate } from './import-template';
import { titleKeyOf, useImportText, type ImportText } from './import-text';
import { PreviewTable } from './preview-table';
import { useFileDrop } from './use-file-drop';
import { canImport, useImportFlow, type ImportStage } from './use-import-flow';
import './import-sheet.css';

export type { ImportKind } from './import-kind';

/** Excel and Numbers save lists as .csv; "Unicode text" exports are .txt with tabs. */
const CSV_FILE_TYPES = '.csv,.txt,text/csv,text/plain';

/**
 * The Import sheet: choose or drop a CSV, see every row with what the import will do with it
 * and why a row is skipped, then import it in one transaction (all or nothing) and read what
 * was added and updated.
 */
export const ImportSheet = ({ kind, onClose }: { kind: ImportKind; onClose: () => void }) => {
  const text = useImportText();
  const { stage, takeFile, startImport } = useImportFlow(kind, text);
  const inputRef = useRef<HTMLInputElement>(null);
  const writing = stage.name === 'writing';
  // A file dropped while the import writes is ignored: that import finishes first.
  const over = useFileDrop((file) => {
    if (!writing) void takeFile(file);
  });
  const chooseFile = () => inputRef.current?.click();

  const previewing = stage.name === 'preview' || stage.name === 'writing';
  const ready = stage.name === 'preview' && canImport(stage.preview);
  const confirmLabel =
    stage.name === 'done'
      ? text.t('importer.done')
      : ready || writing
        ? text.t('importer.confirm')
        : previewing
          ? text.t('importer.chooseOther')
          : text.t('importer.chooseFile');
  const onConfirm = stage.name === 'done' ? onClose : ready ? () => void startImport() : chooseFile;

  return (
    <Sheet
      title={text.t(titleKeyOf(kind))}
      confirmLabel={confirmLabel}
      onConfirm={onConfirm}
      // An import under way finishes (or fails) as a whole; it can't be left halfway.
      onCancel={() => {
        if (!writing) onClose();
      }}
      busy={stage.name === 'checking' || writing}
      wide={previewing}
      hideCancel={stage.name === 'done'}
    >
      <div className={over ? 'import-sheet dragging' : 'import-sheet'}>
        <input
          ref={inputRef}
          type="file"
          accept={CSV_FILE_TYPES}
          hidden
          aria-label={text.t('importer.chooseFile')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Forget the choice at once, so choosing the same file again reads it again.
            event.target.value = '';
            if (file) void takeFile(file);
          }}
        />
        <StageBody kind={kind} stage={stage} text={text} chooseFile={chooseFile} over={over} />
      </div>
    </Sheet>
  );
};

const StageBody = ({
  kind,
  stage,
  text,
  chooseFile,
  over,
}: {
  kind: ImportKind;
  stage: ImportStage;
  text: ImportText;
  chooseFile(): void;
  over: boolean;
}) => {
  switch (stage.name) {
    case 'choose':
      return (
        <>
          <p>{text.t(`importer.intro.${kind}`)}</p>
          <div className="import-drop-zone">
            <Icon icon={FileSpreadsheet} size={28} />
            <span>{over ? text.t('importer.dropAnywhere') : text.t('importer.dropHere')}</span>
          </div>
          {stage.error && (
            <p className="form-error" role="alert">
              {stage.error}
            </p>
          )}
          <ImportTemplate kind={kind} text={text} />
        </>
      );
    case 'checking':
      return (
        <div className="import-progress">
          <p>{text.t('importer.reading', { name: stage.fileName })}</p>
          <ProgressBar
            label={text.t('importer.checking')}
            progress={stage.progress}
            valueText={
              stage.progress
                ? text.progress('checkingValue', stage.progress.done, stage.progress.total)
                : undefined
            }
          />
        </div>
      );
    case 'done':
      return <ImportResultSummary result={stage.result} text={text} />;
    default:
      return <PreviewPane kind={kind} stage={stage} text={text} chooseFile={chooseFile} />;
  }
};

const PreviewPane = ({
  kind,
  stage,
  text,
  chooseFile,
}: {
  kind: ImportKind;
  stage: Extract<ImportStage, { name: 'preview' | 'writing' }>;
  text: ImportText;
  chooseFile(): void;
}) => {
  const { preview, fileName } = stage;
  const [onlyErrors, setOnlyErrors] = useState(false);
  const rows = useMemo(() => rowsToShow(preview, onlyErrors), [preview, onlyErrors]);
  const blocked = preview.fileErrors.length > 0;
  const writing = stage.name === 'writing';

  return (
    <>
      <p className="import-file">
        <Icon icon={FileSpreadsheet} size={14} />
        <span>
          {text.t('importer.fileLine', {
            name: fileName,
            count: preview.rows.length,
            n: text.n(preview.rows.length),
          })}
        </span>
        {/* When nothing can be imported, the sheet's own button chooses another file. */}
        {stage.name === 'preview' && canImport(preview) && (
          <button type="button" className="link-button" onClick={chooseFile}>
            {text.t('importer.chooseOther')}
          </button>
        )}
      </p>
      {blocked ? (
        <div role="alert" className="import-file-errors">
          {preview.fileErrors.map((error, i) => (
            <p key={i} className="form-error">
              {text.fileError(error)}
            </p>
          ))}
        </div>
      ) : null}
      {preview.warnings.length > 0 && (
        <ul className="import-warnings">
          {preview.warnings.map((warning, i) => (
            <li key={i} className="import-warning">
              {text.warning(warning)}
            </li>
          ))}
        </ul>
      )}
      {preview.columns.length > 0 && <ColumnMapping kind={kind} preview={preview} text={text} />}
      {!blocked && (
        <>
          <p className="import-summary" role="status">
            {canImport(preview)
              ? text.summary(preview.summary)
              : `${text.summary(preview.summary)}. ${text.t('importer.summary.nothing')}`}
          </p>
          <label className="import-filter">
            <input
              type="checkbox"
              checked={onlyErrors}
              disabled={writing}
              onChange={(event) => setOnlyErrors(event.target.checked)}
            />
            {text.t('importer.onlyErrors')}
          </label>
          {onlyErrors && rows.length === 0 ? (
            <p className="import-no-errors">{text.t('importer.noErrors')}</p>
          ) : (
            <PreviewTable rows={rows} fields={mappedFieldsOf(kind, preview)} text={text} />
          )}
        </>
      )}
      {writing && (
        <div className="import-progress">
          <ProgressBar
            label={text.t('importer.writing')}
            progress={stage.progress}
            valueText={
              stage.progress
                ? text.progress('writingValue', stage.progress.done, stage.progress.total)
                : undefined
            }
          />
        </div>
      )}
      {stage.name === 'preview' && stage.error && (
        <p className="form-error" role="alert">
          {stage.error}
        </p>
      )}
    </>
  );
};

const rowsToShow = (preview: AnyPreview, onlyErrors: boolean): readonly AnyRow[] =>
  onlyErrors
    ? (preview.rows as AnyRow[]).filter((row) => row.errors.length > 0)
    : (preview.rows as AnyRow[]);
