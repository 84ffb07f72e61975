import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { focusableIn } from './focusable';

export interface SheetProps {
  title: string;
  children: ReactNode;
  /** The default button's label, e.g. "Send" (Apple's sheets name the action). */
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** Set while the confirmed action runs: both buttons wait. */
  busy?: boolean;
  /** A sheet that shows a table (an import's preview): as wide as the window allows. */
  wide?: boolean;
  /** Leaves out Cancel when nothing is left to cancel (a finished import's Done). */
  hideCancel?: boolean;
}

/**
 * A confirmation sheet, shown before anything that writes to Apple or sends mail. It is a modal
 * dialog: the console behind it is inert, Tab stays inside, Escape cancels, and focus returns
 * to where it was when the sheet closes.
 */
export const Sheet = ({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy,
  wide,
  hideCancel,
}: SheetProps) => {
  const { t } = useTranslation();
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const returnFocusTo = document.activeElement as HTMLElement | null;
    const background = document.getElementById('root');
    background?.setAttribute('inert', '');
    confirmRef.current?.focus();
    return () => {
      background?.removeAttribute('inert');
      returnFocusTo?.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusable = focusableIn(dialogRef.current);
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="sheet-backdrop">
      <div
        ref={dialogRef}
        className={wide ? 'sheet wide' : 'sheet'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="sheet-title">
          {title}
        </h2>
        <div className="sheet-body">{children}</div>
        <div className="sheet-buttons">
          {!hideCancel && (
            <button type="button" onClick={onCancel} disabled={busy}>
              {t('sheet.cancel')}
            </button>
          )}
          <button
            ref={confirmRef}
            type="button"
            className="default-button"
            onClick={onConfirm}
            disabled={busy}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
};
