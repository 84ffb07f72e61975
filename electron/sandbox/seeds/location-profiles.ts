import { Location, type LocationKey, type MdmInfo } from '../state/location';

const school = (key: LocationKey, uId: string, name: string) =>
  new Location({
    key,
    uId,
    name,
    countryISO2ACode: 'NL',
    defaultPlatform: 'volumestore',
    websiteURL: 'https://school.apple.com',
  });

/** What another MDM wrote into the Kindcentrum's location before the console came along. */
export const OTHER_MDM_INFO: MdmInfo = {
  id: 'a7c3e9d2-5b1f-4e8a-9c6d-3f2b1a0e9d8c',
  name: 'KindMDM Cloud',
  metadata: 'tenant=kindcentrum-regenboog',
};

/**
 * The three libraries the tokens open: the main location (demo, expired and revoked tokens),
 * the annex (expiring-soon token) and the childcare centre another MDM manages (other-mdm).
 */
export const createLocations = (mainName: string): Map<LocationKey, Location> => {
  const locations = new Map<LocationKey, Location>([
    ['demo', school('demo', '3049025001234567', mainName)],
    [
      'expiringSoon',
      school('expiringSoon', '3049025001234568', 'De Regenboog – Dependance Zonnewijzer'),
    ],
    ['otherMdm', school('otherMdm', '3049025001234569', 'De Regenboog – Kindcentrum')],
  ]);
  locations.get('otherMdm')!.mdmInfo = { ...OTHER_MDM_INFO };
  return locations;
};
