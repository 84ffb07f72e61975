import type { CatalogueEntry } from '../metadata/content-catalogue';

/**
 * The demo school's products. Apple's own free apps use their real App Store ids (the real
 * metadata lookup can name them); the Dutch educational apps and books are fictitious.
 */
export const PRODUCT_IDS = {
  pages: '361309726',
  keynote: '361285480',
  numbers: '361304891',
  garageBand: '408709785',
  iMovie: '377298193',
  clips: '1212699939',
  swiftPlaygrounds: '908519492',
  rekenroute: '1499610001',
  taalzee: '1499610002',
  topografie: '1499610003',
  leesladder: '1499610004',
  codekids: '1499610005',
  oudeMolen: '1499620001',
  atlas: '1499620002',
  noordzee: '1499620003',
  rekenenMetRaaf: '1499620004',
} as const;

const app = (
  adamId: string,
  name: string,
  developer: string,
  options: { mac?: boolean; userOnly?: boolean; bundleId?: string } = {},
): CatalogueEntry => ({
  adamId,
  name,
  kind: 'app',
  developer,
  ...(options.bundleId ? { bundleId: options.bundleId } : {}),
  platforms: options.mac ? ['iOS', 'macOS'] : ['iOS'],
  ...(options.userOnly ? { userOnly: true } : {}),
});

const book = (adamId: string, name: string, developer: string): CatalogueEntry => ({
  adamId,
  name,
  kind: 'book',
  developer,
  platforms: ['iOS', 'macOS'],
});

export const REGENBOOG_CATALOGUE: readonly CatalogueEntry[] = [
  app(PRODUCT_IDS.pages, 'Pages', 'Apple', { mac: true, bundleId: 'com.apple.Pages' }),
  app(PRODUCT_IDS.keynote, 'Keynote', 'Apple', { mac: true, bundleId: 'com.apple.Keynote' }),
  app(PRODUCT_IDS.numbers, 'Numbers', 'Apple', { mac: true, bundleId: 'com.apple.Numbers' }),
  app(PRODUCT_IDS.garageBand, 'GarageBand', 'Apple', {
    mac: true,
    bundleId: 'com.apple.mobilegarageband',
  }),
  app(PRODUCT_IDS.iMovie, 'iMovie', 'Apple', { mac: true, bundleId: 'com.apple.iMovie' }),
  app(PRODUCT_IDS.clips, 'Clips', 'Apple', { bundleId: 'com.apple.clips' }),
  app(PRODUCT_IDS.swiftPlaygrounds, 'Swift Playgrounds', 'Apple', {
    mac: true,
    bundleId: 'com.apple.Playgrounds',
  }),
  app(PRODUCT_IDS.rekenroute, 'Rekenroute', 'Leerlab Educatief B.V.'),
  app(PRODUCT_IDS.taalzee, 'Taalzee Spelling', 'Leerlab Educatief B.V.'),
  app(PRODUCT_IDS.topografie, 'Topografie Nederland', 'Kaartwerk Uitgevers', { userOnly: true }),
  app(PRODUCT_IDS.leesladder, 'Leesladder', 'Boekenwurm Media', { userOnly: true }),
  app(PRODUCT_IDS.codekids, 'Codekids Junior', 'Codekids Foundation', { mac: true }),
  book(PRODUCT_IDS.oudeMolen, 'Het Geheim van de Oude Molen', 'Uitgeverij Windkracht'),
  book(PRODUCT_IDS.atlas, 'Atlas van Nederland voor Kinderen', 'Kaartwerk Uitgevers'),
  book(PRODUCT_IDS.noordzee, 'Dieren van de Noordzee', 'Uitgeverij Zeester'),
  book(PRODUCT_IDS.rekenenMetRaaf, 'Rekenen met Raaf – Werkboek groep 8', 'Leerlab Educatief B.V.'),
];

export const productById = (adamId: string): CatalogueEntry => {
  const product = REGENBOOG_CATALOGUE.find((entry) => entry.adamId === adamId);
  if (!product) throw new Error(`No demo product ${adamId}.`);
  return product;
};
