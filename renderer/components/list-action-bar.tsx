import { Minus, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Action } from './action';
import { ActionMenu, type MenuItem } from './action-menu';
import { CommandButton } from './command-button';

/**
 * The bar at the bottom of a list pane, as in Profile Manager: + (Add), − (Delete) and the
 * Action menu, with the list's count on the right.
 */
export const ListActionBar = ({
  add,
  remove,
  menu,
  summary,
}: {
  add: Action;
  remove: Action;
  menu?: MenuItem[];
  summary?: string;
}) => {
  const { t } = useTranslation();
  return (
    <div className="list-action-bar">
      <CommandButton label={t('list.add')} icon={Plus} action={add} className="bar-button" />
      <CommandButton label={t('list.remove')} icon={Minus} action={remove} className="bar-button" />
      {menu && menu.length > 0 && <ActionMenu label={t('list.actionMenu')} items={menu} />}
      {summary && <span className="list-summary">{summary}</span>}
    </div>
  );
};
