import { PRODUCT_IDS, productById } from './regenboog-catalogue';
import { regenboogRoster, type RosterPerson } from './regenboog-roster';
import type { AssetRecord } from '../state/asset-store';
import type { UserRecord } from '../state/user-store';
import type { LocationSeeder } from './location-seeder';

/** VPP users in groups 5–8: the first 24 of each class accepted the invitation, 6 did not. */
const ASSOCIATED_PER_GROUP = 24;

/**
 * OBS De Regenboog's main location (documented in CONFORMANCE.md, "Seeds"): 30 staff and the
 * 120 pupils of groups 5–8 are VPP users; groups 1–4 work on 60 shared iPads with device
 * licences. Leesladder is the scarce app: 12 free licences, fewer than a class.
 */
export const seedRegenboog = (seeder: LocationSeeder): void => {
  const roster = regenboogRoster();
  const own = (id: string, total: number, pricingParam: 'STDQ' | 'PLUS' = 'STDQ') =>
    seeder.asset(productById(id), total, pricingParam);
  const owned = {
    pages: own(PRODUCT_IDS.pages, 200),
    keynote: own(PRODUCT_IDS.keynote, 200),
    numbers: own(PRODUCT_IDS.numbers, 100),
    garageBand: own(PRODUCT_IDS.garageBand, 100),
    iMovie: own(PRODUCT_IDS.iMovie, 100),
    clips: own(PRODUCT_IDS.clips, 60),
    swiftPlaygrounds: own(PRODUCT_IDS.swiftPlaygrounds, 40),
    rekenroute: own(PRODUCT_IDS.rekenroute, 150),
    taalzee: own(PRODUCT_IDS.taalzee, 150),
    topografie: own(PRODUCT_IDS.topografie, 60),
    leesladder: own(PRODUCT_IDS.leesladder, 35),
    codekids: own(PRODUCT_IDS.codekids, 30),
    oudeMolen: own(PRODUCT_IDS.oudeMolen, 40),
    atlas: own(PRODUCT_IDS.atlas, 30),
    noordzee: own(PRODUCT_IDS.noordzee, 25),
    rekenenMetRaaf: own(PRODUCT_IDS.rekenenMetRaaf, 30, 'PLUS'),
  };
  const give = (asset: AssetRecord, users: readonly UserRecord[]) => {
    for (const user of users) seeder.assign(asset, { clientUserId: user.clientUserId });
  };

  // A pupil of groep 6 who left last year and came back: one Retired row, one active row.
  const returning = roster.find((person) => person.group === 'Groep 6')!;
  seeder.retire(
    seeder.user(returning.clientUserId, { email: returning.email, appleAccount: returning.email }),
  );

  const register = (people: readonly RosterPerson[], associated: number) =>
    people.map((person, index) =>
      seeder.user(person.clientUserId, {
        email: person.email,
        ...(index < associated ? { appleAccount: person.email } : {}),
      }),
    );
  const staff = register(
    roster.filter((person) => person.role === 'staff'),
    26,
  );
  const group = (name: string) =>
    register(
      roster.filter((person) => person.group === name),
      ASSOCIATED_PER_GROUP,
    );
  const [groep5, groep6, groep7, groep8] = ['Groep 5', 'Groep 6', 'Groep 7', 'Groep 8'].map(group);
  const associated = (users: UserRecord[]) => users.filter((user) => user.status === 'Associated');

  const iPads = Array.from({ length: 60 }, () => ({ serialNumber: seeder.serialNumber() }));
  for (const asset of [owned.pages, owned.keynote, owned.garageBand, owned.clips])
    for (const iPad of iPads) seeder.assign(asset, iPad);

  give(owned.pages, associated(staff));
  give(owned.keynote, associated(staff));
  give(owned.numbers, associated(staff));
  give(owned.atlas, associated(staff).slice(0, 10));
  give(owned.iMovie, associated([...groep7, ...groep8]));
  give(owned.swiftPlaygrounds, associated(groep8));
  give(owned.rekenroute, associated([...groep5, ...groep6, ...groep7, ...groep8]));
  give(owned.taalzee, [...groep5, ...groep6, ...groep7, ...groep8]);
  give(owned.topografie, associated([...groep7, ...groep8]));
  give(owned.leesladder, associated(groep5).slice(0, 23));
  give(owned.oudeMolen, associated(groep6));
  give(owned.rekenenMetRaaf, associated(groep8));

  // Five pupils who left: retired; two keep their (irrevocable) book as retired licences.
  for (let i = 0; i < 5; i++) {
    const former = seeder.user(seeder.uuid(), {
      email: `oud-leerling${i + 1}@leerling.obsderegenboog.example`,
      appleAccount: `oud-leerling${i + 1}@icloud.example`,
    });
    if (i < 2) seeder.assign(owned.oudeMolen, { clientUserId: former.clientUserId });
    seeder.retire(former);
  }
};
