import {
  AppWindow,
  BookOpen,
  KeyRound,
  Layers,
  Mail,
  MailCheck,
  TabletSmartphone,
  User,
  Users,
  type LucideIcon,
} from 'lucide-react';

/** The kinds of thing the console lists; each has one icon wherever it appears. */
export type EntityKind =
  'device' | 'deviceGroup' | 'user' | 'group' | 'app' | 'book' | 'token' | 'message' | 'invitation';

export const entityIcons: Record<EntityKind, LucideIcon> = {
  device: TabletSmartphone,
  deviceGroup: Layers,
  user: User,
  group: Users,
  app: AppWindow,
  book: BookOpen,
  token: KeyRound,
  message: Mail,
  invitation: MailCheck,
};
