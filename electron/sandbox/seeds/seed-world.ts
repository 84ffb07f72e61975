import { ContentCatalogue } from '../metadata/content-catalogue';
import { seedRegenboog } from './demo-seed';
import { seedLarge } from './large-seed';
import { createLocations } from './location-profiles';
import { LocationSeeder } from './location-seeder';
import { Prng } from './prng';
import { REGENBOOG_CATALOGUE } from './regenboog-catalogue';
import { seedKindcentrum, seedZonnewijzer } from './satellite-seeds';
import type { Location, LocationKey } from '../state/location';
import type { SeedName } from '../sandbox-world';

export interface SeededWorld {
  orgName: string;
  locations: Map<LocationKey, Location>;
  catalogue: ContentCatalogue;
}

/**
 * The starting state of a seed. `demo`: OBS De Regenboog. `large`: the same token layout with a
 * 50,000-user main location. `empty`: three empty libraries (the other MDM's mdmInfo still
 * set); the store still sells the demo products, so purchases work.
 */
export const seedWorld = (seed: SeedName, now: Date): SeededWorld => {
  const catalogue = new ContentCatalogue();
  for (const product of REGENBOOG_CATALOGUE) catalogue.add(product);
  const large = seed === 'large';
  const locations = createLocations(
    large ? 'Scholengroep De Regenboog – Alle scholen' : 'De Regenboog – Hoofdgebouw',
  );
  const random = new Prng(`vpp-sandbox-${seed}`);
  const seederFor = (key: LocationKey) =>
    new LocationSeeder(locations.get(key)!, catalogue, random, now);
  if (seed !== 'empty') {
    const main = seederFor('demo');
    main.location.mutate(() => (large ? seedLarge(main, random) : seedRegenboog(main)));
    const annex = seederFor('expiringSoon');
    annex.location.mutate(() => seedZonnewijzer(annex, random));
    const centre = seederFor('otherMdm');
    centre.location.mutate(() => seedKindcentrum(centre));
  }
  return {
    orgName: large ? 'Scholengroep De Regenboog' : 'OBS De Regenboog',
    locations,
    catalogue,
  };
};
