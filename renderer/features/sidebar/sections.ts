/** The sidebar's sections, in Profile Manager's order; ids double as `data-section` values. */
export const SECTION_IDS = [
  'devices',
  'device-groups',
  'users',
  'groups',
  'apps',
  'books',
  'tokens',
  'invitations',
  'license-report',
  'active-tasks',
  'completed-tasks',
  'outbox',
  'settings',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

export type SectionLabelKey =
  | 'sidebar.devices'
  | 'sidebar.deviceGroups'
  | 'sidebar.users'
  | 'sidebar.groups'
  | 'sidebar.apps'
  | 'sidebar.books'
  | 'sidebar.tokens'
  | 'invitations.title'
  | 'report.title'
  | 'sidebar.activeTasks'
  | 'sidebar.completedTasks'
  | 'mail.outbox.title'
  | 'sidebar.settings';

export const sectionLabelKeys: Record<SectionId, SectionLabelKey> = {
  devices: 'sidebar.devices',
  'device-groups': 'sidebar.deviceGroups',
  users: 'sidebar.users',
  groups: 'sidebar.groups',
  apps: 'sidebar.apps',
  books: 'sidebar.books',
  tokens: 'sidebar.tokens',
  invitations: 'invitations.title',
  'license-report': 'report.title',
  'active-tasks': 'sidebar.activeTasks',
  'completed-tasks': 'sidebar.completedTasks',
  outbox: 'mail.outbox.title',
  settings: 'sidebar.settings',
};

export interface SidebarGroup {
  /** Heading shown above the group; Settings stands on its own at the bottom. */
  headingKey: 'sidebar.library' | 'sidebar.vpp' | 'sidebar.activity' | null;
  sections: SectionId[];
}

export const sidebarGroups: SidebarGroup[] = [
  {
    headingKey: 'sidebar.library',
    sections: ['devices', 'device-groups', 'users', 'groups', 'apps', 'books'],
  },
  { headingKey: 'sidebar.vpp', sections: ['tokens', 'invitations', 'license-report'] },
  { headingKey: 'sidebar.activity', sections: ['active-tasks', 'completed-tasks', 'outbox'] },
  { headingKey: null, sections: ['settings'] },
];

/** Sections in the order the arrow keys walk them. */
export const sidebarOrder: SectionId[] = sidebarGroups.flatMap((group) => group.sections);
