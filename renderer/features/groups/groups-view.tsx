import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { EntityBrowser } from '../../components/entity-browser';
import { namedRowKeys } from '../../db/repositories/named-rows';
import { groupsWithMemberCounts } from '../../db/repositories/people-repository';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { useNotYet } from '../shell/not-yet';
import { GroupInfo, GroupMembers, GroupTitles } from './group-detail';

export const GroupsView = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const { search } = useSectionState('groups');
  const notYet = useNotYet('groups');
  const keys = useLiveQuery(() => namedRowKeys(db.groups, search), [db, search]);
  return (
    <EntityBrowser
      section="groups"
      kind="group"
      keys={keys}
      rowsOf={(ids) => groupsWithMemberCounts(db, ids)}
      primaryText={(group) => group.name}
      trailingText={(group) => String(group.memberCount)}
      empty={{ title: t('groups.empty'), message: t('groups.emptyHint') }}
      detailTitle={(group) => group.name}
      detailSubtitle={(group) => t('groups.members', { count: group.memberCount })}
      actions={(selected) => ({
        add: notYet.add,
        remove: notYet.remove(selected !== undefined),
      })}
      exportColumns={[
        { header: t('groups.name'), value: (group) => group.name },
        { header: t('groups.memberCount'), value: (group) => group.memberCount },
      ]}
      tabs={(group) => [
        { id: 'info', label: t('detail.tabs.info'), render: () => <GroupInfo group={group} /> },
        {
          id: 'apps',
          label: t('detail.tabs.apps'),
          render: () => <GroupTitles group={group} productType="App" />,
        },
        {
          id: 'books',
          label: t('detail.tabs.books'),
          render: () => <GroupTitles group={group} productType="Book" />,
        },
        {
          id: 'members',
          label: t('detail.tabs.members'),
          render: () => <GroupMembers group={group} />,
        },
      ]}
    />
  );
};
