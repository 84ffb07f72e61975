import { useTranslation } from 'react-i18next';

export interface ListAction {
  onClick?: () => void;
  /** Why the button does nothing right now; shown as its tooltip and read as its description. */
  unavailableReason?: string;
}

/**
 * The +/− bar at the bottom of a list pane. Unavailable buttons stay focusable (aria-disabled,
 * not disabled) so a keyboard or screen-reader user can still learn why they do nothing.
 */
export const ListActionBar = ({
  add,
  remove,
  summary,
}: {
  add: ListAction;
  remove: ListAction;
  summary?: string;
}) => {
  const { t } = useTranslation();
  return (
    <div className="list-action-bar">
      <BarButton label={t('list.add')} symbol="+" action={add} />
      <BarButton label={t('list.remove')} symbol="−" action={remove} />
      {summary && <span className="list-summary">{summary}</span>}
    </div>
  );
};

const BarButton = ({
  label,
  symbol,
  action,
}: {
  label: string;
  symbol: string;
  action: ListAction;
}) => {
  const unavailable = !action.onClick || action.unavailableReason !== undefined;
  return (
    <button
      type="button"
      className="bar-button"
      aria-label={label}
      aria-disabled={unavailable || undefined}
      title={action.unavailableReason ?? label}
      onClick={unavailable ? undefined : action.onClick}
    >
      <span aria-hidden="true">{symbol}</span>
    </button>
  );
};
