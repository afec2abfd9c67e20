/**
 * Country names in French, English and Spanish to ISO 3166-1 alpha-2 codes (i18n-iso-countries),
 * and countries to their IANA time zone (countries-and-timezones).
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import es from 'i18n-iso-countries/langs/es.json';
import ct from 'countries-and-timezones';
import { fold, remembered } from '../text';

countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(es);

/** Spellings the library does not list but postings use. */
const EXTRA_NAMES: Record<string, string> = {
  'ivory coast': 'CI',
  'cote d\'ivoire': 'CI',
  'rdc': 'CD',
  'rca': 'CF',
  'democratic republic of congo': 'CD',
  'dem rep of congo': 'CD',
  'dem rep congo': 'CD',
  'congo kinshasa': 'CD',
  'congo brazzaville': 'CG',
  'eth fed dem rep': 'ET',
  'centrafrique': 'CF',
  'drc': 'CD',
  'dr congo': 'CD',
  'rd congo': 'CD',
  'republique democratique du congo': 'CD',
  'usa': 'US',
  'uk': 'GB',
  'turkiye': 'TR',
  'timor leste': 'TL',
  'cabo verde': 'CV',
  'eswatini': 'SZ',
  'palestine': 'PS',
  'gaza': 'PS',
  'kosovo': 'XK',
  // Short names the library's three locales lack.
  'syria': 'SY',
  'siria': 'SY',
  'tanzanie': 'TZ',
  'viet nam': 'VN',
  'moldova': 'MD',
  'macedonia': 'MK',
  'burma': 'MM',
  'swaziland': 'SZ',
  'east timor': 'TL',
  'brunei': 'BN',
  'lao pdr': 'LA',
  'palestinian territories': 'PS',
  'occupied palestinian territory': 'PS',
  // Regions that postings name as the place of work, within the country whose code they carry.
  'somaliland': 'SO',
  'puntland': 'SO',
  'west bank': 'PS',
  'cisjordanie': 'PS',
  'cisjordania': 'PS',
};

function normaliseName(name: string): string {
  return fold(name)
    .replace(/\bste?\.?\s+/g, 'saint ')
    .replace(/\bsainte\b/g, 'saint')
    .replace(/\bsanta\b/g, 'saint')
    .replace(/[-'’.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const NAME_TO_CODE = new Map<string, string>();
for (const locale of ['en', 'fr', 'es']) {
  const names = countries.getNames(locale, { select: 'all' });
  for (const [code, variants] of Object.entries(names)) {
    for (const variant of variants) {
      const key = normaliseName(variant);
      // Two-letter names ("US", "UK") would match ordinary words.
      if (key.length > 2 && !NAME_TO_CODE.has(key)) NAME_TO_CODE.set(key, code);
    }
  }
}
for (const [name, code] of Object.entries(EXTRA_NAMES)) NAME_TO_CODE.set(normaliseName(name), code);
const NAME_FIRST_WORDS = new Set(Array.from(NAME_TO_CODE.keys(), (key) => key.split(' ')[0]!));
const LONGEST_NAME_WORDS = Math.max(...Array.from(NAME_TO_CODE.keys(), (key) => key.split(' ').length));

/** The code of a text that is exactly a country name ("Sénégal", "Saint Lucia", "Ecuador"). */
export const countryCodeOf: (name: string) => string | null = remembered((name) => NAME_TO_CODE.get(normaliseName(name)) ?? null);

/** The first country named anywhere in a text, with the words that named it. */
export function findCountry(text: string): { code: string; name: string } | null {
  const words = text.split(/[\s,;:/()–—|>]+/).filter((word) => word !== '');
  for (let start = 0; start < words.length; start++) {
    for (let size = Math.min(LONGEST_NAME_WORDS, words.length - start); size >= 1; size--) {
      const candidate = words.slice(start, start + size).join(' ');
      // A capitalised word only: "chad" in running text is not the country... but "Chad" is.
      if (!/^[A-ZÀ-Ý]/.test(candidate)) continue;
      const code = countryCodeOf(candidate);
      if (code) return { code, name: candidate };
    }
  }
  return null;
}

/** False for a word no country's name starts with ("the", "Project"): a reader scanning a text skips it at once. */
function mayStartCountry(word: string): boolean {
  return NAME_FIRST_WORDS.has(normaliseName(word).split(' ')[0] ?? '');
}

/** Every country a text names, by the same reading as findCountry. */
export function countriesNamedIn(text: string): Set<string> {
  const named = new Set<string>();
  const words = text.split(/[\s,;:/()–—|>.]+/).filter((word) => word !== '');
  for (let start = 0; start < words.length; start++) {
    if (!/^[A-ZÀ-Ý]/.test(words[start]!) || !mayStartCountry(words[start]!)) continue;
    for (let size = Math.min(LONGEST_NAME_WORDS, words.length - start); size >= 1; size--) {
      const code = countryCodeOf(words.slice(start, start + size).join(' '));
      if (code) named.add(code);
    }
  }
  return named;
}

export function countryName(code: string, locale: 'en' | 'fr' | 'es' = 'en'): string | null {
  return countries.getName(code, locale) ?? null;
}

/** Every country's code and name in a language, in that language's alphabetical order: a list to choose from. */
export function countriesByName(locale: 'en' | 'fr' | 'es'): Array<{ code: string; name: string }> {
  const collator = new Intl.Collator(locale);
  return Object.entries(countries.getNames(locale, { select: 'official' }))
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The zones that belong to this country alone (Africa/Dakar for SN, not the shared Africa/Abidjan). */
function zonesOfCountry(code: string): string[] {
  const country = ct.getCountry(code, { deprecated: true });
  if (!country) return [];
  const own = country.timezones.filter((zone) => {
    const info = ct.getTimezone(zone);
    return info !== null && info.countries.length === 1 && info.countries[0] === code;
  });
  return own.length > 0 ? own : country.timezones;
}

/** The country's time zone when it has exactly one; null where the country spans several. */
export function timeZoneOfCountry(code: string): string | null {
  const zones = zonesOfCountry(code);
  return zones.length === 1 ? zones[0]! : null;
}

// Duty stations that postings name but that no zone is named after.
const EXTRA_CITY_ZONES: Record<string, string> = {
  geneva: 'Europe/Zurich', geneve: 'Europe/Zurich', ginebra: 'Europe/Zurich', 'new york city': 'America/New_York',
  washington: 'America/New_York', 'washington dc': 'America/New_York', 'the hague': 'Europe/Amsterdam', 'la haye': 'Europe/Amsterdam',
  bonn: 'Europe/Berlin', vienne: 'Europe/Vienna', viena: 'Europe/Vienna', bruxelles: 'Europe/Brussels', bruselas: 'Europe/Brussels',
  yaounde: 'Africa/Douala', abuja: 'Africa/Lagos', cotonou: 'Africa/Porto-Novo', 'addis abeba': 'Africa/Addis_Ababa',
  goma: 'Africa/Lubumbashi', 'cox s bazar': 'Asia/Dhaka', erbil: 'Asia/Baghdad', ankara: 'Europe/Istanbul',
  islamabad: 'Asia/Karachi', 'new delhi': 'Asia/Kolkata', 'abu dhabi': 'Asia/Dubai', 'port louis': 'Indian/Mauritius',
};

/**
 * Built at the first lookup, not at load: the runtime's zone list and every zone of
 * countries-and-timezones cost a few hundredths of a second, which the CLI's --help and a page
 * without a place or a deadline need not pay.
 */
let zoneByCity: Map<string, string> | null = null;

function zonesByCity(): Map<string, string> {
  if (zoneByCity) return zoneByCity;
  zoneByCity = new Map();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const city = zone.split('/').pop();
    if (city && zone.includes('/')) zoneByCity.set(normaliseName(city.replace(/_/g, ' ')), zone);
  }
  for (const zone of Object.keys(ct.getAllTimezones({ deprecated: true }))) {
    const city = zone.split('/').pop();
    if (city && zone.includes('/') && !zoneByCity.has(normaliseName(city.replace(/_/g, ' ')))) {
      zoneByCity.set(normaliseName(city.replace(/_/g, ' ')), zone);
    }
  }
  for (const [city, zone] of Object.entries(EXTRA_CITY_ZONES)) zoneByCity.set(city, zone);
  return zoneByCity;
}

/** "New York" → America/New_York, "Maputo" → Africa/Maputo: cities that name an IANA zone. */
export function timeZoneOfCity(city: string): string | null {
  return zonesByCity().get(normaliseName(city)) ?? null;
}

/** The city names of a country's own zones (Dakar for Senegal), to recognise a city the text names. */
export function zoneCitiesOfCountry(code: string): string[] {
  return zonesOfCountry(code).map((zone) => zone.split('/').pop()!.replace(/_/g, ' '));
}

/** The country of a city that names an IANA zone: "BAMAKO" → ML, "Abidjan" → CI (a zone's first country is its home). */
export function countryOfCity(city: string): string | null {
  const zone = timeZoneOfCity(city);
  return (zone ? ct.getTimezone(zone)?.countries[0] : null) ?? null;
}

/** "Senegal", "New York", "Sénégal": a zone from a place named in words. */
export function timeZoneOfPlace(place: string): string | null {
  const cleaned = place.replace(/^(the|la|le|l'|du|de|des|del)\s+/i, '').trim();
  const byCity = timeZoneOfCity(cleaned);
  if (byCity) return byCity;
  const country = countryCodeOf(cleaned) ?? findCountry(cleaned)?.code ?? null;
  return country ? timeZoneOfCountry(country) : null;
}
