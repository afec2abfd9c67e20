/**
 * Readers for single fields, from a label's value or from the body's sentences. Each returns null
 * (or empty) when the text does not say: nothing is guessed.
 */
import type { Duration, EducationLevel, LanguageRequirement } from '../schema';
import { CEFR_LEVELS } from '../schema';
import { fold } from '../text';
import { SUBSTITUTION_WORDS } from '../patterns';
import { findDates } from './dates';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  douze: 12, quinze: 15, vingt: 20, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8,
  nueve: 9, diez: 10, doce: 12, quince: 15, veinte: 20,
};
const NUMBER = `(\\d{1,3}(?:[.,]\\d)?|${Object.keys(NUMBER_WORDS).join('|')})(?:\\s*\\(\\d{1,3}\\))?`;
export const toNumber = (word: string): number => NUMBER_WORDS[word] ?? Number(word.replace(',', '.'));

// ---------------------------------------------------------------- duration

const DAY_UNITS = "(?:jours?|days?|dias?|h\\/j|hommes?[- ]jours?|person[- ]days?|working days?|jours? ouvres|jours? d'expertise)";
const DURATION_PARTS = new RegExp(
  `${NUMBER}[\\s-]*(?:consecutive\\s+|calendar\\s+|working\\s+|ouvrables?\\s+)?(${DAY_UNITS}|semaines?|weeks?|semanas?|mois|months?|meses|mes|ans?|annees?|years?|anos?)\\b`,
  'g',
);
/** Missions up to six months are short term, as the field's boards draw the line. */
const SHORT_TERM_LIMIT_DAYS = 183;

export function parseDuration(raw: string): Duration {
  const folded = fold(raw);
  let days: number | null = null;
  let months: number | null = null;
  for (const match of folded.matchAll(DURATION_PARTS)) {
    // "Vingt-cinq (25) hommes-jours": the figure in brackets says the number whole.
    const figure = match[0].match(/^\S+\s*\((\d{1,3})\)/)?.[1];
    const value = toNumber(figure ?? match[1]!);
    const unit = match[2]!;
    if (/^(jour|day|dia|h\/j|homme|person|working)/.test(unit) && days === null) days = value;
    else if (/^(semaine|week|semana)/.test(unit) && days === null) days = value * 7;
    else if (/^(mois|month|mes)/.test(unit) && months === null) months = value;
    else if (/^(an|annee|year|ano)/.test(unit) && months === null) months = value * 12;
  }
  // "du 14/09/2024 au 02/10/2024", "1 June 2024 – 31 August 2024": a period given by its first and last day.
  if (days === null && months === null) ({ days, months } = lengthOfRange(raw));
  let term: Duration['term'] = null;
  if (/\b(court|short)[- ]terme?\b|\bcorto plazo\b/.test(folded)) term = 'short';
  else if (/\b(long)[- ]terme?\b|\blargo plazo\b/.test(folded)) term = 'long';
  else if (days !== null && months === null) term = days <= SHORT_TERM_LIMIT_DAYS ? 'short' : 'long';
  else if (months !== null) term = months <= 6 ? 'short' : 'long';
  return { days, months, term, raw: raw.trim() || null };
}

const DAY_MS = 86_400_000;
const MAX_RANGE_DAYS = 5 * 366;

/** The days (and whole months, where the period is one) from a period's first to its last day. */
function lengthOfRange(raw: string): { days: number | null; months: number | null } {
  const [first, second] = findDates(raw);
  if (!first || !second) return { days: null, months: null };
  const days = Math.round((Date.parse(second.date) - Date.parse(first.date)) / DAY_MS) + 1;
  if (!(days > 1 && days <= MAX_RANGE_DAYS)) return { days: null, months: null };
  const months = Math.round(days / 30.44);
  return { days, months: days >= 56 && Math.abs(days - months * 30.44) <= 3 ? months : null };
}

// "spread over a period of 90 consecutive days", "pour une durée initiale d'un an", "the assignment is for up to
// 35 days", "a 12-month contract".
const DURATION_SENTENCE = new RegExp(
  `(?:(?:period|duration|duree|periode|duracion|periodo)(?:\\s+(?:initiale?|inicial|totale?))?\\s+(?:of|de|d'|del)(?:\\s*(?:need|(?:the\\s+)?(?:assignment|contract)|la mission|la consultoria|el contrato)\\s*:)?|(?:assignment|mission|consultancy|consultoria|contract|contrat|contrato)\\s+(?:is\\s+|est\\s+|es\\s+)?(?:for|pour|por|de)|pendant|during|durante|(?:passer(?:ont|a)?|will spend|spend|pasar(?:an|a)?)|(?:completed|carried out|realise\\w*|realizad\\w*) (?:within|en|dans un delai de|en un plazo de))\\s*(?:up to\\s+|a maximum of\\s+|jusqu'a\\s+|hasta\\s+)?${NUMBER}\\s*(?:consecutive\\s+|working\\s+|calendar\\s+)?(?:${DAY_UNITS}|mois|months?|meses|ans?|annees?|years?|anos?)\\b|\\b${NUMBER}[- ](?:month|day|year|week)s?(?:\\s+[\\w-]+){0,2}?\\s+(?:contract|assignment|position|mission|consultancy|appointment|post)|\\b(?:cdd|contrat|mission|stage|consultance|consultoria|contrato|pasantia)\\s+(?:de\\s+|d'une?\\s+|por\\s+(?:un periodo de\\s+)?)?${NUMBER}\\s*(?:${DAY_UNITS}|mois|meses|ans?|anos?)\\b` +
    // "de tres meses de duración", "October 2023 – September 2024 (12 months)".
    `|\\b${NUMBER}\\s*(?:${DAY_UNITS}|mois|meses|months?|semanas?|weeks?|semaines?)\\s+(?:de|of|d')\\s*(?:duracion|duration|duree)\\b` +
    `|\\b\\d{4}\\s*(?:[-–]|to|au|a|hasta)\\s*[a-z]*\\s*\\d{4}\\s*\\(\\s*${NUMBER}\\s*(?:months?|mois|meses)\\s*\\)`,
);

const MAX_ASSIGNMENT_MONTHS = 60;

/** A duration stated in a sentence of the body, when no label gives one. */
export function findDurationInText(text: string): Duration | null {
  const sentence = fold(text).match(DURATION_SENTENCE);
  if (!sentence) return null;
  const duration = parseDuration(sentence[0]);
  // "for over 40 years" tells the organisation's age, not the assignment's length.
  if ((duration.months ?? 0) > MAX_ASSIGNMENT_MONTHS) return null;
  return duration.days !== null || duration.months !== null ? duration : null;
}

export function mergeDurations(first: Duration | null, second: Duration | null): Duration | null {
  if (!first) return second;
  if (!second) return first;
  return {
    days: first.days ?? second.days,
    months: first.months ?? second.months,
    term: first.term ?? second.term,
    raw: [first.raw, second.raw].filter(Boolean).join(' | ') || null,
  };
}

// ---------------------------------------------------------------- languages

export const LANGUAGE_NAMES: Array<[string, RegExp]> = [
  ['fr', /\b(francais|french|frances|francophone)\b/],
  ['en', /\b(anglais|english|ingles|anglophone)\b/],
  ['es', /\b(espagnol|spanish|espanol|castellano|hispanophone)\b/],
  ['pt', /\b(portugais|portuguese|portugues|lusophone)\b/],
  ['ar', /\b(arabe|arabic)\b/],
  ['ru', /\b(russe|russian|ruso)\b/],
  ['zh', /\b(chinois|chinese|chino|mandarin)\b/],
  ['de', /\b(allemand|german|aleman)\b/],
  ['it', /\b(italien|italian|italiano)\b/],
  ['sw', /\b(swahili|kiswahili)\b/],
];
const LANGUAGE_CONTEXT = /\b(nativ\w*|natif|intermedi\w*|mother tongue|lengua materna|langue maternelle|langues?|languages?|idiomas?|lingu\w*|maitrise|fluen\w*|fluidez|dominio|parle|ecrit|written|spoken|oral|niveau|level|nivel|cecr|cefr|proficien\w*|knowledge of|connaissance|conocimiento|command of|working|courant|bilingu\w*|[abc][12])\b/;
export const ASSET = /\b(atout|asset|advantage|avantage|desirable|desired|souhaite\w*|deseado|souhaitable|apprecie\w*|deseable|valorar\w*|ventaja|plus|preferred|preferable|optional|would be)\b/;
const LANGUAGE_LABEL = /^(?:langues?|languages?|idiomas?|language requirements?)\b[^:]{0,40}:/;
const REQUIRED = /\b(required|requis\w*|exige\w*|indispensable|essential|obligatoire|mandatory|requerid\w*|imprescindible|obligatori\w*|must)\b/;
const CEFR = /\b([abc][12])\b/;
// "English and French are the working languages of the Secretariat" states no requirement.
const WORKING_LANGUAGES = /\b(working languages|langues de travail|idiomas de trabajo)\b/;
const DOCUMENTS_IN = /\b(?:cv|candidature|lettre|lm|cover letter|application|resume|dossier|propuesta|oferta)s?\b[^.;\n]{0,60}?\ben\s+(francais|anglais|espagnol)|\b(?:cv|application|cover letter|resume)s?\b[^.;\n]{0,60}?\bin\s+(french|english|spanish)\b/;

/** Languages with their CEFR level, required or an asset, read clause by clause. */
export function findLanguages(text: string): LanguageRequirement[] {
  const found = new Map<string, LanguageRequirement>();
  for (const line of text.split('\n')) {
    const foldedLine = fold(line);
    const documents = foldedLine.match(DOCUMENTS_IN);
    if (documents) {
      const name = documents[1] ?? documents[2]!;
      const code = LANGUAGE_NAMES.find(([, pattern]) => pattern.test(name))![0];
      if (!found.has(code)) found.set(code, { code, level: null, required: true, raw: line.trim().slice(0, 200) });
    }
    if (!LANGUAGE_CONTEXT.test(foldedLine)) continue;
    // Under a "Langues :" label every clause speaks of languages, even a bare "anglais : un atout".
    const languageLine = LANGUAGE_LABEL.test(foldedLine);
    for (const clause of foldedLine.split(/[;•·]|\.\s/)) {
      if (WORKING_LANGUAGES.test(clause)) continue;
      const named = LANGUAGE_NAMES.flatMap(([code, pattern]) => {
        const match = clause.match(pattern);
        return match ? [{ code, index: match.index! }] : [];
      }).sort((a, b) => a.index - b.index);
      // A clause of a languages line that only weighs a language ("l'arabe est un plus") speaks of it too.
      if (named.length === 0 || !(languageLine || LANGUAGE_CONTEXT.test(clause) || ASSET.test(clause) || REQUIRED.test(clause))) continue;
      const clauseIsAsset = ASSET.test(clause);
      for (const [position, { code, index }] of named.entries()) {
        // "French (C2) and English (B2)", "français exigé, anglais apprécié": each language takes the level
        // and the weight written after it, before the next one; the clause's weight otherwise.
        const segment = clause.slice(index, named[position + 1]?.index ?? clause.length);
        const required = ASSET.test(segment) ? false : REQUIRED.test(segment) ? true : !clauseIsAsset;
        const own = segment.match(CEFR);
        const level = (own ?? (position === 0 ? clause.slice(0, index).match(CEFR) : null))?.[1]?.toUpperCase();
        const previous = found.get(code);
        const candidate: LanguageRequirement = {
          code,
          level: level && (CEFR_LEVELS as readonly string[]).includes(level) ? (level as LanguageRequirement['level']) : null,
          required,
          raw: clause.trim().slice(0, 200),
        };
        // A stated level or a requirement says more than an earlier bare mention.
        if (!previous || (previous.level === null && candidate.level !== null) || (!previous.required && candidate.required && candidate.level)) {
          found.set(code, previous ? { ...candidate, required: candidate.required || previous.required } : candidate);
        }
      }
    }
  }
  return Array.from(found.values());
}

// ---------------------------------------------------------------- experience

export const EXPERIENCE_PATTERNS = [
  // "experiencia mínima de 5 años", "expérience minimale de 10 ans", "minimum experience of 8 years"
  new RegExp(`(?:experiences?|experiencia)\\s+(?:professionnelle\\s+|profesional\\s+|professional\\s+)?(?:minimale?|minima|minimum|minimo)?\\s*(?:de|of|d')\\s*${NUMBER}\\+?\\s*(?:years?|ans?|annees?|anos?)`, 'g'),
  new RegExp(`(?:minimum|at least|au moins|au minimum|minimo|al menos|a minimum of|minimum of|mini)\\s+(?:de\\s+)?${NUMBER}\\+?\\s*(?:years?|ans?|annees?|anos?)`, 'g'),
  new RegExp(`${NUMBER}\\+?\\s*(?:\\(\\d+\\)\\s*)?(?:(?:or more|ou plus|o mas)\\s+)?(?:years?|ans?|annees?|anos?)\\s+(?:minimum\\s+)?(?:of\\s+|d'|de\\s+)?(?:[\\w'-]+\\s+){0,3}?(?:experiences?|experiencia|expertise)`, 'g'),
];

/** An experience label's value that is only a count of years: "Année d'Expérience Requise : 5 ans". */
export function yearsOfExperienceLabel(value: string): number | null {
  const match = fold(value).match(new RegExp(`^(?:minimum\\s+|au moins\\s+)?${NUMBER}\\+?\\s*(?:years?|ans?|annees?|anos?)\\b`));
  return match ? toNumber(match[1]!) : null;
}

/** The years of experience a posting asks for: the largest minimum it states ("less than" excluded). */
export function findExperienceYears(text: string): number | null {
  const folded = fold(text);
  let best: number | null = null;
  for (const pattern of EXPERIENCE_PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      const before = folded.slice(Math.max(0, match.index - 12), match.index);
      if (/(moins de|less than|menos de)\s*$/.test(before)) continue;
      const years = toNumber(match[1]!);
      if (years > 0 && years <= 40 && (best === null || years > best)) best = years;
    }
  }
  return best;
}

// ---------------------------------------------------------------- education

const EDUCATION_RULES: Array<[EducationLevel, RegExp]> = [
  ['doctorate', /\b(phd|ph\.d|doctorat\w*|doctorado|doctoral degree|doctorate)\b/],
  ['master', /\b(master'?s?|masters|msc|m\.a\.|ma|mba|bac ?\+ ?5|dea|dess|maestria|magister|postgraduate|advanced (?:university )?degree|diplome d'ingenieur|troisieme cycle)\b/],
  ['bachelor', /\b(bachelor'?s?|ba|bsc|b\.a\.|licence|bac ?\+ ?[34]|licenciatura|first[- ]level university degree|undergraduate|premier cycle|grado universitario|titulo profesional)\b/],
  ['secondary', /\b(baccalaureat|bac(?!\s?\+)|high school|secondary|bachillerato|secondaire)\b/],
];
const EDUCATION_CONTEXT = /\b(degree|diplome|diploma|education|formation|titulo|licenciatura|university|universit\w*|bac ?\+|master|phd|doctorat|etudes|studies|estudios|qualification)/;
const EDUCATION_ORDER: EducationLevel[] = ['secondary', 'bachelor', 'master', 'doctorate'];

/** A degree named with no level: a bachelor's unless the same requirement names a higher one. */
const ANY_UNIVERSITY_DEGREE = /\b(university degree|diplome universitaire|titulo universitario|degree from a recognized university)\b/;
/** "A first-level degree ... may be accepted in lieu of the advanced degree" substitutes; it does not lower the requirement. */
const SUBSTITUTION = new RegExp(`[^.]*\\b${SUBSTITUTION_WORDS}\\b[^.]*\\.?`, 'g');

/** The lowest degree that the first education requirement accepts ("BA or MA" → bachelor). */
/** A requirement is a sentence or a bullet; longer lines are page debris, and costly to scan. */
export const MAX_REQUIREMENT_LINE = 3_000;

export function findEducation(text: string): { level: EducationLevel; raw: string } | null {
  for (const line of text.split('\n')) {
    if (line.length > MAX_REQUIREMENT_LINE) continue;
    const foldedLine = fold(line);
    // Most lines name no degree: the costly clean-up below is for the few that do.
    if (!EDUCATION_CONTEXT.test(foldedLine)) continue;
    // Degrees that are only valued ("se valorará una maestría", "a Master's is an asset") do not set the requirement.
    const folded = foldedLine
      .replace(SUBSTITUTION, ' ')
      .split(/[;.]\s/)
      .filter((clause) => !ASSET.test(clause))
      .join('; ');
    if (!EDUCATION_CONTEXT.test(folded)) continue;
    const levels = EDUCATION_RULES.filter(([, pattern]) => pattern.test(folded)).map(([level]) => level);
    if (levels.length === 0 && ANY_UNIVERSITY_DEGREE.test(folded)) levels.push('bachelor');
    if (levels.length === 0) continue;
    const lowest = levels.sort((a, b) => EDUCATION_ORDER.indexOf(a) - EDUCATION_ORDER.indexOf(b))[0]!;
    return { level: lowest, raw: line.trim().slice(0, 300) };
  }
  return null;
}

// ---------------------------------------------------------------- how to apply

// Bounded parts (RFC 5321 lengths): unbounded ones backtrack quadratically over a long run of letters.
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}/g;

/** Cloudflare's e-mail protection: hex bytes, the first the XOR key of the rest. */
export function decodeCloudflareEmail(encoded: string): string | null {
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(encoded)) return null;
  const key = parseInt(encoded.slice(0, 2), 16);
  let decoded = '';
  for (let index = 2; index < encoded.length; index += 2) decoded += String.fromCharCode(parseInt(encoded.slice(index, index + 2), 16) ^ key);
  return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(decoded) ? decoded : null;
}

export function findEmails(text: string): string[] {
  return Array.from(new Set(Array.from(text.matchAll(EMAIL), (match) => match[0].replace(/\.$/, '').toLowerCase())));
}

const SUBJECT_PATTERNS = [
  /(?:indicating|mentioning|quoting|with|including|indiquant|en indiquant|mentionnant|con el titulo|indicando)\s*[:\s]\s*["“«]\s*([^"”»\n]{2,120}?)\s*["”»]\s*(?:on|in|as|en|dans|comme)?\s*(?:the\s+)?(?:subject|objet|asunto|l'objet)/i,
  /(?:subject(?: line)?|objet du (?:mail|message|courriel)|asunto|en objet|(?:pour|comme) objet|in the subject(?: line)?|con el t[ií]tulo)\s*[:：]\s*["“«]?\s*([^"”»\n]{2,120}?)\s*["”»]?\s*(?:\.?\s*$|\n|\.\s+(?=\p{Lu}))/imu,
  /(?:subject(?: line)?|en objet|asunto)\s*[:：]?\s*["“«]\s*([^"”»\n]{2,120}?)\s*["”»]/i,
];

export function findApplySubject(text: string): string | null {
  for (const pattern of SUBJECT_PATTERNS) {
    const match = text.match(pattern);
    if (match) return match[1]!.trim().replace(/[.;,]$/, '');
  }
  return null;
}
