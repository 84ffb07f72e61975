import { FileKey } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useUiStore } from '../../stores/ui-store';
import { useVaultStore } from '../vault/vault-store';
import { carriesFiles } from './token-file';
import { acceptsDroppedFile, useTokenSheets } from './token-sheets';
import './tokens.css';

/** Whether the console can take a dropped token now (no unrelated sheet is open). */
const canTakeDrop = () =>
  useUiStore.getState().sheet === null &&
  !useVaultStore.getState().prompting &&
  acceptsDroppedFile(useTokenSheets.getState().sheet);

/**
 * A `.vpptoken` file dropped anywhere on the window opens Add Token with it (or goes to the
 * Add or Renew sheet already open). Drags that carry no files (text, links) are left alone;
 * a file is never left to the browser, which would open it in place of the console.
 */
export const TokenFileDrop = () => {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed; count them to know when it leaves.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      depth += 1;
      setOver(canTakeDrop());
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = canTakeDrop() ? 'copy' : 'none';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (file && canTakeDrop()) useTokenSheets.getState().dropFile(file);
    };
    const onEnd = () => {
      depth = 0;
      setOver(false);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('dragend', onEnd);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('dragend', onEnd);
    };
  }, []);

  if (!over) return null;
  return (
    <div className="token-drop-overlay" aria-hidden="true">
      <div className="token-drop-card">
        <Icon icon={FileKey} size={36} />
        <span>{t('tokens.add.dropAnywhere')}</span>
      </div>
    </div>
  );
};
