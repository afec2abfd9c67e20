/**
 * Where the work is: country and city, best source first (the adapter, JSON-LD, labels, the title,
 * duty-station phrases), and last the country that the mission text itself places the work in — never
 * an organisation's headquarters named in its boilerplate.
 */
import type { Posting } from '../schema';
import { SECOND_LEVEL_DOMAIN, webPath } from './address';
import { JOB_ADDRESS } from './evidence';
import { EMPLOYERS } from './gazetteer/employers';
import { fold } from '../text';
import { cityNamed, LONGEST_CITY_WORDS, mayStartCity, type City } from './gazetteer/cities';
import { countriesNamedIn, countryCodeOf, countryOfCity, findCountry, zoneCitiesOfCountry } from './places';

type Place = Pick<Posting['location'], 'country' | 'city'>;
const NOWHERE: Place = { country: null, city: null };

const REGION_WORDS = /\b(caraibes?|caribbean|caribe|afrique|africa|sahel|europe|europa|asie|asia|amerique|america|pacifique|pacific|zone|region|moyen[- ]orient|middle east|home[- ]based|remote|teletravail|worldwide|multiple|various|divers)\b/;

function titleCase(text: string): string {
  return text === text.toUpperCase() ? text.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase()) : text;
}

/** A location value such as "Caraïbes – Sainte-Lucie – Castries", "Dakar, Sénégal" or "Ouagadougou". */
// "Guatemala City", "Ciudad de Panamá", "Kuwait City": a capital named after its country, or a known city, called a city.
const CALLED_A_CITY = /^(?:(.+?)\s+City|Ciudad(?:\s+de)?\s+(.+)|Ville\s+de\s+(.+))$/i;

function cityCalledSo(part: string): Place | null {
  const match = part.match(CALLED_A_CITY);
  const name = match ? (match[1] ?? match[2] ?? match[3])!.trim() : null;
  const country = name ? (countryCodeOf(name) ?? cityNamed(name)?.country ?? null) : null;
  return country ? { country, city: part } : null;
}

export function parseLocation(raw: string): Place {
  const parts = raw.split(/\s+[–—-]\s+|[,;/|>()]|\s+or\s+|\s+ou\s+|\s+o\s+/).map((part) => part.trim()).filter(Boolean);
  const calledACity = parts.map(cityCalledSo).find(Boolean);
  if (calledACity) return calledACity;
  let countryIndex = parts.findIndex((part) => countryCodeOf(part) !== null);
  let country = countryIndex >= 0 ? countryCodeOf(parts[countryIndex]!) : null;
  if (!country) {
    // "Ethiopia-Addis Ababa", "Honiara-Guadalcanal Island": country and city, or city and region, joined by a bare hyphen.
    const hyphenated = raw.match(/^([^-]+)-([^-]+)$/);
    if (hyphenated && countryCodeOf(hyphenated[1]!)) return { country: countryCodeOf(hyphenated[1]!), city: titleCase(hyphenated[2]!.trim()) };
    const cityFirst = hyphenated ? cityNamed(hyphenated[1]!.trim()) : null;
    if (cityFirst) return { country: cityFirst.country, city: titleCase(hyphenated![1]!.trim()) };
    // A duty station named by its city alone ("NEW YORK", "BAMAKO", "Ouagadougou").
    for (const part of parts) {
      const city = cityNamed(part, { allowCommonWords: true });
      if (city) return { country: city.country, city: titleCase(part) };
    }
    country = findCountry(raw)?.code ?? null;
    countryIndex = -1;
  }
  const isCity = (part: string) => countryCodeOf(part) === null && !REGION_WORDS.test(fold(part)) && /^[A-ZÀ-Ý][\p{L}' .-]{1,40}$/u.test(part) && part.split(' ').length <= 4;
  let city: string | null = null;
  if (countryIndex >= 0) {
    // Only a neighbour of the country: "Zone – Country – City" or "City, Country".
    const next = parts[countryIndex + 1];
    const previous = parts[countryIndex - 1];
    city = next && isCity(next) ? next : previous && isCity(previous) ? previous : null;
  }
  // "SADC Secretariat in Gaborone, Botswana", "Kampala and Busia": a known city of the country inside a part.
  if (!city || !cityNamed(city, { allowCommonWords: true })) {
    const known = parts.flatMap(citiesNamedIn).find((found) => !country || found.country === country);
    if (known) return { country: country ?? known.country, city: known.name };
  }
  return { country, city: city ? titleCase(city) : null };
}

/** A city the text names that is also the seat of the country's own time zone (Dakar for Senegal). */
export function findZoneCityInText(text: string, country: string): string | null {
  for (const city of zoneCitiesOfCountry(country)) {
    // America/El_Salvador, Pacific/Fiji: a zone named after its country names no city.
    if (countryCodeOf(city) !== null) continue;
    if (new RegExp(`\\b${city.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text)) return city;
  }
  return null;
}

const HOME_BASED = /\b(home[- ]based|fully remote|remote (?:work|position|based|consultancy)|work from home|teletravail|a domicile|teletrabajo|desde casa|en remoto|remote\))/g;
/**
 * A board's yes/no field answered no ("Remote work accepted" then "No" on the next line, "Télétravail : non"):
 * the answer stands alone after a colon, question mark or line break, so "Home-based, no travel" is not one.
 */
const ANSWERED_NO = /^ ?(?:accepted|accepte|possible|allowed|aceptado)? ?[:?\n]\s*(?:no|non|false)\s*(?:$|[\n.;])/;

export function isHomeBased(text: string): boolean {
  const folded = fold(text);
  for (const match of folded.matchAll(HOME_BASED)) {
    if (!ANSWERED_NO.test(folded.slice(match.index + match[0].length, match.index + match[0].length + 40))) return true;
  }
  return false;
}

// "ILO" is a port in Peru and "OMS" no town: an employer's acronym in capitals names the employer, not a place.
const EMPLOYER_ACRONYMS = new Set(EMPLOYERS.flatMap((employer) => employer.acronyms ?? []));
const isEmployerAcronym = (words: string[]) => words.length === 1 && EMPLOYER_ACRONYMS.has(words[0]!);

const CITY_CONNECTORS = new Set(['au', 'de', 'del', 'la', 'le', 'les', 'el', 'of', 'do', 'da', 'dos', 'das', 'sur', 'en', 'y', 'es']);

/** The known cities a line names in capitals ("Lilongwe", "Goma", "Port au Prince"), common words aside. */
function citiesNamedIn(line: string): City[] {
  const cities: City[] = [];
  const words = line.split(/[\s,;:/()–—|>.]+/).filter((word) => word !== '');
  for (let start = 0; start < words.length; start++) {
    if (!/^\p{Lu}/u.test(words[start]!) || !mayStartCity(words[start]!)) continue;
    for (let size = Math.min(LONGEST_CITY_WORDS, words.length - start); size >= 1; size--) {
      const last = words[start + size - 1]!;
      // "BOL/98468-3485/17": a short word in capitals that opens a code is not the town of that name.
      if (size === 1 && /^\p{Lu}{1,3}$/u.test(last) && new RegExp(`(?<![\\p{L}])${last}[/-]`, 'u').test(line)) continue;
      if (!/^\p{Lu}/u.test(last)) continue;
      const inner = words.slice(start + 1, start + size - 1);
      if (inner.some((word) => !/^\p{Lu}/u.test(word) && !CITY_CONNECTORS.has(word.toLowerCase()))) continue;
      if (isEmployerAcronym(words.slice(start, start + size))) continue;
      const name = words.slice(start, start + size).join(' ');
      const city = cityNamed(name);
      if (city && countryCodeOf(name) === null) {
        cities.push({ name, country: city.country });
        start += size - 1;
        break;
      }
    }
  }
  return cities;
}

/** The first country or known city that a short text names: a title, a label's value. */
export function placeNamedIn(text: string): Place {
  const country = findCountry(text)?.code ?? null;
  const words = text.split(/[\s,;:/()–—|>]+/).filter((word) => word !== '');
  for (let start = 0; start < words.length; start++) {
    if (!/^[A-ZÀ-Ý]/.test(words[start]!) || !mayStartCity(words[start]!)) continue;
    for (let size = Math.min(LONGEST_CITY_WORDS, words.length - start); size >= 1; size--) {
      if (isEmployerAcronym(words.slice(start, start + size))) continue;
      const candidate = words.slice(start, start + size).join(' ');
      const city = cityNamed(candidate);
      if (city && (!country || city.country === country) && countryCodeOf(candidate) === null) return { country: city.country, city: candidate };
    }
  }
  return { country, city: null };
}

/** "SÉNÉGAL", "• Yaounde", "Addis Ababa, Ethiopia": a short line of the opening that only names a place. */
function placeLine(lines: string[]): Place {
  for (const line of lines.slice(0, 25)) {
    const text = line.replace(/^[\s•·*|-]+/, '').trim();
    if (text.length < 3 || text.length > 60) continue;
    const parts = text.split(/\s*[,;/|–]\s*|\s+-\s+/).filter(Boolean);
    const places = parts.map((part) => ({ country: countryCodeOf(part), city: cityNamed(part) }));
    if (!places.every((place) => place.country || place.city)) continue;
    const country = places.find((place) => place.country)?.country ?? places[0]!.city!.country;
    const cityIndex = places.findIndex((place) => place.city && place.city.country === country && !place.country);
    return { country, city: cityIndex >= 0 ? parts[cityIndex]! : null };
  }
  return NOWHERE;
}

// Lines about the organisation, not the assignment: where its headquarters or other offices are.
// "MdM Belgique est une ONG internationale…", "X is an international NGO…": the organisation introducing itself.
const BOILERPLATE = /\b(headquarter\w*|siege|sede central|head office|founded|fondee?|creee? en|established in|present in|presente? dans|present en|operates in|intervient dans|trabaja en|works in|offices? in|bureaux? (?:a|en|dans)|oficinas? en|member states|etats membres|estados miembros|about us|a propos|quienes somos|(?:est|is|es) (?:une?|an?) (?:ong|ngo|association|organisation|organization|organizacion|organisme|fondation|foundation|fundacion|non[- ]?profit|international|internationale|internacional|humanitarian|humanitaire|independent|independante))\b/;
// "based in Goma", "basé(e) à Bamako", "poste basé à Dakar", "con sede en Lima", "duty station is Juba".
const DUTY_STATION_PHRASE =
  /\b(?:based (?:in|at)|located in|stationed in|duty station (?:is|will be)|deployed (?:in|to)|(?:embassy|office|delegation|mission) in|base(?:e|\(e\)|[.·-]e)? (?:a|au|en|aux)|positionne(?:e|\(e\)|[.·-]e)? a|en poste a|affecte(?:e|\(e\)|[.·-]e)? (?:a|au|en)|lieu d'affectation (?:est|sera)|con sede en|basad[oa] en|ubicad[oa] en|destinad[oa] en|radicad[oa] en)\s+/g;

// "Suva-based position (Fiji)": the post's place before "-based"; "a Geneva-based NGO" speaks of the organisation.
const PLACE_BASED_POST = /(\p{Lu}[\p{L}'’ ]{2,30}?)[- ]based (?:position|post|role|job|consultancy|consultant|assignment|vacancy|contract)\b/u;

function placeAfterPhrases(lines: string[]): Place {
  for (const line of lines.slice(0, 200)) {
    const basedPost = line.match(PLACE_BASED_POST);
    const before = basedPost ? placeNamedIn(basedPost[1]!) : NOWHERE;
    if (before.country) return before;
    const folded = fold(line);
    for (const match of folded.matchAll(DUTY_STATION_PHRASE)) {
      // "Créée en 1994, association basée à Lyon": the sentence around the phrase speaks of the organisation.
      // "…chargée de mission basée au siège en France": the words just after count too.
      const sentenceStart = Math.max(0, folded.lastIndexOf('. ', match.index) + 1);
      if (BOILERPLATE.test(folded.slice(sentenceStart, match.index + match[0].length + 12))) continue;
      // fold keeps the length of the accented text it came from only where no letter decomposes: read
      // the original line from the same word onwards.
      const wordsBefore = folded.slice(0, match.index + match[0].length).split(/\s+/).length - 1;
      const rest = line.split(/\s+/).slice(wordsBefore).join(' ').slice(0, 80);
      const place = placeNamedIn(rest.split(/[.;]/)[0]!);
      if (place.country) return place;
    }
  }
  return NOWHERE;
}

// Lines that say where the work happens.
const WORK_CONTEXT = /\b(missions?|assignments?|consultancy|consultants?|projects?|projets?|proyectos?|programmes?|programs?|programas?|position|poste|puesto|field|terrain|country office|bureau pays|oficina de pais|pays|country|pais|duty|travel|deplacements?|viajes?)\b/;

// "Expertise France", "Médicos del Mundo España": employers whose name holds a country, which says nothing of the work's place.
// Built at its first use: finding the countries in every employer's names cost a tenth of the CLI's start-up,
// and most pages name their country before this reading is reached.
let countryInEmployerName: RegExp | null = null;
const countryInEmployerNamePattern = () =>
  (countryInEmployerName ??= new RegExp(
    `(?<![\\p{L}])(?:${EMPLOYERS.flatMap((employer) => [employer.name, employer.fr, employer.es, ...(employer.aliases ?? [])])
      .filter((name): name is string => Boolean(name) && findCountry(name!) !== null)
      .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]+/g, '[-\\s]+'))
      .join('|')})(?![\\p{L}])`,
    'giu',
  ));

/** The country a text keeps placing the work in: named twice or more in work lines, more than any other. */
export function missionCountry(lines: string[]): string | null {
  const counts = new Map<string, number>();
  // A document mirror's transcription runs a whole page into one line: its sentences count one by one.
  const sentences = lines.slice(0, 300).flatMap((line) => (line.length > 1_500 ? line.split(/(?<=[.!?])\s+(?=\p{Lu})/u) : [line]));
  for (const fullLine of sentences) {
    if (fullLine.length > 1_500) continue;
    const line = fullLine.replace(countryInEmployerNamePattern(), ' ');
    const folded = fold(line);
    if (BOILERPLATE.test(folded)) continue;
    const weight = WORK_CONTEXT.test(folded) ? 2 : 1;
    const named = countriesNamedIn(line);
    // "Duhok, Sharya Camp, Kurdistan Region, Iraq": beside the country a line names, a town of another country's
    // name (Sharya, Russia) is a local place of the same name.
    const stated = named.size;
    for (const city of citiesNamedIn(line)) if (stated === 0 || named.has(city.country)) named.add(city.country);
    for (const code of named) counts.set(code, (counts.get(code) ?? 0) + weight);
  }
  const [first, second] = Array.from(counts).sort((a, b) => b[1] - a[1]);
  // Named once in a line about the work, or twice anywhere, with no other country named: the only place the page gives.
  if (!first || first[1] < (second ? 3 : 2)) return null;
  return !second || first[1] >= 2 * second[1] ? first[0] : null;
}

/** The first known city of the country that the opening names ("Basé.e à Agadir", "Lilongwe"). */
function knownCityOf(country: string, lines: string[]): string | null {
  for (const line of lines.slice(0, 60)) {
    if (line.length > 1_500 || BOILERPLATE.test(fold(line))) continue;
    const city = citiesNamedIn(line).find((found) => found.country === country);
    if (city) return city.name;
  }
  return null;
}

// Country-code domains that sites everywhere use for their sound, not their country; "co" counts only as com.co.
const GENERIC_COUNTRY_DOMAINS = new Set(['io', 'co', 'me', 'tv', 'ai', 'ly', 'fm', 'cc', 'ws', 'to', 'gg', 'la', 'md', 'so', 'am', 'is', 'it', 'in', 'do', 'nu', 'tk', 'eu', 'uk', 'su', 'ac']);

/** The country a site's address names: a national domain ("guichetjeunesse.sn", "brightermonday.co.tz") or a country subdomain. */
function countriesOfSite(url: string): string[] {
  let labels: string[];
  try {
    labels = new URL(url).hostname.toLowerCase().split('.');
  } catch {
    return [];
  }
  const found: string[] = [];
  const tld = labels[labels.length - 1]!;
  const secondLevel = labels.length > 2 && SECOND_LEVEL_DOMAIN.test(labels[labels.length - 2]!);
  if (tld.length === 2 && (!GENERIC_COUNTRY_DOMAINS.has(tld) || secondLevel)) found.push(tld.toUpperCase());
  if (tld === 'uk' && secondLevel) found.push('GB');
  // "colombia.nimd.org", "mx.trabajo.org".
  const sub = labels.length > 2 ? labels[0]! : '';
  const subCountry = sub.length === 2 ? sub.toUpperCase() : countryCodeOf(sub);
  if (subCountry) found.push(subCountry);
  return found;
}

/**
 * "…/jobs-omsa-expert-technique-…-ram-bamako": a board's address that names the place when the text does not. Only
 * countries and cities with a time zone of their own (capitals, large cities) are read from an address's words.
 */
function placeInAddress(url: string): Place {
  // A document host's address carries its uploader's words ("…/Supervision-Rancho-Norte-Mauricio"), not a place of work.
  const path = JOB_ADDRESS.test(url) ? webPath(url) : null;
  if (path === null) return NOWHERE;
  const words = path.split(/[-_/+.]+/).filter((word) => /^\p{L}{3,}$/u.test(word));
  for (let start = 0; start < words.length; start++) {
    for (let size = Math.min(3, words.length - start); size >= 1; size--) {
      const candidate = words.slice(start, start + size).join(' ');
      const country = countryCodeOf(candidate);
      if (country) return { country, city: null };
      // Zones named after regions ("Canada/Central", "Australia/North") are no cities: the gazetteer must know it too.
      const zoneCountry = cityNamed(candidate) ? countryOfCity(candidate) : null;
      if (zoneCountry) return { country: zoneCountry, city: candidate.replace(/(^|\s)\p{L}/gu, (letter) => letter.toUpperCase()) };
    }
  }
  return NOWHERE;
}

/** A site's own country, where the page's text names that country too (a document mirror's domain says nothing). */
function siteCountry(url: string, lines: string[]): string | null {
  const site = countriesOfSite(url);
  if (site.length === 0) return null;
  const text = lines.slice(0, 300).join('\n');
  const named = countriesNamedIn(text);
  for (const city of citiesNamedIn(text)) named.add(city.country);
  return site.find((code) => named.has(code)) ?? null;
}

export interface LocationSources {
  adapter: Partial<Place>;
  jsonLd: Place;
  countryLabel: string | null;
  locationLabel: string | null;
  cityLabel: string | null;
  title: string | null;
  lines: string[];
  body: string;
  url: string;
}

const first = <T>(...values: Array<T | null | undefined>): T | null => values.find((value) => value !== null && value !== undefined) ?? null;

export function locationOf(sources: LocationSources): Place {
  const fromCountryLabel = sources.countryLabel ? parseLocation(sources.countryLabel) : NOWHERE;
  const fromLocationLabel = sources.locationLabel ? parseLocation(sources.locationLabel) : NOWHERE;
  const fromCityLabel = sources.cityLabel ? parseLocation(sources.cityLabel) : NOWHERE;
  const labelled = [sources.adapter, sources.jsonLd, fromCountryLabel, fromLocationLabel, fromCityLabel];
  let country = first(...labelled.map((place) => place.country));
  let title = NOWHERE;
  let phrase = NOWHERE;
  if (!country) {
    // The title as the page wrote it may say more than the title kept: "…coordinateur projet, H/F, N'Djamena, TCHAD".
    const foldedTitle = sources.title ? fold(sources.title) : null;
    const titleLine = foldedTitle ? sources.lines.slice(0, 5).find((line) => fold(line).includes(foldedTitle)) : null;
    title = sources.title ? placeNamedIn(sources.title) : NOWHERE;
    if (!title.country && titleLine) title = placeNamedIn(titleLine);
    const line = title.country ? NOWHERE : placeLine(sources.lines);
    phrase = title.country || line.country ? line : placeAfterPhrases(sources.lines);
    country = title.country ?? phrase.country ?? missionCountry(sources.lines) ?? siteCountry(sources.url, sources.lines);
    if (!country) {
      phrase = placeInAddress(sources.url);
      country = phrase.country;
    }
  }
  // A city counts only where it lies in the country found (or no country was found).
  const inCountry = (place: Place) => (place.city && (!place.country || !country || place.country === country) ? place.city : null);
  const stated = first(
    sources.adapter.city,
    sources.jsonLd.city,
    sources.cityLabel?.trim() || null,
    ...[fromLocationLabel, fromCountryLabel, title, phrase].map(inCountry),
  );
  const city = stated ?? (country ? (findZoneCityInText(sources.body, country) ?? knownCityOf(country, sources.lines)) : null);
  return { country, city };
}
