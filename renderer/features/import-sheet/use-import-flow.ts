import { useRef, useState } from 'react';
import {
  ImportTargetGoneError,
  writeImport,
  type DeviceImportResult,
  type UserImportResult,
} from '../../db/repositories/import-writer';
import { useServices } from '../../services/console-services';
import { planImport, readCsvText } from '../import';
import { previewFile, type AnyPreview, type ImportKind } from './import-kind';
import type { ImportText } from './import-text';

export interface Progress {
  done: number;
  total: number;
}

export type ImportResult = UserImportResult | DeviceImportResult;

/** Where the sheet is: choosing a file, checking it, showing it, writing it, or done. */
export type ImportStage =
  | { name: 'choose'; error?: string }
  | { name: 'checking'; fileName: string; progress: Progress | null }
  | { name: 'preview'; fileName: string; preview: AnyPreview; error?: string }
  | { name: 'writing'; fileName: string; preview: AnyPreview; progress: Progress | null }
  | { name: 'done'; result: ImportResult };

/** Whether a preview has anything to write: no file error, and a row to add or update. */
export const canImport = (preview: AnyPreview): boolean =>
  preview.fileErrors.length === 0 && preview.summary.add + preview.summary.update > 0;

/**
 * The import's steps: read a chosen or dropped file, preview it against the database (batch by
 * batch, with progress), and write it in one transaction. A file chosen while another is still
 * being checked replaces it; the older check's answer is dropped.
 */
export const useImportFlow = (kind: ImportKind, text: ImportText) => {
  const { db } = useServices();
  const [stage, setStage] = useState<ImportStage>({ name: 'choose' });
  const attempt = useRef(0);

  const takeFile = async (file: File) => {
    const mine = ++attempt.current;
    const fileName = file.name;
    setStage({ name: 'checking', fileName, progress: null });
    try {
      const csv = readCsvText(await file.arrayBuffer());
      const preview = await previewFile(db, kind, csv, {
        onProgress: (done, total) => {
          if (mine === attempt.current) {
            setStage({ name: 'checking', fileName, progress: { done, total } });
          }
        },
      });
      if (mine === attempt.current) setStage({ name: 'preview', fileName, preview });
    } catch {
      if (mine === attempt.current)
        setStage({ name: 'choose', error: text.t('importer.failed.read') });
    }
  };

  const startImport = async () => {
    if (stage.name !== 'preview' || !canImport(stage.preview)) return;
    const { fileName, preview } = stage;
    const mine = ++attempt.current;
    setStage({ name: 'writing', fileName, preview, progress: null });
    try {
      const result = await writeImport(db, planImport(preview), {
        onProgress: (done, total) =>
          setStage({ name: 'writing', fileName, preview, progress: { done, total } }),
      });
      if (mine === attempt.current) setStage({ name: 'done', result });
    } catch (failure) {
      const error =
        failure instanceof ImportTargetGoneError
          ? text.t('importer.failed.gone', { line: text.n(failure.line) })
          : text.t('importer.failed.write');
      setStage({ name: 'preview', fileName, preview, error });
    }
  };

  return { stage, takeFile, startImport };
};
