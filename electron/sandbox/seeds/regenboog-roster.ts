import { emailLocalPart, randomName } from './dutch-names';
import { Prng } from './prng';

export const REGENBOOG_GROUPS = [
  'Groep 1/2A',
  'Groep 1/2B',
  'Groep 3',
  'Groep 4',
  'Groep 5',
  'Groep 6',
  'Groep 7',
  'Groep 8',
] as const;
export type RegenboogGroup = (typeof REGENBOOG_GROUPS)[number] | 'Team';

export const PUPILS_PER_GROUP = 30;
export const STAFF_COUNT = 30;

export interface RosterPerson {
  /** The clientUserId the demo seed registers this person with (a GUID, as Apple advises). */
  clientUserId: string;
  firstName: string;
  lastName: string;
  email: string;
  role: 'pupil' | 'staff';
  group: RegenboogGroup;
}

/**
 * Everyone at OBS De Regenboog: 240 pupils in eight groups of 30, then 30 staff. Always the
 * same people, so the console's demo directory and the sandbox can agree on clientUserIds.
 */
export const regenboogRoster = (): RosterPerson[] => {
  const random = new Prng('regenboog-roster');
  const taken = new Set<string>();
  const people: RosterPerson[] = [];
  for (const group of REGENBOOG_GROUPS) {
    for (let i = 0; i < PUPILS_PER_GROUP; i++) {
      const name = randomName(random);
      const local = emailLocalPart(name, taken);
      people.push({
        clientUserId: random.uuid(),
        ...name,
        email: `${local}@leerling.obsderegenboog.example`,
        role: 'pupil',
        group,
      });
    }
  }
  for (let i = 0; i < STAFF_COUNT; i++) {
    const name = randomName(random);
    const local = emailLocalPart(name, taken);
    people.push({
      clientUserId: random.uuid(),
      ...name,
      email: `${local}@obsderegenboog.example`,
      role: 'staff',
      group: 'Team',
    });
  }
  return people;
};
