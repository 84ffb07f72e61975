import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../components/field-list';
import { FormRow, FormSection } from '../../components/form';
import { updateDevice, type DeviceFields } from '../../db/repositories/directory-devices';
import type { DevicePlatform, DeviceRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { serialKey } from '../import/field-checks';
import { MembershipField } from '../directory/membership-field';
import { TextField } from '../directory/text-field';
import { useFocusWhenCreated } from '../directory/use-focus-when-created';
import { useRecordForm } from '../directory/use-record-form';
import { deviceProblems, sameIds, sameText } from '../directory/validation';
import { RecordFormButtons } from '../directory/record-form-buttons';
import { UserChoiceField } from './user-choice-field';

const PLATFORMS: DevicePlatform[] = ['iOS', 'iPadOS', 'macOS'];

const fieldsOf = (device: DeviceRow): DeviceFields => ({
  name: device.name,
  serialNumber: device.serialNumber,
  model: device.model,
  platform: device.platform,
  userId: device.userId,
  deviceGroupIds: device.deviceGroupIds,
});

const sameDevice = (a: DeviceFields, b: DeviceFields) =>
  sameText(a.name, b.name) &&
  serialKey(a.serialNumber ?? '') === serialKey(b.serialNumber ?? '') &&
  sameText(a.model, b.model) &&
  a.platform === b.platform &&
  a.userId === b.userId &&
  sameIds(a.deviceGroupIds, b.deviceGroupIds);

/** The device's Info tab as a form, then what only the device itself reports. */
export const DeviceForm = ({ device }: { device: DeviceRow }) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const platformId = useId();
  const nameRef = useFocusWhenCreated(device.id);
  const form = useRecordForm({
    saved: fieldsOf(device),
    same: sameDevice,
    problemsOf: deviceProblems,
    save: (draft) => updateDevice(db, device.id, draft),
  });
  const { draft, errors, edit } = form;

  return (
    <>
      <FormSection>
        <TextField
          label={t('directory.device.name')}
          value={draft.name}
          onChange={(name) => edit({ name })}
          error={errors.name}
          inputRef={nameRef}
        />
        <TextField
          label={t('directory.device.serialNumber')}
          value={draft.serialNumber ?? ''}
          onChange={(serialNumber) => edit({ serialNumber })}
          error={errors.serialNumber}
        />
        <TextField
          label={t('directory.device.model')}
          value={draft.model ?? ''}
          placeholder={t('directory.device.modelPlaceholder')}
          onChange={(model) => edit({ model })}
        />
        <FormRow label={t('directory.device.platform')} htmlFor={platformId}>
          <select
            id={platformId}
            value={draft.platform ?? ''}
            onChange={(event) =>
              edit({ platform: PLATFORMS.find((platform) => platform === event.target.value) })
            }
          >
            <option value="">{t('directory.device.platformUnknown')}</option>
            {PLATFORMS.map((platform) => (
              <option key={platform} value={platform}>
                {platform}
              </option>
            ))}
          </select>
        </FormRow>
        <UserChoiceField userId={draft.userId} onChange={(userId) => edit({ userId })} />
        <MembershipField
          table="deviceGroups"
          ids={draft.deviceGroupIds}
          onChange={(deviceGroupIds) => edit({ deviceGroupIds })}
        />
      </FormSection>
      <RecordFormButtons form={form} />
      <FormSection title={t('directory.device.reported')}>
        <FieldList
          fields={[
            { label: t('devices.osVersion'), value: device.osVersion },
            {
              label: t('devices.placeholder'),
              value: device.placeholder ? t('devices.placeholderYes') : t('devices.placeholderNo'),
            },
          ]}
        />
      </FormSection>
    </>
  );
};
