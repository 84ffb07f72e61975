import type { ComponentType } from 'react';
import { AppsView } from '../apps/assets-view';
import { BooksView } from '../books/books-view';
import { DeviceGroupsView } from '../device-groups/device-groups-view';
import { DevicesView } from '../devices/devices-view';
import { GroupsView } from '../groups/groups-view';
import { InvitationsView } from '../invitations/invitations-view';
import { OutboxView } from '../outbox/outbox-view';
import { LicenseReportView } from '../report/license-report-view';
import { SettingsView } from '../settings/settings-view';
import type { SectionId } from '../sidebar/sections';
import { ActiveTasksView } from '../tasks/active-tasks-view';
import { CompletedTasksView } from '../tasks/completed-tasks-view';
import { TokensView } from '../tokens/tokens-view';
import { UsersView } from '../users/users-view';

const views: Record<SectionId, ComponentType> = {
  devices: DevicesView,
  'device-groups': DeviceGroupsView,
  users: UsersView,
  groups: GroupsView,
  apps: AppsView,
  books: BooksView,
  tokens: TokensView,
  invitations: InvitationsView,
  'license-report': LicenseReportView,
  'active-tasks': ActiveTasksView,
  'completed-tasks': CompletedTasksView,
  outbox: OutboxView,
  settings: SettingsView,
};

export const SectionView = ({ section }: { section: SectionId }) => {
  const View = views[section];
  return <View />;
};
