import { emailLocalPart, randomName } from './dutch-names';
import { PRODUCT_IDS, productById } from './regenboog-catalogue';
import type { LocationSeeder } from './location-seeder';
import type { Prng } from './prng';

/** The annex (expiring-soon token): 12 pupils, 10 iPads, three apps and a book. */
export const seedZonnewijzer = (seeder: LocationSeeder, random: Prng): void => {
  const pages = seeder.asset(productById(PRODUCT_IDS.pages), 30);
  const keynote = seeder.asset(productById(PRODUCT_IDS.keynote), 30);
  const rekenroute = seeder.asset(productById(PRODUCT_IDS.rekenroute), 20);
  seeder.asset(productById(PRODUCT_IDS.noordzee), 10);
  const taken = new Set<string>();
  for (let i = 0; i < 12; i++) {
    const email = `${emailLocalPart(randomName(random), taken)}@leerling.obsderegenboog.example`;
    const user = seeder.user(seeder.uuid(), { email, ...(i < 8 ? { appleAccount: email } : {}) });
    if (i < 8) seeder.assign(rekenroute, { clientUserId: user.clientUserId });
  }
  for (let i = 0; i < 10; i++) {
    const iPad = { serialNumber: seeder.serialNumber() };
    seeder.assign(pages, iPad);
    seeder.assign(keynote, iPad);
  }
};

/** The childcare centre (other-mdm token): 20 iPads another MDM assigned apps to. No users. */
export const seedKindcentrum = (seeder: LocationSeeder): void => {
  const pages = seeder.asset(productById(PRODUCT_IDS.pages), 20);
  const garageBand = seeder.asset(productById(PRODUCT_IDS.garageBand), 20);
  seeder.asset(productById(PRODUCT_IDS.clips), 20);
  for (let i = 0; i < 20; i++) {
    const iPad = { serialNumber: seeder.serialNumber() };
    seeder.assign(pages, iPad);
    seeder.assign(garageBand, iPad);
  }
};
