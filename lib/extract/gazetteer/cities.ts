/**
 * Cities of the world (city-timezones, trimmed and keyed at install by scripts/build-cities.ts) and the French and
 * Spanish names that postings give them, so that a duty station named by its city alone names its
 * country: "Lieu d'affectation : Ouagadougou", "Lugar de destino: Tegucigalpa".
 */
import generated from './city-keys.generated.json';
import { remembered } from '../../text';
import { firstNotBefore, keyOf, type CityTable } from './city-keys';

export interface City {
  name: string;
  country: string;
}

// Duty stations the package lacks (camps, small towns the field knows well) and exonyms.
const EXTRA_CITIES: Array<[string, string]> = [
  ["Cox's Bazar", 'BD'], ['Cox Bazar', 'BD'], ['Kakuma', 'KE'], ['Dadaab', 'KE'], ['Bossaso', 'SO'], ['Garowe', 'SO'], ['Baidoa', 'SO'],
  ['Tombouctou', 'ML'], ['Ndjamena', 'TD'], ["N'Djamena", 'TD'], ['Genève', 'CH'], ['Ginebra', 'CH'], ['Le Caire', 'EG'], ['El Cairo', 'EG'],
  ['Alger', 'DZ'], ['Argel', 'DZ'], ['Beyrouth', 'LB'], ['Beirut', 'LB'], ['Bagdad', 'IQ'], ['Addis-Abeba', 'ET'], ['Addis Abeba', 'ET'],
  ['Bruxelles', 'BE'], ['Bruselas', 'BE'], ['Vienne', 'AT'], ['Viena', 'AT'], ['Londres', 'GB'], ['Nueva York', 'US'], ['La Haye', 'NL'],
  ['La Haya', 'NL'], ['Copenhague', 'DK'], ['Ciudad de México', 'MX'], ['Ciudad de Guatemala', 'GT'], ['Ciudad de Panamá', 'PA'],
  ['Puerto Príncipe', 'HT'], ['Tananarive', 'MG'], ['Mogadiscio', 'SO'], ['Kaboul', 'AF'], ['Damas', 'SY'], ['Sanaa', 'YE'], ["Sana'a", 'YE'],
  ['Dacca', 'BD'], ['Katmandou', 'NP'], ['Rangoun', 'MM'], ['Jérusalem', 'IL'], ['Jerusalén', 'IL'], ['Pékin', 'CN'], ['Moscou', 'RU'],
  ['Varsovie', 'PL'], ['Le Cap', 'ZA'], ['Tegucigalpa', 'HN'], ['Bogota', 'CO'], ['Bogotá', 'CO'], ['Asunción', 'PY'], ['Yaoundé', 'CM'],
  ['Lomé', 'TG'], ['Washington', 'US'], ['Washington DC', 'US'], ['Washington, D.C.', 'US'], ['Erbil', 'IQ'], ['Goma', 'CD'],
  ['Riyad', 'SA'], ['Riad', 'SA'], ['Djeddah', 'SA'], ['Yeda', 'SA'], ['Koweït', 'KW'], ['Djouba', 'SS'], ['Mascate', 'OM'], ['Téhéran', 'IR'],
  ['Teherán', 'IR'], ['Islamabad', 'PK'], ['Achgabat', 'TM'], ['Tachkent', 'UZ'], ['Douchanbé', 'TJ'], ['Bichkek', 'KG'], ['Hanoï', 'VN'],
  ['Ramallah', 'PS'], ['Gaza City', 'PS'], ['Port-Louis', 'MU'], ['Saint-Louis', 'SN'], ['Saint Louis', 'SN'],
];

// Names that are ordinary words as often as places: read only where a label or the title gives them.
const COMMON_WORDS = new Set(['of', 'mission', 'police', 'reading', 'nice', 'mobile', 'bath', 'union', 'concord', 'independence', 'victoria', 'progreso', 'liberty', 'trinidad', 'asia', 'florida', 'santa', 'sur', 'este', 'as', 'male', 'man', 'bar', 'san', 'registro', 'tete', 'kaya', 'sale', 'bria', 'bor', 'ho', 'lae', 'apia']);

// Readers look up the same few words many times per page: each text's key is folded once.
const keyOfText = remembered(keyOf);

const TABLE: CityTable = generated;
const KEYS = TABLE.keys.split('\n');
// Split at the first city found: most words looked up are no city.
let names: string[] | null = null;
const EXTRA = new Map(EXTRA_CITIES.map(([name, country]) => [keyOf(name), { name, country }]));
const EXTRA_FIRST_WORDS = new Set(Array.from(EXTRA.keys(), (key) => key.split(' ')[0]!));

export const LONGEST_CITY_WORDS = 4;

function cityOfKey(key: string): City | null {
  const extra = EXTRA.get(key);
  if (extra) return { ...extra };
  const index = firstNotBefore(KEYS, key);
  if (KEYS[index] !== key) return null;
  names ??= TABLE.names.split('\n');
  return { name: names[index]!, country: TABLE.countries.slice(2 * index, 2 * index + 2) };
}

/** False for a word no city's name starts with: a reader scanning a text skips it at once. */
export function mayStartCity(word: string): boolean {
  const first = keyOfText(word).split(' ')[0] ?? '';
  if (first === '') return false;
  if (EXTRA_FIRST_WORDS.has(first) || KEYS[firstNotBefore(KEYS, first)] === first) return true;
  // A key that starts with this word and a space sorts right after that word's own place.
  return KEYS[firstNotBefore(KEYS, `${first} `)]?.startsWith(`${first} `) ?? false;
}

/** The city a text is exactly the name of ("BAMAKO", "Ouagadougou", "Cox's Bazar"). */
export function cityNamed(text: string, options: { allowCommonWords?: boolean } = {}): City | null {
  const key = keyOfText(text);
  if (!options.allowCommonWords && COMMON_WORDS.has(key)) return null;
  return cityOfKey(key);
}
