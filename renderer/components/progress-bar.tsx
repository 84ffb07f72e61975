/**
 * A determinate bar when the amount of work is known, an indeterminate (animated) one when not;
 * screen readers get the same through role=progressbar and aria-valuenow/aria-valuetext.
 */
export const ProgressBar = ({
  label,
  progress,
  valueText,
}: {
  label: string;
  progress: { done: number; total: number } | null;
  valueText?: string;
}) => {
  const percent = progress && progress.total > 0 ? (progress.done / progress.total) * 100 : null;
  return (
    <div
      className={percent === null ? 'progress-bar indeterminate' : 'progress-bar'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={progress?.total ?? undefined}
      aria-valuenow={progress?.done ?? undefined}
      aria-valuetext={progress ? valueText : undefined}
    >
      <div
        className="progress-fill"
        style={percent === null ? undefined : { width: `${percent}%` }}
      />
    </div>
  );
};
