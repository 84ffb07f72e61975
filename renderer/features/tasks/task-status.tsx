import {
  CircleCheck,
  CirclePause,
  CircleSlash,
  CircleX,
  Clock,
  LoaderCircle,
  type LucideIcon,
} from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../../shared/domain/tasks';
import { StatusBadge, type StatusTone } from '../../components/status-badge';

const looks: Record<TaskStatus, { tone: StatusTone; icon: LucideIcon; spinning?: boolean }> = {
  queued: { tone: 'neutral', icon: Clock },
  running: { tone: 'progress', icon: LoaderCircle, spinning: true },
  cancelling: { tone: 'neutral', icon: LoaderCircle, spinning: true },
  succeeded: { tone: 'success', icon: CircleCheck },
  failed: { tone: 'failure', icon: CircleX },
  // Not failures: the admin chose to stop, or the console closed. Neutral, not red.
  cancelled: { tone: 'neutral', icon: CircleSlash },
  interrupted: { tone: 'neutral', icon: CirclePause },
};

export const TaskStatusBadge = ({ status }: { status: TaskStatus }) => {
  const { t } = useTranslation();
  const look = looks[status];
  return (
    <StatusBadge
      tone={look.tone}
      icon={look.icon}
      spinning={look.spinning}
      text={t(`tasks.status.${status}`)}
    />
  );
};
