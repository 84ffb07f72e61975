import {
  Activity,
  ChartBar,
  ListChecks,
  MailCheck,
  Send,
  Settings,
  type LucideIcon,
} from 'lucide-react';
import { entityIcons } from '../../components/entity-icons';
import type { SectionId } from './sections';

/** Each sidebar section's icon; the Library sections share their items' icons. */
export const sectionIcons: Record<SectionId, LucideIcon> = {
  devices: entityIcons.device,
  'device-groups': entityIcons.deviceGroup,
  users: entityIcons.user,
  groups: entityIcons.group,
  apps: entityIcons.app,
  books: entityIcons.book,
  tokens: entityIcons.token,
  invitations: MailCheck,
  'license-report': ChartBar,
  'active-tasks': Activity,
  'completed-tasks': ListChecks,
  outbox: Send,
  settings: Settings,
};
