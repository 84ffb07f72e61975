import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../components/field-list';
import { NameList } from '../../components/name-list';
import { TitleList } from '../../components/title-list';
import { titlesForUsers } from '../../db/repositories/assets-repository';
import { clientUserIdsOfUsers, membersOfGroup } from '../../db/repositories/people-repository';
import type { GroupRow, ProductType } from '../../db/types';
import { useServices } from '../../services/console-services';

const useMembers = (group: GroupRow) => {
  const { db } = useServices();
  return useLiveQuery(() => membersOfGroup(db, group.id), [db, group]);
};

export const GroupInfo = ({ group }: { group: GroupRow }) => {
  const { t } = useTranslation();
  const members = useMembers(group);
  return (
    <FieldList
      fields={[
        { label: t('groups.name'), value: group.name },
        { label: t('groups.memberCount'), value: members?.length },
      ]}
    />
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
  const members = useMembers(group);
  return (
    <NameList
      label={t('detail.tabs.members')}
      kind="user"
      items={members?.map((user) => ({ id: user.id, name: user.fullName, detail: user.email }))}
      emptyText={t('groups.noMembers')}
    />
  );
};
