import type { i18n as I18n } from 'i18next';
import { APPLE_SERVICE_URL, type AppleServiceMode } from '../../../shared/domain/settings';
import type { TaskParams } from '../../../shared/domain/tasks';
import type { TaskRow } from '../../db/types';

/** Which service a connection check checked, from its own params. */
export interface CheckedService {
  service: AppleServiceMode;
  url?: string;
}

/** The host (and port) of a service address, or the address itself when it is no URL. */
export const hostOf = (url: string | undefined): string | undefined => {
  if (!url) return undefined;
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * The service a check ran against. Checks started before the params named it carried only a
 * label (the saved setting when they started); that label is what they checked.
 */
export const checkedServiceOf = (task: Pick<TaskRow, 'params' | 'target' | 'targetKey'>) => {
  const { service, url } = task.params;
  if (service === 'sandbox' || service === 'apple') return { service } as CheckedService;
  if (service === 'custom' && typeof url === 'string') return { service, url } as CheckedService;
  if (task.targetKey === 'tasks.targets.sandbox') return { service: 'sandbox' } as CheckedService;
  if (task.target === APPLE_SERVICE_URL) return { service: 'apple' } as CheckedService;
  if (task.target) return { service: 'custom', url: task.target } as CheckedService;
  return undefined;
};

export const checkParamsOf = (checked: CheckedService): TaskParams =>
  checked.service === 'custom' && checked.url
    ? { service: 'custom', url: checked.url }
    : { service: checked.service };

/** "Check the built-in sandbox", "Check Apple’s service", "Check the service at 127.0.0.1:4781". */
export const checkTitle = (i18n: I18n, checked: CheckedService | undefined): string => {
  if (!checked) return i18n.t('tasks.kinds.checkService');
  if (checked.service === 'custom')
    return i18n.t('tasks.kinds.checkCustom', { host: hostOf(checked.url) });
  return i18n.t(
    checked.service === 'apple' ? 'tasks.kinds.checkApple' : 'tasks.kinds.checkSandbox',
  );
};

/** Where the checked service is, in words: never the built-in sandbox's random port. */
export const checkTarget = (i18n: I18n, checked: CheckedService | undefined): string =>
  !checked
    ? ''
    : checked.service === 'sandbox'
      ? i18n.t('tasks.targets.thisComputer')
      : (hostOf(checked.service === 'apple' ? APPLE_SERVICE_URL : checked.url) ?? '');

/** The service as the subject of a sentence: "The built-in sandbox answered." */
export const checkSubject = (i18n: I18n, checked: CheckedService | undefined): string => {
  if (!checked) return i18n.t('tasks.subjects.service');
  if (checked.service === 'custom')
    return i18n.t('tasks.subjects.custom', { host: hostOf(checked.url) });
  return i18n.t(checked.service === 'apple' ? 'tasks.subjects.apple' : 'tasks.subjects.sandbox');
};
