import type { CatalogueEntry } from '../metadata/content-catalogue';
import type { AssetRecord } from '../state/asset-store';
import type { LocationSeeder } from './location-seeder';
import type { Prng } from './prng';

export const LARGE_SEED_SIZE = {
  assets: 2_000,
  books: 200,
  users: 50_000,
  devices: 10_000,
  userAssignments: 180_000,
  deviceAssignments: 20_000,
} as const;

const SUBJECTS = [
  'Rekenen',
  'Spelling',
  'Lezen',
  'Topografie',
  'Geschiedenis',
  'Natuur',
  'Muziek',
  'Tekenen',
  'Programmeren',
  'Engels',
  'Woordenschat',
  'Verkeer',
  'Techniek',
  'Sterrenkunde',
  'Schrijven',
];
const STYLES = [
  'Avontuur',
  'Lab',
  'Junior',
  'Plus',
  'Studio',
  'Quest',
  'Club',
  'Kaart',
  'Tuin',
  'Reis',
];
const DEVELOPERS = [
  'Leerlab Educatief B.V.',
  'Kaartwerk Uitgevers',
  'Boekenwurm Media',
  'Codekids Foundation',
  'Uitgeverij Zeester',
];

const product = (index: number, random: Prng): CatalogueEntry => {
  const book = index >= LARGE_SEED_SIZE.assets - LARGE_SEED_SIZE.books;
  const name = `${SUBJECTS[index % SUBJECTS.length]} ${STYLES[Math.floor(index / SUBJECTS.length) % STYLES.length]} ${index + 1}`;
  return {
    adamId: String(1_600_000_000 + index),
    name: book ? `Leesboek ${name}` : name,
    kind: book ? 'book' : 'app',
    developer: random.pick(DEVELOPERS),
    platforms: book || index % 3 === 0 ? ['iOS', 'macOS'] : ['iOS'],
    ...(!book && index % 10 === 9 ? { userOnly: true } : {}),
  };
};

/**
 * A big school group for benchmarks: 2,000 assets (200 books), 50,000 users (80 % Associated,
 * 17 % Registered, 3 % Retired) and exactly 200,000 assignments (180,000 to active users,
 * 20,000 to 10,000 devices). Licences are bought as needed, then some spare ones added.
 * Spread deterministically (no retries), so it builds in well under a second.
 */
export const seedLarge = (seeder: LocationSeeder, random: Prng): void => {
  const assets: AssetRecord[] = [];
  for (let i = 0; i < LARGE_SEED_SIZE.assets; i++) assets.push(seeder.asset(product(i, random), 0));
  const deviceApps = assets.filter((asset) => asset.deviceAssignable);

  const active: string[] = [];
  for (let i = 0; i < LARGE_SEED_SIZE.users; i++) {
    const bucket = i % 100;
    const email = `leerling${i + 1}@scholengroep-regenboog.example`;
    const user = seeder.user(seeder.uuid(), {
      email,
      ...(bucket >= 20 ? { appleAccount: email } : {}),
    });
    if (bucket < 3) seeder.retire(user);
    else active.push(user.clientUserId);
  }

  // Assignment k of user u is asset (u·37 + k·211) mod 2000: distinct for k < 2000.
  for (let i = 0; i < LARGE_SEED_SIZE.userAssignments; i++) {
    const u = i % active.length;
    const k = Math.floor(i / active.length);
    seeder.assign(assets[(u * 37 + k * 211) % assets.length], { clientUserId: active[u] }, true);
  }
  const serials = Array.from({ length: LARGE_SEED_SIZE.devices }, () => seeder.serialNumber());
  for (let i = 0; i < LARGE_SEED_SIZE.deviceAssignments; i++) {
    const d = i % serials.length;
    const k = Math.floor(i / serials.length);
    const app = deviceApps[(d * 13 + k * 101) % deviceApps.length];
    seeder.assign(app, { serialNumber: serials[d] }, true);
  }
  for (const asset of assets) seeder.location.assets.adjust(asset, { total: random.int(0, 50) });
};
