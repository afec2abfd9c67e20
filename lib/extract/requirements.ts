/**
 * A posting's requirements as structured items, each with the posting's own words for it (its quote),
 * so that the user sees what a fit is judged on: languages and their level, years of experience and
 * what they must be in, the lowest degree accepted, who may apply by nationality, and the period to be
 * available for. Nothing is guessed: a requirement exists only where a line of the description states
 * it, and its quote is a piece of that line.
 *
 * Lines that belong to a selection grid are how applicants are scored, not what they must have: they
 * are read only when the posting states a kind of requirement nowhere else.
 */
import type { Posting, Requirement } from '../schema';
import { REGIONS, THEMES, type WeightedPhrase } from '../taxonomy';
import { fold } from '../text';
import { findDates } from './dates';
import { ASSET, EXPERIENCE_PATTERNS, LANGUAGE_NAMES, MAX_REQUIREMENT_LINE, toNumber } from './fields';
import { countryCodeOf, findCountry } from './places';
import { selectionGridLines } from './grids';

/** What the requirements are read from: the description, and the fields already read from it. */
export type RequirementSource = Pick<Posting, 'description' | 'languages' | 'education' | 'location'>;

type LanguageItem = Extract<Requirement, { kind: 'language' }>;
type ExperienceItem = Extract<Requirement, { kind: 'experience' }>;
type EducationItem = Extract<Requirement, { kind: 'education' }>;
type NationalityItem = Extract<Requirement, { kind: 'nationality' }>;
type AvailabilityItem = Extract<Requirement, { kind: 'availability' }>;

/** The requirements a posting states, in this order: languages, experience, education, nationality, availability. */
export function findRequirements(posting: RequirementSource): Requirement[] {
  const clauses = clausesOf(posting.description);
  const outsideGrids = clauses.filter((clause) => !clause.inGrid);
  const inGrids = clauses.filter((clause) => clause.inGrid);
  const preferOutsideGrids = <Item>(read: (from: Clause[]) => Item[]): Item[] => {
    const stated = read(outsideGrids);
    return stated.length > 0 || inGrids.length === 0 ? stated : read(inGrids);
  };
  return [
    ...languageRequirements(posting.languages, clauses),
    ...preferOutsideGrids(experienceRequirements),
    ...educationRequirements(posting.education, clauses),
    ...preferOutsideGrids((from) => nationalityRequirements(from, posting.location.country)),
    ...preferOutsideGrids(availabilityRequirements),
  ];
}

// ---------------------------------------------------------------- clauses and quotes

/** A sentence or a list item: what one requirement is stated in. */
interface Clause {
  text: string;
  /** fold(text): the form the patterns read. */
  folded: string;
  inGrid: boolean;
}

/** Where findLanguages() cuts a line into clauses; the other readers cut alike so that quotes agree. */
const CLAUSE_BREAK = /[;•·]|\.\s/;

function clausesOf(description: string): Clause[] {
  const lines = description.split('\n');
  // One fold() for the whole text: fold() never adds or removes a line break, so the lines stay aligned.
  const foldedLines = fold(description).split('\n');
  const gridLines = selectionGridLines(lines, foldedLines);
  const clauses: Clause[] = [];
  lines.forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.length > MAX_REQUIREMENT_LINE) return;
    const pieces = line.split(CLAUSE_BREAK);
    let foldedPieces = foldedLines[index]!.trim().split(CLAUSE_BREAK);
    // fold() could turn a rare character into a break (Greek ";"): fold the pieces one by one then.
    if (foldedPieces.length !== pieces.length) foldedPieces = pieces.map(fold);
    pieces.forEach((piece, position) => {
      const text = piece.trim();
      if (text !== '') clauses.push({ text, folded: foldedPieces[position]!.trim(), inGrid: gridLines.has(index) });
    });
  });
  return clauses;
}

/** The clause's own letters between two offsets of its folded form (the folded ones when fold() resized it). */
function originalSlice(clause: Clause, start: number, end: number): string {
  return clause.folded.length === clause.text.length ? clause.text.slice(start, end) : clause.folded.slice(start, end);
}

const MAX_QUOTE = 200;
const LEADING_MARKS = /^(?:[•·▪◦‣∙●○■□➢➤►✓✔*§–—-]+\s*|o\s+)+/;
const TRAILING_MARKS = /[\s;,:]+$/;

/** The clause as a quote: without its bullet, on one line, and around `at` when it is longer than a quote. */
function quoteOf(text: string, at = 0): string {
  let start = 0;
  let end = text.length;
  if (text.length > MAX_QUOTE) {
    start = Math.max(0, Math.min(at - 40, text.length - MAX_QUOTE));
    end = start + MAX_QUOTE;
    // Whole words only.
    const firstSpace = text.indexOf(' ', start);
    if (start > 0 && firstSpace !== -1 && firstSpace < at) start = firstSpace + 1;
    const lastSpace = text.lastIndexOf(' ', end);
    if (end < text.length && lastSpace > at) end = lastSpace;
  }
  return text.slice(start, end).replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '').replace(/\s+/g, ' ');
}

// "10 ans ou plus", "more than 5 years": "plus" and "more" there do not make an asset.
const NOT_ASSET_WORDS = /\b(?:ou|or|o) (?:plus|more|mas)\b|\b(?:plus|more) (?:de|than|que)\b|\b(?:de|en) plus\b/g;

/**
 * An asset rather than a requirement ("un atout", "desirable", "se valorará"). A label's words do not
 * count: "Profil souhaité : Bac+3" and "Langue(s) souhaitée(s) : Anglais B2" state requirements.
 */
function isAsset(folded: string): boolean {
  const colon = folded.indexOf(':');
  const statement = colon > 0 && colon <= 60 ? folded.slice(colon + 1) : folded;
  return ASSET.test(statement.replace(NOT_ASSET_WORDS, ' '));
}

// ---------------------------------------------------------------- languages

/** The "Langues : " that understand() puts in front of a languages label's value. */
const LANGUAGES_LABEL = /^(?:langues?|languages?|idiomas?)\s*:\s*/;

/**
 * One item per language findLanguages() read, quoted from the clause it was read in. A clause outside
 * the grids is preferred ("Fluent in French and English (C1 expected)" over the grid's "English and
 * French C1"), then one that names the language with its level.
 */
function languageRequirements(languages: RequirementSource['languages'], clauses: readonly Clause[]): LanguageItem[] {
  return languages.flatMap(({ code, level, required, raw }) => {
    const name = LANGUAGE_NAMES.find(([candidate]) => candidate === code)?.[1];
    if (!name) return [];
    const naming = clauses.filter((clause) => name.test(clause.folded));
    const outside = naming.filter((clause) => !clause.inGrid);
    const said = raw ? fold(raw).replace(LANGUAGES_LABEL, '').trim() : '';
    const saysIt = (clause: Clause) => said !== '' && clause.folded.includes(said);
    const levelPattern = level ? new RegExp(`\\b${level.toLowerCase()}\\b`) : null;
    const givesLevel = (clause: Clause) => levelPattern !== null && levelPattern.test(clause.folded);
    const clause = outside.find(saysIt) ?? outside.find(givesLevel) ?? naming.find(saysIt) ?? outside[0] ?? naming[0];
    if (!clause) return [];
    return [{ kind: 'language' as const, code, level, required, quote: quoteOf(clause.text, clause.folded.search(name)) }];
  });
}

// ---------------------------------------------------------------- experience

const EXPERIENCE_WORD = /experien|expertise/;
const LESS_THAN = /(moins de|less than|menos de)\s*$/;
/** "A first-level degree with 2 additional years … in lieu of the advanced degree" substitutes; it does not require. */
const SUBSTITUTION = /\b(?:in lieu of|a la place d[ue]|en lieu et place|a defaut|en lugar de|en sustitucion)\b/;
/** Words that qualify experience without saying what it is in. */
const GENERIC_QUALIFIER =
  '(?:professional|professionnelle?s?|profesional(?:es)?|relevant|pertinente?s?|relevante?s?|working|work|progressive(?:ly)?|responsible|' +
  'increasingly|proven|demonstrated|confirmed|confirmee?s?|solide?s?|significant|significative?s?|practical|pratiques?|prior|previous|' +
  'prealable|cumulative|cumulee?s?|combined|total|overall|general|generale?s?|full-time|post-?graduate|minimum|minimale?|minima|minimo|' +
  'additional|adicional(?:es)?|supplementaires?|demostrable|comprobable|acreditable|at least|au moins|al menos|or more|ou plus|o mas)';
const EXPERIENCE_NOUN = '(?:experiences?|experiencia|expertise)';
const GENERIC_WORD = new RegExp(`^(?:${GENERIC_QUALIFIER}|of|d'|de|en)$`);
/** What may follow "N years" before the scope: "(10)", "of relevant professional experience", "minimum". */
const YEARS_TAIL = new RegExp(
  `^(?:[\\s,]+|\\(\\d{1,3}\\)|${GENERIC_QUALIFIER}\\b|${EXPERIENCE_NOUN}\\b|(?:of|de)\\s+(?=(?:\\S+\\s+){0,2}${EXPERIENCE_NOUN})|d'(?=(?:\\S+\\s+){0,2}${EXPERIENCE_NOUN}))`,
);
/** The word that opens the scope ("in", "dans", "en", "with"), or an English gerund ("experience managing…"). */
const SCOPE_OPENING = /^(?:(?:in|within|en|dans|at|with|avec|con|on|sur|of)\s+|au sein (?:de la|de l'|du|des|de|d')\s*|(?=[a-z]+ing\s))/;
/** "the field of", "le domaine de la", "domains related to": the scope is what follows. */
const FIELD_LEAD_IN =
  /^(?:(?:the|a|an|le|la|les|el|los|las|un|une)\s+|l')?(?:(?:fields?|domains?|areas?|sectors?|domaines?|secteurs?|ambitos?|campos?|matiere)\s+(?:(?:(?:related|linked) to|lie?e?s? (?:a|au|aux)|relati(?:f|ve|fs|ves) (?:a|au|aux)|of|de|du|des)\s+|d'))?(?:(?:the|le|la|les|el|los|las|de la|du|des)\s+|l')?/;
/** Where a scope ends: the clause's next part, a qualification of it, or the verb that weighs it. */
const SCOPE_END =
  /\s*(?:[;:(]|\.(?:\s|$)|,\s*(?:of which|including|dont|y compris|incluyendo|preferably|ideally|de preference|idealement|preferentemente|idealmente|or equivalent|ou equivalent)\b|\s(?:is|are|est|sont|es|son|would|serait|sera|will|must|doit|may|peut|puede)\s)/;
/** "3 years of experience with an undergraduate degree": the degree is not what the years are in. */
const DEGREE_SCOPE = /^(?:an?\s+|une?\s+|una?\s+)?(?:undergraduate|graduate|bachelor|master|doctorate|phd|advanced|first-level|university|degree|diplome|licence|licenciatura|maestria|doctorat|titulo)/;
/** "Être membre d'une force de sécurité intérieure (Police) avec au minimum 20 années…": years in that body. */
const MEMBERSHIP =
  /^(?:etre|be|being|ser|avoir ete|have been|having been)\s+(?:(?:an?|une?|una?)\s+)?(?:membre|member|miembro)\s+(?:(?:d'une?|de la|du|des|of the|of an?|of|de una?|de la|de)\s+|de l'|d')?/;
const MEMBERSHIP_YEARS = /\s(?:avec|with|con|ayant|having)\s+$/;
const YEARS_THEN_WORDS = new RegExp(`(?:years?|ans?|annees?|anos?)\\s+(?:minimum\\s+)?(?:of\\s+|d'|de\\s+)?((?:[\\w'-]+\\s+){1,3}?)${EXPERIENCE_NOUN}$`, 'd');
const TRAILING_LINK_WORDS = /(?:\s+(?:of|de|d'|du|des|and|et|y|or|ou|o|the|la|le|les|el))+$/;
const MAX_SCOPE = 120;
/** A sentence states a few years requirements at most ("6 years with a BA, or 5 with an MA"); more is page debris. */
const MAX_STATEMENTS_PER_CLAUSE = 4;

interface YearsStatement {
  years: number;
  start: number;
  end: number;
}

/** Each "N years" of a clause once, spanning what every pattern read of it. */
function yearsStatements(folded: string): YearsStatement[] {
  const found: YearsStatement[] = [];
  for (const pattern of EXPERIENCE_PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      if (LESS_THAN.test(folded.slice(Math.max(0, match.index - 12), match.index))) continue;
      const years = toNumber(match[1]!);
      if (!(years > 0 && years <= 40)) continue;
      const start = match.index;
      // The patterns may stop inside the unit's word ("an" of "años"): the statement ends with the word.
      let end = start + match[0].length;
      while (end < folded.length && /[a-z]/.test(folded[end]!)) end++;
      const same = found.find((statement) => statement.years === years && start < statement.end && end > statement.start);
      if (same) {
        same.start = Math.min(same.start, start);
        same.end = Math.max(same.end, end);
      } else {
        found.push({ years, start, end });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The scope as the clause writes it, between two offsets of its folded form; null when nothing is left. */
function scopeBetween(clause: Clause, start: number, end: number): string | null {
  const folded = clause.folded.slice(start, end).replace(/[\s,;:.]+$/, '').replace(TRAILING_LINK_WORDS, '');
  if (folded.trim().length < 2 || DEGREE_SCOPE.test(folded)) return null;
  let scope = originalSlice(clause, start, start + folded.length).trim();
  if (scope.length > MAX_SCOPE) scope = scope.slice(0, scope.lastIndexOf(' ', MAX_SCOPE)).replace(/[\s,;:]+$/, '');
  return scope;
}

/** "… years of experience in X", "… ans d'expérience dans le domaine de X", "… experience managing X": X. */
function scopeAfter(clause: Clause, statement: YearsStatement): string | null {
  const { folded } = clause;
  let position = statement.end;
  for (let tail = YEARS_TAIL.exec(folded.slice(position)); tail && tail[0] !== ''; tail = YEARS_TAIL.exec(folded.slice(position))) {
    position += tail[0].length;
  }
  const opening = SCOPE_OPENING.exec(folded.slice(position));
  if (!opening) return null;
  position += opening[0].length;
  position += FIELD_LEAD_IN.exec(folded.slice(position))![0].length;
  const end = folded.slice(position).search(SCOPE_END);
  return scopeBetween(clause, position, end === -1 ? folded.length : position + end);
}

/** "10 years of humanitarian experience": the words between the years and "experience". */
function scopeWithin(clause: Clause, statement: YearsStatement): string | null {
  const within = YEARS_THEN_WORDS.exec(clause.folded.slice(statement.start, statement.end));
  if (!within?.indices?.[1] || within[1]!.trim().split(/\s+/).every((word) => GENERIC_WORD.test(word))) return null;
  const [start, end] = within.indices[1];
  return scopeBetween(clause, statement.start + start, statement.start + end);
}

/** "Être membre d'une force … (Police) avec au minimum 20 années d'expérience": the body named first. */
function scopeBefore(clause: Clause, statement: YearsStatement): string | null {
  const lead = clause.folded.match(MEMBERSHIP);
  const connective = clause.folded.slice(0, statement.start).match(MEMBERSHIP_YEARS);
  return lead && connective ? scopeBetween(clause, lead[0].length, connective.index!) : null;
}

function experienceRequirements(clauses: readonly Clause[]): ExperienceItem[] {
  const found = new Map<string, ExperienceItem>();
  for (const clause of clauses) {
    if (!EXPERIENCE_WORD.test(clause.folded) || SUBSTITUTION.test(clause.folded)) continue;
    for (const statement of yearsStatements(clause.folded).slice(0, MAX_STATEMENTS_PER_CLAUSE)) {
      const scope = scopeAfter(clause, statement) ?? scopeWithin(clause, statement) ?? scopeBefore(clause, statement);
      const key = `${statement.years}|${scope === null ? '' : fold(scope)}`;
      if (found.has(key)) continue;
      found.set(key, {
        kind: 'experience',
        years: statement.years,
        scope,
        ...(scope === null ? { themeIds: [], regionIds: [] } : tagsOfScope(scope)),
        required: !isAsset(clause.folded),
        quote: quoteOf(clause.text, statement.start),
      });
    }
  }
  return Array.from(found.values());
}

// ---------------------------------------------------------------- what a scope names: themes and regions

/** Words as the taxonomy's phrases are written (lib/taxonomy.ts): folded letters and digits, "stem*". */
const PHRASE_WORD = /[a-z0-9\u00df-\u00f6\u00f8-\u024f]+\*?/g;
/** Each word of a phrase also matches its plural in -s, -x and -es, as in the classifier. */
const PLURAL_SUFFIXES = ['', 's', 'x', 'es'];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface ScopePhrase {
  ids: readonly string[];
  words: ReadonlyArray<{ word: string; stem: boolean }>;
}

/**
 * The taxonomy's phrases by the forms of their first word, so that a scope's words are looked up, not
 * scanned for every phrase; phrases opening on a stem ("traffick*") are few and tried on every word.
 */
const PHRASES_BY_FIRST_WORD = new Map<string, ScopePhrase[]>();
const PHRASES_OPENING_ON_STEM: ScopePhrase[] = [];
const ACRONYMS: Array<{ ids: readonly string[]; pattern: RegExp }> = [];

function addTarget(ids: readonly string[], phrases: readonly WeightedPhrase[], acronyms: readonly WeightedPhrase[]) {
  for (const [phrase] of phrases) {
    const words = (fold(phrase).match(PHRASE_WORD) ?? []).map((word) => ({ word: word.replace(/\*$/, ''), stem: word.endsWith('*') }));
    if (words.length === 0) continue;
    const entry = { ids, words };
    if (words[0]!.stem) PHRASES_OPENING_ON_STEM.push(entry);
    else for (const suffix of PLURAL_SUFFIXES) PHRASES_BY_FIRST_WORD.set(words[0]!.word + suffix, [...(PHRASES_BY_FIRST_WORD.get(words[0]!.word + suffix) ?? []), entry]);
  }
  // Acronyms keep their case: "TEH", not "teh".
  if (acronyms.length) ACRONYMS.push({ ids, pattern: new RegExp(`(?<![A-Za-z0-9])(?:${acronyms.map(([acronym]) => escapeRegExp(acronym)).join('|')})s?(?![A-Za-z0-9])`) });
}

for (const theme of THEMES) addTarget([`theme:${theme.id}`], [...theme.phrases.en, ...theme.phrases.fr, ...theme.phrases.es], theme.acronyms);
for (const region of REGIONS) addTarget([`region:${region.id}`], region.phrases, region.acronyms);
// "10 années d'expériences en Afrique": the continent is every one of its regions.
addTarget(
  ['west-africa', 'sahel', 'central-africa', 'east-africa', 'southern-africa', 'north-africa-middle-east'].map((id) => `region:${id}`),
  ['afrique', 'africa', 'african', 'africain', 'africaine', 'africano', 'africana'].map((word) => [word, 1] as const),
  [],
);
const THEME_ORDER = THEMES.map((theme) => `theme:${theme.id}`);
const REGION_ORDER = REGIONS.map((region) => `region:${region.id}`);

function wordMatches(word: string, slot: ScopePhrase['words'][number]): boolean {
  return slot.stem ? word.startsWith(slot.word) : PLURAL_SUFFIXES.some((suffix) => word === slot.word + suffix);
}

/**
 * The themes and regions a scope names. Where phrases overlap the longest one speaks ("trafic de
 * migrants" is migration, not the "trafic" of organised crime; "Afrique de l'Ouest" is not all Africa).
 */
function tagsOfScope(scope: string): { themeIds: string[]; regionIds: string[] } {
  const words = fold(scope).match(PHRASE_WORD) ?? [];
  const spans: Array<{ ids: readonly string[]; start: number; end: number }> = [];
  words.forEach((word, start) => {
    const candidates = [...(PHRASES_BY_FIRST_WORD.get(word) ?? []), ...PHRASES_OPENING_ON_STEM.filter((phrase) => word.startsWith(phrase.words[0]!.word))];
    for (const phrase of candidates) {
      if (phrase.words.every((slot, offset) => start + offset < words.length && wordMatches(words[start + offset]!, slot))) {
        spans.push({ ids: phrase.ids, start, end: start + phrase.words.length });
      }
    }
  });
  const named = new Set<string>();
  const kept: typeof spans = [];
  for (const span of spans.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (kept.every((other) => span.end <= other.start || span.start >= other.end)) kept.push(span);
  }
  kept.forEach((span) => span.ids.forEach((id) => named.add(id)));
  for (const { ids, pattern } of ACRONYMS) if (pattern.test(scope)) ids.forEach((id) => named.add(id));
  // A country named in the scope places it in the country's regions ("5 years in Mali").
  const country = findCountry(scope)?.code;
  if (country) REGIONS.filter((region) => region.countries.includes(country)).forEach((region) => named.add(`region:${region.id}`));
  return {
    themeIds: THEME_ORDER.filter((id) => named.has(id)),
    regionIds: REGION_ORDER.filter((id) => named.has(id)),
  };
}

// ---------------------------------------------------------------- education

/** The words that name a degree, to quote the clause of the line that names it. */
const DEGREE_WORD = /\b(?:degree|diplom\w*|master|bachelor|licen\w*|bac ?\+|baccalaureat|phd|doctor\w*|maestria|titulo|universit\w*|bachillerato|high school|secondaire|secondary)/;
/** Enough of raw's first words to find the clause it starts in, whatever label comes before it. */
const RAW_OPENING = 40;
/** Shorter pieces of the degree's line are list numbers ("3." of "3. Appui…"), not clauses that state it. */
const MIN_EDUCATION_CLAUSE = 8;

/** The lowest degree findEducation() read, quoted from the clause of its line that names a degree. */
function educationRequirements(education: RequirementSource['education'], clauses: readonly Clause[]): EducationItem[] {
  const { level, raw } = education;
  if (!level || !raw) return [];
  // raw is the line, or a label's value, that the degree was read in: its clauses, or the clause that holds its opening.
  const said = fold(raw);
  const opening = said.slice(0, RAW_OPENING);
  const stating = clauses.filter(
    (clause) => ((clause.folded.length >= MIN_EDUCATION_CLAUSE && said.includes(clause.folded)) || clause.folded.includes(opening)) && !SUBSTITUTION.test(clause.folded),
  );
  const clause = stating.find((candidate) => DEGREE_WORD.test(candidate.folded)) ?? stating[0];
  return clause ? [{ kind: 'education', level, required: true, quote: quoteOf(clause.text) }] : [];
}

// ---------------------------------------------------------------- nationality

const NATIONALITY_WORD =
  /\b(?:nationalit(?:y|ies|e|es)|nacionalidad(?:es)?|nationals|national of|nacional de|nacionales|ressortissante?s?|citizens?|citizenship|citoyen(?:ne)?s?|citoyennete|ciudadan[oa]s?|ciudadania)\b/;
const NATIONALITY_RULE =
  /\b(?:only|exclusively|solely|uniquement|exclusivement|seulement|solo|solamente|unicamente|exclusivamente|must|doit|doivent|deben?|required|requise?|exigee?|obligatoire|indispensable|imprescindible|reserved|reservee?s?|reservad[oa]s?|restricted|limited|limitee?s?|open to|ouverte?s? aux?|abiert[oa]s? a|eligible|eligibles|elegibles?|preference|priorit\w*|preferen\w*|requisit\w*|requirements?)\b|^(?:nationality|nationalite|nacionalidad)\s*:/;
/** "Open to all nationalities", "workforce diversity in terms of gender, nationality": no rule. */
const ANY_NATIONALITY =
  /\b(?:all nationalities|any nationality|toutes (?:les )?nationalites|toute nationalite|sans distinction|regardless|irrespective|without distinction|todas las nacionalidades|cualquier nacionalidad|sin distincion|divers\w*)\b/;
const PREFERENCE = /\b(?:preference|priorit\w*|preferen\w*)\b/;
const EUROPEAN_UNION_WORDS = /\b(?:union europeenne|european union|union europea)\b/;
const EUROPEAN_UNION_ACRONYM = /\b(?:EU|UE)\b/;
/** "national candidates", "candidats nationaux": nationals of the posting's country, unnamed. */
const NATIONALS_UNNAMED = /\b(?:nationaux|nationales|national candidates|candidatos nacionales|personal nacional)\b/;
const EU_MEMBERS = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

/** UN categories for nationals of the duty station's country: "National Consultant", "Consultor/a nacional". */
const NATIONAL_POST =
  "(?:national (?:consultant|officer|professional officer|expert|project officer)|(?:consultant|expert|administrateur|charge)(?:e|\\(e\\))? national(?:e|\\(e\\))?|consultor(?:\\/a|a|\\(a\\))? nacional|oficial nacional|experto? nacional|experta nacional)";
/** The post as a heading or a label's value: "National Consultant - Evaluation…", "Post Level : National Consultant". */
const NATIONAL_POST_HEADING = new RegExp(`^(?:[^:\\t]{1,40}[:\\t]\\s*)?(?:[^:\\t.]{0,40}?\\s[-–—|]\\s)?(?:an?\\s|une?\\s|una\\s)?${NATIONAL_POST}\\b`);
/** The post as the sentence that announces it: "UNDP seeks a national consultant…". */
const NATIONAL_POST_SOUGHT = new RegExp(
  `\\b(?:seek\\w*|recruit\\w*|hiring|looking for|recrute\\w*|recherche\\w*|busca\\w*|contrata\\w*|selecciona\\w*)\\s+(?:an?|une?|un\\/a|un\\(e\\)|una)\\s+${NATIONAL_POST}\\b`,
);
/** UN national officer grades, on a grade or level line: "Grade: NO-B". */
const NATIONAL_OFFICER_GRADE = /\bNO-?[A-D]\b/;
const GRADE_LABEL = /\b(?:grade|level|niveau|nivel|categor\w*)\b/;
/** "For P2/NOB": open to international staff too. */
const INTERNATIONAL_GRADE = /\b(?:P|D|FS)-?\d\b/;

/** Demonyms that the suffix rules below cannot reach from the country's name. */
const DEMONYMS: Record<string, string> = {
  ivoirien: 'CI', ivorian: 'CI', burkinabe: 'BF', french: 'FR', british: 'GB', american: 'US', americain: 'US',
  estadounidense: 'US', malagasy: 'MG', malgache: 'MG', ecuatoriano: 'EC', guatemalteco: 'GT', salvadoreno: 'SV',
  venezolano: 'VE', argentino: 'AR', brasileno: 'BR', dominicain: 'DO', dominicano: 'DO',
};
/**
 * A demonym's ending, and what to put back to get the country's name: "nigérien" → Niger, "nigerian" →
 * Nigeria, "sénégalais" → Sénégal, "malien" → Mali, "guinéen" → Guinée, "peruano" → Perú. Feminine and
 * plural forms are brought back to the masculine singular first.
 */
const DEMONYM_ENDINGS: ReadonlyArray<[suffix: string, completions: readonly string[]]> = [
  ['ien', ['', 'ie', 'i', 'e', 'a', 'ia']],
  ['een', ['ee', 'e']],
  ['lais', ['', 'o']],
  ['ais', ['', 'e', 'a']],
  ['ois', ['', 'e']],
  ['ian', ['ia', 'i', 'a', '']],
  ['an', ['a', 'o', '']],
  ['lese', ['', 'o']],
  ['ese', ['', 'a', 'o']],
  ['ano', ['a', 'o', '']],
  ['eno', ['e', 'a', 'as']],
  ['', ['']],
];

function masculineSingular(word: string): string {
  return word.replace(/s$/, '').replace(/(ien|een)ne$/, '$1').replace(/(ais|ois)e$/, '$1').replace(/a$/, 'o');
}

function countryOfDemonym(word: string): string | null {
  for (const form of new Set([word, masculineSingular(word)])) {
    if (DEMONYMS[form]) return DEMONYMS[form]!;
    for (const [suffix, completions] of DEMONYM_ENDINGS) {
      if (!form.endsWith(suffix) || form.length - suffix.length < 3) continue;
      const stem = form.slice(0, form.length - suffix.length);
      for (const completion of completions) {
        const code = countryCodeOf(stem + completion);
        if (code) return code;
      }
    }
  }
  return null;
}

/** The countries a clause names, by name ("nationals of Senegal") or by demonym ("de nationalité nigérienne"). */
function countriesNamed(clause: Clause): string[] {
  const found = new Set<string>();
  let rest = clause.text;
  for (let country = findCountry(rest); country; country = findCountry(rest)) {
    found.add(country.code);
    rest = rest.slice(rest.indexOf(country.name) + country.name.length);
  }
  for (const word of clause.folded.match(/[a-z]{4,}/g) ?? []) {
    const code = countryOfDemonym(word);
    if (code) found.add(code);
  }
  return Array.from(found);
}

function nationalityOf(clause: Clause, postingCountry: string | null): Omit<NationalityItem, 'quote' | 'required'> | null {
  const { folded, text } = clause;
  const isNationalPost =
    NATIONAL_POST_HEADING.test(folded) || NATIONAL_POST_SOUGHT.test(folded) || (NATIONAL_OFFICER_GRADE.test(text) && GRADE_LABEL.test(folded) && !INTERNATIONAL_GRADE.test(text));
  if (isNationalPost) {
    const named = findCountry(text)?.code ?? postingCountry;
    return { kind: 'nationality', rule: 'national', countries: named ? [named] : [] };
  }
  if (!(NATIONALITY_WORD.test(folded) || NATIONALS_UNNAMED.test(folded)) || !NATIONALITY_RULE.test(folded) || ANY_NATIONALITY.test(folded)) return null;
  if (EUROPEAN_UNION_WORDS.test(folded) || EUROPEAN_UNION_ACRONYM.test(text)) return { kind: 'nationality', rule: 'eu', countries: EU_MEMBERS };
  const countries = countriesNamed(clause);
  if (countries.length > 1) return { kind: 'nationality', rule: 'listed', countries };
  if (countries.length === 1) return { kind: 'nationality', rule: 'national', countries };
  if (NATIONALS_UNNAMED.test(folded)) return { kind: 'nationality', rule: 'national', countries: postingCountry ? [postingCountry] : [] };
  return null;
}

/** The words without which a clause says nothing of nationality: a cheap test before the others. */
const NATIONALITY_CUE = /nationa|nacional|ressortiss|citizen|citoyen|ciudadan|\bno-?[a-d]\b/;
/** A nationality rule is one sentence; a longer clause is a list or page debris, and costly to scan for names. */
const MAX_NATIONALITY_CLAUSE = 500;

/** Who may apply by nationality; a posting that says so twice ("National Consultant", "seeks a national consultant") gives one item. */
function nationalityRequirements(clauses: readonly Clause[], postingCountry: string | null): NationalityItem[] {
  const found = new Map<string, NationalityItem>();
  for (const clause of clauses) {
    if (clause.folded.length > MAX_NATIONALITY_CLAUSE || !NATIONALITY_CUE.test(clause.folded)) continue;
    const rule = nationalityOf(clause, postingCountry);
    if (!rule) continue;
    const key = `${rule.rule}|${rule.countries.join(',')}`;
    const required = !(PREFERENCE.test(clause.folded) || isAsset(clause.folded));
    if (!found.has(key)) found.set(key, { ...rule, required, quote: quoteOf(clause.text, clause.folded.search(NATIONALITY_CUE)) });
  }
  return Array.from(found.values());
}

// ---------------------------------------------------------------- availability

/** Words of a period the person works in: the mission, its dates, a start, a contract. */
const PERIOD_CUE =
  /\b(?:period\w*|periode|periodo|dates?|fechas?|disponib\w*|available|availability|mission|assignment|consultancy|consultance|consultoria|contract|contrat|contrato|start\w*|debut|inicio|commencement|prise de (?:poste|fonctions?)|entree en fonctions?|incorporacion|duration|duree|duracion|implementation|mise en oeuvre)\b/;
/** Dates of the application, the publication or the project itself are not the person's period. */
const OTHER_DATES =
  /\b(?:candidat\w*|applications?|apply|postul\w*|submi\w*|soumi\w*|deadline|date limite|closing|cloture|cierre|publi\w*|posted|posting|vacancy|vacance|announcement|annonce|affichage|convocatoria|mis en ligne|expir\w*)\b/;
const PROJECT_WORD = /\b(?:project|projet|programme|program|proyecto|programa)\b/;
const PERSON_CUE = /\b(?:mission|assignment|consultan\w*|contra\w*|expert\w*|disponib\w*|available|availability|poste?|position|puesto|volontari\w*|voluntari\w*|volunteer)\b/;
/** The connector of a range of dates: "du … au …", "from … to …", "between … and …", "del … al …". */
const RANGE_CONNECTOR = /^\s*(?:au|to|until|till|through|thru|al|a|hasta(?: el)?|and(?: the)?|et(?: le)?|y(?: el)?|-)\s*(?:le\s+|el\s+|the\s+)?$/;
/** A start: "from March 2021", "à partir du 1er mars 2025", "Start date: …", "a partir de marzo de 2025". */
const START_CUE =
  /\b(?:from|starting(?: (?:in|on|from))?|start(?:ing)? date|commencing|as of|a partir d(?:u|e|es)|a compter d(?:u|e)|des le|date de debut|debut|fecha de inicio|inicio|desde)\b\s*:?\s*(?:le\s+|el\s+|the\s+|early\s+|debut\s+)?/g;
/** "Période envisagée : novembre 2025": a whole month. */
const PERIOD_LABEL = /^(?:periode|period|periodo|dates?|fechas?)\b[^:]{0,40}:\s*/;
/** A month and year in words, "March 2021", "novembre 2025", "marzo de 2025" (a regex source). */
const MONTH_YEAR = "(?:de\\s+|d')?([a-z]{3,10})\\.?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b";
/** What may stand between a start cue and its date: a few words, no other number or sentence. */
const CUE_TO_DATE = /^[^\d.;]{0,25}$/;
const CUE_TO_MONTH = new RegExp(`^(?:[^\\d.;]{0,25}?\\s)?${MONTH_YEAR}`);
const WHOLE_MONTH = new RegExp(`^${MONTH_YEAR}[\\s.;,]*$`);
// "from 1 June to 31 August 2024", "du 1er au 31 mars 2025": the first date borrows what the second one writes.
const FIRST_DATE_WITHOUT_YEAR =
  /\b(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:de\s+)?([a-z]{3,10})\.?(\s+(?:to|until|till|through|au|al|a|hasta|and|et|y|-)\s+(?:the\s+|le\s+|el\s+)?\d{1,2}(?:er|st|nd|rd|th)?\s+(?:de\s+)?[a-z]{3,10}\.?\s+(?:de\s+|del\s+)?(\d{4}))/g;
const FIRST_DAY_ONLY =
  /\b(\d{1,2})(?:er|st|nd|rd|th)?(\s+(?:to|au|al|a|-|and|et|y)\s+(?:le\s+|el\s+|the\s+)?\d{1,2}(?:er|st|nd|rd|th)?\s+(?:de\s+)?([a-z]{3,10})\.?\s+(?:de\s+|del\s+)?(\d{4}))/g;

/** The first day of a month written as words ("March 2021", "novembre 2025"), or null. */
function firstOfMonth(month: string, year: string): string | null {
  return findDates(`1 ${month} ${year}`)[0]?.date ?? null;
}

function lastOfMonth(first: string): string {
  const [year, month] = first.split('-').map(Number);
  return new Date(Date.UTC(year!, month!, 0)).toISOString().slice(0, 10);
}

/**
 * The period a clause states: a range, a start, or a whole month. `at` is about where it is written (the
 * completed text may run a few chars longer than the clause), to centre the quote of a long clause.
 */
function periodOf(folded: string): { from: string; to: string | null; at: number } | null {
  const completed = folded.replace(FIRST_DATE_WITHOUT_YEAR, '$1 $2 $4$3').replace(FIRST_DAY_ONLY, '$1 $3 $4$2');
  const dates = findDates(completed);
  for (let index = 0; index + 1 < dates.length; index++) {
    const [first, second] = [dates[index]!, dates[index + 1]!];
    if (first.date < second.date && RANGE_CONNECTOR.test(completed.slice(first.index + first.length, second.index))) {
      return { from: first.date, to: second.date, at: first.index };
    }
  }
  for (const cue of completed.matchAll(START_CUE)) {
    const after = cue.index + cue[0].length;
    // "Début de la mission : 1er mars 2025": a few words may come between the cue and its date.
    const date = dates.find((candidate) => candidate.index >= after && CUE_TO_DATE.test(completed.slice(after, candidate.index)));
    if (date) return { from: date.date, to: null, at: cue.index };
    const month = completed.slice(after).match(CUE_TO_MONTH);
    const first = month ? firstOfMonth(month[1]!, month[2]!) : null;
    if (first) return { from: first, to: null, at: cue.index };
  }
  // "Période envisagée : novembre 2025": the label's whole value is one month.
  const label = completed.match(PERIOD_LABEL);
  const month = label ? completed.slice(label[0].length).match(WHOLE_MONTH) : null;
  const first = month ? firstOfMonth(month[1]!, month[2]!) : null;
  return first ? { from: first, to: lastOfMonth(first), at: 0 } : null;
}

/** The period the person must be available for: the first one the posting states. */
function availabilityRequirements(clauses: readonly Clause[]): AvailabilityItem[] {
  for (const clause of clauses) {
    const { folded } = clause;
    if (!/\d{4}/.test(folded) || !PERIOD_CUE.test(folded) || OTHER_DATES.test(folded)) continue;
    if (PROJECT_WORD.test(folded) && !PERSON_CUE.test(folded)) continue;
    const period = periodOf(folded);
    if (period) return [{ kind: 'availability', from: period.from, to: period.to, required: !isAsset(folded), quote: quoteOf(clause.text, period.at) }];
  }
  return [];
}
