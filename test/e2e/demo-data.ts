import { expect, type Page } from '@playwright/test';
import { indexedValuesOf, type IndexedTable } from '../../renderer/db/indexed-fields';
import type {
  DeviceGroupRow,
  DeviceRow,
  GroupRow,
  TaskRow,
  UserRow,
} from '../../renderer/db/types';
import { sendOneInvitation } from './send-invitation';
import { addDemoTokens, demoInventory } from './demo-tokens';
import { putRows } from './seed-database';

/**
 * A small Dutch primary school, OBS De Regenboog: staff and two classes, their groups, a cart of
 * iPads per class and a few finished connection checks, fixed rows with fixed ids and
 * timestamps. Its content tokens, apps, books and licenses come the real way: added through
 * main and synced from the built-in sandbox (demo-tokens.ts).
 */

/** The demo's "now": Monday 16 March 2026, 10:30 in Amsterdam (09:30 UTC). */
export const DEMO_NOW = Date.UTC(2026, 2, 16, 9, 30);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Rows were created at the start of the school year and last changed a week ago. */
const stamps = { createdAt: Date.UTC(2025, 7, 25, 7, 0), updatedAt: DEMO_NOW - 7 * DAY };

const named = <Row extends object>(table: IndexedTable, row: Row) => ({
  ...row,
  ...indexedValuesOf(table, row),
});

export const GROUP = {
  groep7a: 'group-groep-7a',
  groep8b: 'group-groep-8b',
  leerkrachten: 'group-leerkrachten',
  leerlingenraad: 'group-leerlingenraad',
} as const;

const groups: GroupRow[] = [
  named('groups', { id: GROUP.groep7a, name: 'Groep 7A', ...stamps }),
  named('groups', { id: GROUP.groep8b, name: 'Groep 8B', ...stamps }),
  named('groups', { id: GROUP.leerkrachten, name: 'Leerkrachten', ...stamps }),
  named('groups', { id: GROUP.leerlingenraad, name: 'Leerlingenraad', ...stamps }),
];

const staffMail = (local: string) => `${local}@obsderegenboog.nl`;
const pupilMail = (local: string) => `${local}@leerling.obsderegenboog.nl`;

const user = (
  id: string,
  fullName: string,
  groupIds: string[],
  contact: { email?: string; shortName?: string } = {},
): UserRow =>
  named('users', {
    id,
    fullName,
    shortName: contact.shortName ?? id.replace(/^user-/, ''),
    ...contact,
    groupIds,
    ...stamps,
  });

/**
 * Staff and pupils of groups 7 and 8. Some have an email, a caretaker has only
 * an email, and two pupils who arrived mid-year have neither yet.
 */
const users: UserRow[] = [
  user('user-marieke', 'Marieke de Vries', [GROUP.leerkrachten], {
    email: staffMail('m.devries'),
  }),
  user('user-jeroen', 'Jeroen Bakker', [GROUP.leerkrachten], {
    email: staffMail('j.bakker'),
  }),
  user('user-fatima', 'Fatima El Amrani', [GROUP.leerkrachten], {
    email: staffMail('f.elamrani'),
  }),
  user('user-kees', 'Kees Dijkstra', [], { email: staffMail('k.dijkstra') }),
  user('user-daan', 'Daan Visser', [GROUP.groep7a, GROUP.leerlingenraad], {
    email: pupilMail('daan.visser'),
  }),
  user('user-sanne', 'Sanne Jansen', [GROUP.groep7a], {
    email: pupilMail('sanne.jansen'),
  }),
  user('user-noah', 'Noah van den Berg', [GROUP.groep7a], {
    email: pupilMail('noah.vandenberg'),
  }),
  user('user-zoe', 'Zoë Öztürk', [GROUP.groep7a], {}),
  user('user-julia', 'Julia Hendriks', [GROUP.groep7a]),
  user('user-lotte', 'Lotte Smit', [GROUP.groep8b, GROUP.leerlingenraad], {
    email: pupilMail('lotte.smit'),
  }),
  user('user-ayoub', 'Ayoub Benali', [GROUP.groep8b], {
    email: pupilMail('ayoub.benali'),
  }),
  user('user-emma', 'Emma de Jong', [GROUP.groep8b], {
    email: pupilMail('emma.dejong'),
  }),
  user('user-sem', 'Sem Mulder', [GROUP.groep8b]),
];

export const DEVICE_GROUP = { kar7: 'device-group-kar-7', kar8: 'device-group-kar-8' } as const;

const deviceGroups: DeviceGroupRow[] = [
  named('deviceGroups', { id: DEVICE_GROUP.kar7, name: 'iPad-kar Groep 7', ...stamps }),
  named('deviceGroups', { id: DEVICE_GROUP.kar8, name: 'iPad-kar Groep 8', ...stamps }),
];

const device = (row: Omit<DeviceRow, 'sortKey' | 'searchWords' | 'createdAt' | 'updatedAt'>) =>
  named('devices', { ...row, ...stamps }) as DeviceRow;

/** Two shared iPads per class cart, a teacher's iPad, and the office Mac. */
const devices: DeviceRow[] = [
  device({
    id: 'device-7a-01',
    name: 'iPad 7A-01',
    serialNumber: 'DMPXK1A2B3C4',
    model: 'iPad (9th generation)',
    osVersion: 'iPadOS 18.3.2',
    deviceGroupIds: [DEVICE_GROUP.kar7],
    placeholder: false,
  }),
  device({
    id: 'device-7a-02',
    name: 'iPad 7A-02',
    serialNumber: 'DMPXK1A2B3C5',
    model: 'iPad (9th generation)',
    osVersion: 'iPadOS 18.3.2',
    deviceGroupIds: [DEVICE_GROUP.kar7],
    placeholder: false,
  }),
  device({
    id: 'device-8b-01',
    name: 'iPad 8B-01',
    serialNumber: 'F9FZL2C3D4E5',
    model: 'iPad (10th generation)',
    osVersion: 'iPadOS 18.3.2',
    deviceGroupIds: [DEVICE_GROUP.kar8],
    placeholder: false,
  }),
  device({
    // Added by hand from the delivery note; it has not enrolled yet.
    id: 'device-8b-02',
    name: 'iPad 8B-02',
    serialNumber: 'F9FZL2C3D4E6',
    model: 'iPad (10th generation)',
    deviceGroupIds: [DEVICE_GROUP.kar8],
    placeholder: true,
  }),
  device({
    id: 'device-marieke',
    name: 'iPad van Marieke',
    serialNumber: 'GG7YN3D4E5F6',
    model: 'iPad Air 11-inch (M2)',
    osVersion: 'iPadOS 18.4',
    userId: 'user-marieke',
    deviceGroupIds: [],
    placeholder: false,
  }),
  device({
    id: 'device-mac-administratie',
    name: 'MacBook Air administratie',
    serialNumber: 'C02ZM4E5F6G7',
    model: 'MacBook Air 13-inch (M3)',
    osVersion: 'macOS 15.3.1',
    userId: 'user-kees',
    deviceGroupIds: [],
    placeholder: false,
  }),
];

interface TaskStepRecord {
  key: string;
  at: number;
  params?: Record<string, string | number>;
}
type DemoTask = TaskRow & { steps?: TaskStepRecord[] };

const finishedCheck = (
  task: Pick<TaskRow, 'id' | 'params' | 'status' | 'error' | 'result'> & {
    startedAt: number;
    tookMs: number;
    steps: [key: string, afterMs: number, params?: Record<string, string | number>][];
  },
): DemoTask => ({
  id: task.id,
  kind: 'apple:checkService',
  params: task.params,
  status: task.status,
  progress: task.status === 'succeeded' ? { done: 3, total: 3 } : { done: 1, total: 3 },
  step: null,
  error: task.error,
  result: task.result,
  createdAt: task.startedAt,
  updatedAt: task.startedAt + task.tookMs,
  finishedAt: task.startedAt + task.tookMs,
  steps: task.steps.map(([key, afterMs, params]) => ({
    key,
    at: task.startedAt + afterMs,
    ...(params ? { params } : {}),
  })),
  confirmed: true,
});

const SANDBOX_CUSTOM_URL = 'http://127.0.0.1:4781/mdm/v2';

/** Three connection checks from this morning: newest first in Completed Tasks. */
const tasks: DemoTask[] = [
  finishedCheck({
    id: '6f1d2c3b-4a59-4e68-8b7a-9c0d1e2f3a41',
    params: { service: 'sandbox' },
    status: 'succeeded',
    error: null,
    result: { service: 'sandbox', latencyMs: 38, errorCodes: 112, maxRequestPerSecond: 15 },
    startedAt: DEMO_NOW - 95 * MINUTE,
    tookMs: 412,
    steps: [
      ['tasks.steps.resolving', 0],
      ['tasks.steps.contacting', 260, { service: 'sandbox' }],
      ['tasks.steps.reading', 398],
    ],
  }),
  finishedCheck({
    id: '8a2e3d4c-5b6a-4f79-9c8b-0d1e2f3a4b52',
    params: { service: 'custom', url: SANDBOX_CUSTOM_URL },
    status: 'failed',
    error: {
      code: 'network.unreachable',
      message: 'Could not reach 127.0.0.1:4781 (ECONNREFUSED).',
      params: { url: SANDBOX_CUSTOM_URL },
    },
    result: null,
    startedAt: DEMO_NOW - 62 * MINUTE,
    tookMs: 1_240,
    steps: [
      ['tasks.steps.resolving', 0],
      ['tasks.steps.contacting', 14, { url: SANDBOX_CUSTOM_URL }],
    ],
  }),
  finishedCheck({
    id: '9b3f4e5d-6c7b-4a8a-ad9c-1e2f3a4b5c63',
    params: { service: 'apple' },
    status: 'cancelled',
    error: { code: 'task.cancelled', message: 'The task was canceled.' },
    result: null,
    startedAt: DEMO_NOW - 20 * MINUTE,
    tookMs: 7_850,
    steps: [
      ['tasks.steps.resolving', 0],
      [
        'tasks.steps.contacting',
        31,
        { service: 'apple', url: 'https://vpp.itunes.apple.com/mdm/v2' },
      ],
    ],
  }),
];

/** Every table of the demo school, as `putRows` takes them. */
export const demoSchool = () => ({ groups, users, deviceGroups, devices, tasks });

/** What the demo holds, for tests that check a list shows all of it. */
export const DEMO_COUNTS = {
  users: users.length,
  groups: groups.length,
  devices: devices.length,
  deviceGroups: deviceGroups.length,
  ...demoInventory,
  // The connection checks, the first sync of each token, and the mail of Daan's invitation.
  completedTasks: tasks.length + demoInventory.tokens + 1,
} as const;

/**
 * Writes the demo school into the open console's database and reloads, so the console's live
 * queries read it (they see only writes made through the console's own database).
 */
export const seedDemoSchool = async (page: Page) => {
  await putRows(page, demoSchool());
  await addDemoTokens(page);
  // Daan's invitation: one row in Invitations and one mail in the Outbox.
  await sendOneInvitation(page, {
    userId: 'user-daan',
    fullName: 'Daan Visser',
    email: pupilMail('daan.visser'),
  });
  await page.reload();
  await expect(page.getByRole('navigation').first()).toBeVisible();
};
