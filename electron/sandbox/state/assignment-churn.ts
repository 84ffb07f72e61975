import { availableCount, type AssetRecord } from './asset-store';
import { assignLicence, releaseLicence } from './licence-operations';
import type { AssignmentRecord } from './assignment-store';
import type { Location } from './location';
import type { Prng } from '../seeds/prng';

export interface ChurnOutcome {
  /** Assignments taken away: a delta does not list them (only a full sync sees they are gone). */
  disassociated: number;
  /** New assignments to other users: each is one record in a delta. */
  associated: number;
  /** Of the associations, those that gave the same title to someone else. */
  reassigned: number;
}

/** Tries before giving up on finding a user who doesn't hold a title yet (they nearly all don't). */
const USER_ATTEMPTS = 50;

/**
 * A term's worth of ordinary use on `fraction` of a location's assignments: each picked
 * licence is disassociated from its user or device, and a licence goes to another active user
 * instead — every other time the same title (a reassignment), otherwise a title that has
 * licences free. The number of assignments stays the same, so a delta lists about
 * `fraction × assignments` records. Licences kept by retired users are left alone.
 * Call inside `location.mutate`, so the whole churn is one new versionId.
 */
export const churnAssignments = (
  location: Location,
  fraction: number,
  random: Prng,
): ChurnOutcome => {
  const candidates = location.assignments.all().filter((record) => !record.heldByRetiredUser);
  const users = location.users
    .all()
    .filter((user) => user.status !== 'Retired')
    .map((user) => user.clientUserId);
  const outcome: ChurnOutcome = { disassociated: 0, associated: 0, reassigned: 0 };
  if (users.length === 0) return outcome;
  const picked = pickDistinct(candidates, Math.round(fraction * candidates.length), random);
  const withFreeLicences = location.assets.all().filter((asset) => availableCount(asset) > 0);

  picked.forEach((record, index) => {
    const asset = location.assets.get(record.adamId, record.pricingParam);
    if (!asset || !releaseLicence(location, asset, holderOf(record))) return;
    outcome.disassociated++;
    const other = index % 2 === 1 ? freeTitle(withFreeLicences, asset, random) : undefined;
    const title = other ?? asset;
    if (giveToAnotherUser(location, title, users, record.clientUserId, random)) {
      outcome.associated++;
      if (title === asset) outcome.reassigned++;
    }
  });
  return outcome;
};

const holderOf = (record: AssignmentRecord) =>
  record.clientUserId !== undefined
    ? { clientUserId: record.clientUserId }
    : { serialNumber: record.serialNumber! };

/** `count` different items, in random order (a partial Fisher–Yates shuffle of a copy). */
const pickDistinct = <T>(items: readonly T[], count: number, random: Prng): T[] => {
  const pool = [...items];
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = random.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
};

/** Another title with a licence free right now, if there is one. */
const freeTitle = (
  titles: readonly AssetRecord[],
  not: AssetRecord,
  random: Prng,
): AssetRecord | undefined => {
  for (let attempt = 0; attempt < USER_ATTEMPTS && titles.length > 0; attempt++) {
    const title = random.pick(titles);
    if (title !== not && availableCount(title) > 0) return title;
  }
  return undefined;
};

const giveToAnotherUser = (
  location: Location,
  title: AssetRecord,
  users: readonly string[],
  previousHolder: string | undefined,
  random: Prng,
): boolean => {
  for (let attempt = 0; attempt < USER_ATTEMPTS; attempt++) {
    const clientUserId = random.pick(users);
    if (clientUserId === previousHolder) continue;
    if (assignLicence(location, title, { clientUserId }) === 'assigned') return true;
  }
  return false;
};
