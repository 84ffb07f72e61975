import type { ReactNode } from 'react';

/**
 * A group of settings or fields, macOS style: a heading, an optional sentence, then rows whose
 * labels are right-aligned in one column and whose controls line up on the left edge of the
 * next.
 */
export const FormSection = ({
  title,
  description,
  children,
}: {
  title?: string;
  description?: string;
  children: ReactNode;
}) => (
  <section className="form-section">
    {title && <h3 className="form-section-title">{title}</h3>}
    {description && <p className="form-description">{description}</p>}
    <div className="form-grid">{children}</div>
  </section>
);

/**
 * One row: its label and its control. `htmlFor` ties the label to a single control; for a group
 * of controls (radio buttons) give `labelId` and label the group with it instead.
 */
export const FormRow = ({
  label,
  htmlFor,
  labelId,
  children,
}: {
  label: string;
  htmlFor?: string;
  labelId?: string;
  children: ReactNode;
}) => (
  <>
    {htmlFor ? (
      <label className="form-label" htmlFor={htmlFor}>
        {label}
      </label>
    ) : (
      <span className="form-label" id={labelId}>
        {label}
      </span>
    )}
    <div className="form-control">{children}</div>
  </>
);

/** A row without a label of its own: a note, a status line or a button under the controls. */
export const FormNote = ({ children }: { children: ReactNode }) => (
  <>
    <span className="form-label" aria-hidden="true" />
    <div className="form-control">{children}</div>
  </>
);

/** Revert / Save (or Cancel / OK) at the bottom right of a pane. */
export const FormButtons = ({ children }: { children: ReactNode }) => (
  <div className="form-buttons">{children}</div>
);
