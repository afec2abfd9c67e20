/**
 * Dates, times and time zones as postings write them, in French, English and Spanish.
 * Zone arithmetic from Luxon.
 */
import { DateTime } from 'luxon';
import type { Deadline } from '../schema';
import { fold } from '../text';
import { timeZoneOfCity, timeZoneOfPlace } from './places';

/**
 * Month names as Intl writes them in en, fr and es, long then short, folded and without a final full
 * stop. A table rather than Intl at load: the three locales' formatters were a tenth of the CLI's
 * start-up, most of it ICU loading each locale's calendar data. test/unit/months.test.ts holds it to Intl.
 */
export const MONTH_NAMES: Readonly<Record<'en' | 'fr' | 'es', readonly string[]>> = {
  en: ['january february march april may june july august september october november december', 'jan feb mar apr may jun jul aug sep oct nov dec'],
  fr: ['janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre', 'janv fevr mars avr mai juin juil aout sept oct nov dec'],
  es: ['enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre', 'ene feb mar abr may jun jul ago sept oct nov dic'],
};

const MONTHS = new Map<string, number>();
for (const styles of Object.values(MONTH_NAMES)) {
  for (const names of styles) names.split(' ').forEach((name, month) => MONTHS.set(name, month + 1));
}
// Abbreviations that Intl does not produce but people write.
for (const [name, month] of [['sep', 9], ['sept', 9], ['fev', 2], ['janv', 1], ['juil', 7], ['set', 9], ['setiembre', 9]] as const) {
  MONTHS.set(name, month);
}
const MONTH_PATTERN = Array.from(MONTHS.keys())
  .sort((a, b) => b.length - a.length)
  .join('|');

export interface DateMatch {
  date: string;
  index: number;
  length: number;
}

const NUMERIC_DMY = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g;
const NUMERIC_YMD = /\b(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b/g;
// "27 May 2024", "1er mars 2025", "5 de marzo de 2025", "18-Apr-19", "30/Jun/2025", "Saturday 2 Oct 2021"
const TEXT_DMY = new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th|º)?(?:\\s+de)?[\\s/-]+(${MONTH_PATTERN})\\.?(?:\\s+de(?:l)?)?[\\s,/-]+(\\d{4}|\\d{2})\\b`, 'g');
// "May 27, 2024"
const TEXT_MDY = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g');

function isoDate(year: number, month: number, day: number): string | null {
  const fullYear = year < 100 ? 2000 + year : year;
  const value = DateTime.fromObject({ year: fullYear, month, day }, { zone: 'UTC' });
  return value.isValid ? value.toISODate() : null;
}

/** Every date written in the text, in order of appearance. Numeric dates are read day first
 * (as in French, Spanish and UN English) unless the text shows it writes the month first. */
export function findDates(text: string): DateMatch[] {
  const folded = fold(text);
  const found: DateMatch[] = [];
  const taken = (index: number) => found.some((match) => index >= match.index && index < match.index + match.length);
  const push = (index: number, length: number, date: string | null) => {
    if (date && !taken(index)) found.push({ date, index, length });
  };
  for (const match of folded.matchAll(NUMERIC_YMD)) {
    push(match.index, match[0].length, isoDate(Number(match[1]), Number(match[2]), Number(match[3])));
  }
  // "2/25/2015 – 3/10/2015": a text that writes one date month first writes them all so, unless another is plainly day first.
  const numeric = Array.from(folded.matchAll(NUMERIC_DMY), (match) => [Number(match[1]), Number(match[2])] as const);
  const monthFirst = numeric.some(([first, second]) => second > 12 && first <= 12) && !numeric.some(([first, second]) => first > 12 && second <= 12);
  for (const match of folded.matchAll(NUMERIC_DMY)) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const [day, month] = monthFirst || (second > 12 && first <= 12) ? [second, first] : [first, second];
    push(match.index, match[0].length, isoDate(Number(match[3]), month, day));
  }
  for (const match of folded.matchAll(TEXT_DMY)) {
    push(match.index, match[0].length, isoDate(Number(match[3]), MONTHS.get(match[2]!)!, Number(match[1])));
  }
  for (const match of folded.matchAll(TEXT_MDY)) {
    push(match.index, match[0].length, isoDate(Number(match[3]), MONTHS.get(match[1]!)!, Number(match[2])));
  }
  return found.sort((a, b) => a.index - b.index);
}

const NUMERIC_DM = /^\s*(\d{1,2})[/.](\d{1,2})\s*$/;
const TEXT_DM = new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th|º)?(?:\\s+de)?\\s+(${MONTH_PATTERN})\\b(?!\\.?[\\s,/-]*(?:de(?:l)?\\s+)?\\d)`);

/**
 * A deadline written with its day and month only ("11/09", "15 mars"), given the year of the nearest full date
 * the page writes: a call's dates (publication, mission) lie within months of its deadline.
 */
export function dateWithoutYear(value: string, pageDates: DateMatch[]): string | null {
  const folded = fold(value);
  const numeric = folded.match(NUMERIC_DM);
  const textual = numeric ? null : folded.match(TEXT_DM);
  const [day, month] = numeric ? [Number(numeric[1]), Number(numeric[2])] : textual ? [Number(textual[1]), MONTHS.get(textual[2]!)!] : [0, 0];
  if (!day || !month || pageDates.length === 0) return null;
  const reference = DateTime.fromISO(pageDates[0]!.date, { zone: 'UTC' });
  const sameYear = isoDate(reference.year, month, day);
  if (!sameYear) return null;
  // Six months or more before the page's own date: the deadline falls in the next year ("15 janvier" on a December call).
  const days = DateTime.fromISO(sameYear, { zone: 'UTC' }).diff(reference, 'days').days;
  return days < -183 ? isoDate(reference.year + 1, month, day) : sameYear;
}

const TIME_PATTERNS: Array<{ pattern: RegExp; read: (match: RegExpMatchArray) => [number, number] | null }> = [
  {
    // 11:59 PM, 11:59:00 PM, 4 p.m., 4pm
    pattern: /\b(\d{1,2})(?:[:.h](\d{2}))?(?::\d{2})?\s*([ap])\.?\s?m\b\.?/,
    read: (m) => {
      let hour = Number(m[1]) % 12;
      if (m[3] === 'p') hour += 12;
      return [hour, Number(m[2] ?? 0)];
    },
  },
  // 18.00 hrs, 16.30 h: a full stop between hour and minutes only with a unit after them.
  { pattern: /\b(\d{1,2})\.(\d{2})\s*(?:hrs?|h|heures?|horas?)\b/, read: (m) => [Number(m[1]), Number(m[2])] },
  // 16:05, 23h59, 16h, 16 heures, 16 horas, 16 hrs
  { pattern: /\b(\d{1,2})\s*(?::|h(?:eures?|rs?)?|horas?\b)\s*(\d{2})?\b/, read: (m) => [Number(m[1]), Number(m[2] ?? 0)] },
];

export function findTime(text: string): { hour: number; minute: number } | null {
  const folded = fold(text);
  for (const { pattern, read } of TIME_PATTERNS) {
    const match = folded.match(pattern);
    if (!match) continue;
    const value = read(match);
    if (value && value[0] < 24 && value[1] < 60) return { hour: value[0], minute: value[1] };
  }
  return null;
}

const ZONE_ABBREVIATIONS: Record<string, string> = {
  utc: 'UTC', gmt: 'UTC', z: 'UTC',
  cet: 'Europe/Paris', cest: 'Europe/Paris', met: 'Europe/Paris',
  wat: 'Africa/Lagos', cat: 'Africa/Maputo', eat: 'Africa/Nairobi',
  est: 'America/New_York', edt: 'America/New_York', et: 'America/New_York',
  bst: 'Europe/London', ast: 'America/Puerto_Rico',
};

/** Fixed offsets as IANA names: the Etc/ zones count with the opposite sign. */
function zoneOfOffset(sign: string, hours: number, minutes: number): string {
  if (minutes !== 0) return `UTC${sign}${hours}:${String(minutes).padStart(2, '0')}`;
  if (hours === 0) return 'UTC';
  return `Etc/GMT${sign === '+' ? '-' : '+'}${hours}`;
}

// Zone names as written in full, including the Windows names that some applicant-tracking systems print.
const ZONE_NAMES: Array<[RegExp, string]> = [
  [/\b(?:W\.? Central Africa|West Africa)(?: Standard)? Time\b/i, 'Africa/Lagos'],
  [/\b(?:Central Africa|South Africa)(?: Standard)? Time\b/i, 'Africa/Maputo'],
  [/\bE(?:\.|ast) Africa(?: Standard)? Time\b/i, 'Africa/Nairobi'],
  [/\b(?:Central European|Romance|W\.? Europe)(?: Standard| Summer)? Time\b/i, 'Europe/Paris'],
  [/\bEastern(?: Standard| Daylight)? Time\b/i, 'America/New_York'],
  [/\bSA Pacific Standard Time\b/i, 'America/Bogota'],
  [/\b(?:Greenwich Mean|Greenwich Standard|Coordinated Universal) Time\b/i, 'UTC'],
];
const PLACE_PATTERNS = [
  /\b(?:[Hh]eure|[Hh]oraire)\s+(?:de\s+|du\s+|d['’]\s*)(?:la\s+|l['’])?([A-ZÀ-Ý][\p{L}' -]+?)(?:\)|,|;|\.|$)/u,
  /\b(?:[Hh]ora)\s+(?:[Oo]ficial\s+)?(?:de\s+(?:la\s+)?(?:[Rr]ep[úu]blica\s+de\s+)?|del\s+)([A-ZÀ-Ý][\p{L} -]+?)(?:\)|,|;|\.|$)/u,
  /\b([A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?)\s+(?:local\s+)?time\b/u,
];
const CAPITALISED_RUN = /\p{Lu}[\p{L}]+(?:[ -]\p{Lu}[\p{L}]+)*/gu;
/** How far after a date a bare city ("(Midnight New York, USA)") still speaks of its time. */
const CITY_ZONE_REACH = 80;

/** A zone from a place named in words: "heure du Sénégal", "New York time", "Hora Oficial de Panamá". */
function zoneOfNamedPlace(text: string): string | null {
  for (const pattern of PLACE_PATTERNS) {
    const place = text.match(pattern);
    const zone = place ? timeZoneOfPlace(place[1]!.trim()) : null;
    if (zone) return zone;
  }
  return null;
}

/** A city that names a zone, among the capitalised words right after the date. */
function zoneOfCityNearby(text: string): string | null {
  for (const run of text.slice(0, CITY_ZONE_REACH).match(CAPITALISED_RUN) ?? []) {
    const words = run.split(/[ -]/);
    for (let size = Math.min(3, words.length); size >= 1; size--) {
      for (let start = 0; start + size <= words.length; start++) {
        const zone = timeZoneOfCity(words.slice(start, start + size).join(' '));
        if (zone) return zone;
      }
    }
  }
  return null;
}

function offsetMinutes(zone: string, date: string | undefined): number | null {
  const at = date ? DateTime.fromISO(date, { zone }) : DateTime.now().setZone(zone);
  return at.isValid ? at.offset : null;
}

/**
 * A time zone given in the text: an offset, a zone name, a place ("heure du Sénégal", "New York time")
 * or a city nearby. An offset followed by its place ("GMT+02:00 Central Africa Time (Maputo)") gives
 * the place's zone when the two agree on that date.
 */
export function findTimeZone(text: string, date?: string): string | null {
  const named = ZONE_NAMES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
  const place = zoneOfNamedPlace(text);
  const offset = text.match(/\b(?:GMT|UTC)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?/i);
  if (offset) {
    const sign = offset[1] === '+' ? '+' : '-';
    const stated = (sign === '+' ? 1 : -1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
    const agreeing = [place, zoneOfCityNearby(text.slice(offset.index! + offset[0].length)), named].find(
      (zone) => zone !== null && offsetMinutes(zone, date) === stated,
    );
    if (agreeing) return agreeing;
    return zoneOfOffset(sign, Number(offset[2]), Number(offset[3] ?? 0));
  }
  if (place ?? named) return place ?? named;
  const abbreviation = text.match(/\b(UTC|GMT|CEST|CET|MET|WAT|CAT|EAT|EST|EDT|BST)\b/);
  if (abbreviation) return ZONE_ABBREVIATIONS[abbreviation[1]!.toLowerCase()] ?? null;
  return zoneOfCityNearby(text);
}

/**
 * Reads a deadline from the text that states it. The date is the first one written (or the last, for
 * a range such as "05 août 2020 – 11 août 2020"); without a time, the end of that day is taken.
 */
export function parseDeadline(raw: string, options: { defaultTimeZone?: string | null; range?: boolean } = {}): Deadline {
  const trimmed = raw.replace(/\s+/g, ' ').trim();
  const dates = findDates(trimmed);
  const chosen = options.range ? dates[dates.length - 1] : dates[0];
  if (!chosen) return { date: null, time: null, timeZone: null, instant: null, raw: trimmed || null, unparsed: trimmed !== '' };
  // The words right after the date speak of its time ("le 17 février 2025 à 16 heures")...
  // Spanish often puts it first: "a las 16:59 horas del 5 de marzo".
  const after = trimmed.slice(chosen.index + chosen.length);
  const time = findTime(after.slice(0, 60)) ?? findTime(trimmed.slice(Math.max(0, chosen.index - 60), chosen.index));
  const timeZone = findTimeZone(after, chosen.date) ?? options.defaultTimeZone ?? null;
  const hhmm = time ? `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}` : null;
  return { date: chosen.date, time: hhmm, timeZone, instant: instantOf(chosen.date, hhmm, timeZone), raw: trimmed, unparsed: false };
}

/** The UTC instant of a local date and time in a zone; the day's last minute when no time is known. */
export function instantOf(date: string, time: string | null, timeZone: string | null): string | null {
  if (!timeZone) return null;
  const local = DateTime.fromISO(`${date}T${time ?? '23:59'}`, { zone: timeZone });
  return local.isValid ? local.toUTC().toISO({ suppressMilliseconds: true }) : null;
}
