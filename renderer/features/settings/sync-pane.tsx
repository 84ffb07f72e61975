import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FULL_SYNC_EVERY_MS, SYNC_INTERVAL_CHOICES } from '../../../shared/domain/sync';
import { FormNote, FormRow, FormSection } from '../../components/form';
import { PaneButtons } from './pane-buttons';
import { useSettings } from './settings-context';
import { useSettingsPane } from './use-settings-pane';

const FULL_SYNC_DAYS = Math.round(FULL_SYNC_EVERY_MS / (24 * 60 * 60_000));

/**
 * Sync: how often VPP Console asks Apple what changed for every token (a delta sync). A full
 * sync runs on its own schedule and with Sync Now; the pane says so rather than offering it.
 */
export const SyncPane = () => {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const saved = settings.sync.intervalMinutes;
  const pane = useSettingsPane(saved, (a, b) => a === b);
  const selectId = useId();
  // A value set outside these choices (an older version, a hand-edited file) stays choosable.
  const choices = [...new Set<number>([...SYNC_INTERVAL_CHOICES, saved])].sort((a, b) => a - b);
  const every = (minutes: number) =>
    minutes % 60 === 0
      ? t('settings.sync.everyHours', { count: minutes / 60 })
      : t('settings.sync.everyMinutes', { count: minutes });

  return (
    <>
      <FormSection title={t('settings.sync.heading')} description={t('settings.sync.intro')}>
        <FormRow label={t('settings.sync.interval')} htmlFor={selectId}>
          <select
            id={selectId}
            value={pane.draft}
            onChange={(event) => pane.edit(Number(event.target.value))}
          >
            {choices.map((minutes) => (
              <option key={minutes} value={minutes}>
                {every(minutes)}
              </option>
            ))}
          </select>
        </FormRow>
        <FormNote>
          <p className="form-hint">{t('settings.sync.fullSyncNote', { days: FULL_SYNC_DAYS })}</p>
        </FormNote>
      </FormSection>
      <PaneButtons
        changed={pane.changed}
        saving={pane.saving}
        onRevert={pane.revert}
        onSave={() => void pane.save({ sync: { intervalMinutes: pane.draft } })}
        message={pane.message}
      />
    </>
  );
};
