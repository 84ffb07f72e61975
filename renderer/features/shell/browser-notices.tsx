import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormNote, FormSection } from '../../components/form';
import { useServices } from '../../services/console-services';

const notifications = (): typeof Notification | undefined =>
  typeof Notification === 'undefined' ? undefined : Notification;

/**
 * `notice:show` (a token about to expire) as a notification in the browser front door, when
 * the admin has allowed this page to show them. The page never asks on load; Settings → General
 * has the button. The desktop app shows notices from main itself, so it does nothing here.
 */
export const useBrowserNotices = () => {
  const { api, appInfo } = useServices();
  const browser = appInfo.frontDoor === 'browser';
  useEffect(() => {
    if (!browser) return;
    return api.on('notice:show', ({ id, title, body }) => {
      const Notice = notifications();
      if (Notice?.permission !== 'granted') return;
      // The same id replaces an earlier notice rather than stacking a second one.
      new Notice(title, { body, tag: id });
    });
  }, [api, browser]);
};

/** Settings → General, in a browser: let this page show notices such as a token's expiry. */
export const NotificationsSetting = () => {
  const { t } = useTranslation();
  const { appInfo } = useServices();
  const [permission, setPermission] = useState(() => notifications()?.permission);
  if (appInfo.frontDoor !== 'browser' || permission === undefined) return null;
  const allow = async () => {
    const Notice = notifications();
    if (Notice) setPermission(await Notice.requestPermission());
  };
  return (
    <FormSection title={t('notices.heading')} description={t('notices.intro')}>
      <FormNote>
        {permission === 'default' ? (
          <button type="button" onClick={() => void allow()}>
            {t('notices.allow')}
          </button>
        ) : (
          <span className="form-hint" role="status">
            {t(permission === 'granted' ? 'notices.allowed' : 'notices.blocked')}
          </span>
        )}
      </FormNote>
    </FormSection>
  );
};
