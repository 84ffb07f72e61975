import { useTranslation } from 'react-i18next';
import { userGroupKind } from '../../db/repositories/directory-groups';
import { groupsWithMemberCounts } from '../../db/repositories/people-repository';
import { GroupSectionView } from '../directory/group-section-view';
import { GroupInfo, GroupMembers, GroupTitles } from './group-detail';

export const GroupsView = () => {
  const { t } = useTranslation();
  return (
    <GroupSectionView
      section="groups"
      groupKindOf={userGroupKind}
      rowsOf={groupsWithMemberCounts}
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
