import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { TitleList } from '../../components/title-list';
import { titlesForUsers } from '../../db/repositories/assets-repository';
import { userGroupKind } from '../../db/repositories/directory-groups';
import {
  clientUserIdsOfUsers,
  membersOfGroup,
  type WithMemberCount,
} from '../../db/repositories/people-repository';
import type { GroupRow, ProductType } from '../../db/types';
import { useServices } from '../../services/console-services';
import { GroupNameForm } from '../directory/group-name-form';
import { MembersEditor } from '../directory/members-editor';
import { GroupVppSection } from '../vpp/vpp-section';

/**
 * About: the group's name, then — outside its Save and Revert, with a Save of its own — the
 * VPP Managed Distribution section.
 */
export const GroupInfo = ({ group }: { group: WithMemberCount<GroupRow> }) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const kind = useMemo(() => userGroupKind(db), [db]);
  return (
    <>
      <GroupNameForm
        key={group.id}
        kind={kind}
        group={group}
        countText={t('groups.members', { count: group.memberCount })}
      />
      <GroupVppSection group={group} />
    </>
  );
};

export const GroupTitles = ({
  group,
  productType,
}: {
  group: GroupRow;
  productType: ProductType;
}) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const titles = useLiveQuery(async () => {
    const members = await membersOfGroup(db, group.id);
    const ids = await clientUserIdsOfUsers(
      db,
      members.map((member) => member.id),
    );
    return titlesForUsers(db, ids, productType);
  }, [db, group, productType]);
  const isApp = productType === 'App';
  return (
    <TitleList
      label={isApp ? t('detail.tabs.apps') : t('detail.tabs.books')}
      titles={titles}
      emptyText={isApp ? t('groups.noApps') : t('groups.noBooks')}
      holdersText={(count) => t('groups.membersWithIt', { count })}
    />
  );
};

export const GroupMembers = ({ group }: { group: GroupRow }) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const kind = useMemo(() => userGroupKind(db), [db]);
  return (
    <MembersEditor
      key={group.id}
      kind={kind}
      groupId={group.id}
      memberKind="user"
      listTitle={t('sidebar.users')}
      primaryText={(user) => user.fullName}
      secondaryText={(user) => user.email ?? user.shortName}
      strings="directory.members.users"
    />
  );
};
