/**
 * What a count of years must be in (its scope: "in project management", "10 years of humanitarian
 * experience"), and the themes and regions that scope names.
 */
import { tagsNamedIn } from '../../classify';
import { alternation } from '../../patterns';
import { REGIONS } from '../../taxonomy';
import { fold } from '../../text';
import { findCountry } from '../places';
import { type Clause, originalSlice, trimEnd } from './clauses';
import { AGENT_VERB, DEGREE_LEVEL_WORDS, EXPERIENCE_NOUN, GENERIC_QUALIFIER, ORGANISATION_NOUN, SUB_CONNECTIVE, YEARS_NUMBER, YEARS_QUANTIFIER, YEARS_UNIT, type YearsStatement } from './years-words';

const GENERIC_WORD = new RegExp(`^(?:${GENERIC_QUALIFIER}|of|d'|de|en)$`);

/** What may follow "N years" before the scope: "(10)", "of relevant professional experience", "minimum". */
const YEARS_TAIL = new RegExp(
  `^(?:[\\s,]+|\\(\\d{1,3}\\)|${GENERIC_QUALIFIER}\\b|${EXPERIENCE_NOUN}\\b|(?:of|de)\\s+(?=(?:\\S+\\s+){0,2}${EXPERIENCE_NOUN})|d'(?=(?:\\S+\\s+){0,2}${EXPERIENCE_NOUN}))`,
);

/**
 * The word that opens the scope ("in", "dans", "en", "with", "as"), or an English gerund ("experience
 * managing…") other than "including", which opens a part of the experience, not what it is in.
 */
const SCOPE_OPENING = new RegExp(`^(?:${alternation([
  'in',
  'within',
  'en',
  'dans',
  'at',
  'with',
  'avec',
  'con',
  'on',
  'sur',
  'of',
  'comme',
  'como',
  'en tant que',
])}\\s+|as\\s+(?!well\\b|such\\b|per\\b|of\\b|follows?\\b|required\\b|needed\\b|possible\\b)|au sein (?:de la|de l'|du|des|de|d')\\s*|(?=(?!(?:in|ex)cluding\\s)[a-z]+ing\\s))`);

/** "the field of", "le domaine de la", "domains related to": the scope is what follows. */
const FIELD_NOUN = alternation([
  'fields?',
  'domains?',
  'areas?',
  'sectors?',
  'domaines?',
  'secteurs?',
  'ambitos?',
  'campos?',
  'matiere',
]);
const FIELD_LINK = alternation([
  '(?:related|linked) to',
  'lie?e?s? (?:a|au|aux)',
  'relati(?:f|ve|fs|ves) (?:a|au|aux)',
  'of',
  'de',
  'du',
  'des',
]);
const FIELD_LEAD_IN = new RegExp(
  [
    "^(?:(?:the|a|an|le|la|les|el|los|las|un|une)\\s+|l')?",
    `(?:${FIELD_NOUN}\\s+(?:${FIELD_LINK}\\s+|d'))?`,
    "(?:(?:the|le|la|les|el|los|las|de la|du|des)\\s+|l')?",
  ].join(''),
);

/** "or Bachelor's degree with…", "ou 7 ans…": the next path of a choice starts (a regex source). */
const ANOTHER_PATH =
  `,?\\s(?:or|ou|o)\\s+(?=(?:(?:an?|une?|una?|with|avec|con|de|d'|${YEARS_QUANTIFIER})\\s+)*` +
  `(?:${DEGREE_LEVEL_WORDS}|${YEARS_NUMBER}\\s*${YEARS_UNIT}\\b))`;

/** Where a scope ends: the clause's next part, a qualification of it, a new clause, another path, or the verb that weighs it. */
const SCOPE_END = new RegExp(
  [
    '[;:(]',
    '\\.(?:\\s|$)',
    `,\\s*(?:${SUB_CONNECTIVE}|preferably|ideally|de preference|idealement|preferentemente|idealmente|or equivalent|ou equivalent)\\b`,
    `\\s${SUB_CONNECTIVE}\\s+(?:${YEARS_QUANTIFIER}\\s+)?${YEARS_NUMBER}\\b`,
    `,\\s*(?:we|nous|nosotros|our|notre|nos|nuestr[oa]s?|you|vous|usted|tu|` +
      `(?:the|this|l'|la|le|les|el|los|las|cette|ce|esta|este)\\s*${ORGANISATION_NOUN}\\b|(?:[\\w'-]+\\s+){1,3}${AGENT_VERB}\\b)`,
    ANOTHER_PATH,
    // "in project management and 3 years in Africa": the next count of years is a requirement of its own.
    `,?\\s(?:and|et|y|as well as|ainsi que|plus)\\s+(?=(?:${YEARS_QUANTIFIER}\\s+)?${YEARS_NUMBER}\\s*${YEARS_UNIT}\\b)`,
    '\\s(?:is|are|est|sont|es|son|would|serait|sera|will|must|doit|may|peut|puede)\\s',
  ].join('|'),
);

/** "3 years of experience with an undergraduate degree": the degree is not what the years are in. */
const DEGREE_SCOPE = new RegExp(`^(?:an?\\s+|une?\\s+|una?\\s+)?${alternation([
  'undergraduate',
  'graduate',
  'bachelor',
  'master',
  'doctorate',
  'phd',
  'advanced',
  'first-level',
  'university',
  'degree',
  'diplome',
  'licence',
  'licenciatura',
  'maestria',
  'doctorat',
  'titulo',
])}`);

/** "Être membre d'une force de sécurité intérieure (Police) avec au minimum 20 années…": years in that body. */
const MEMBERSHIP = new RegExp(
  [
    '^(?:etre|be|being|ser|avoir ete|have been|having been)\\s+',
    '(?:(?:an?|une?|una?)\\s+)?(?:membre|member|miembro)\\s+',
    "(?:(?:d'une?|de la|du|des|of the|of an?|of|de una?|de la|de)\\s+|de l'|d')?",
  ].join(''),
);

const MEMBERSHIP_YEARS = /\s(?:avec|with|con|ayant|having)\s+$/;

const YEARS_THEN_WORDS = new RegExp(`(?:years?|ans?|annees?|anos?)\\s+(?:minimum\\s+)?(?:of\\s+|d'|de\\s+)?((?:[\\w'-]+\\s+){1,3}?)${EXPERIENCE_NOUN}$`, 'd');

const TRAILING_LINK_WORDS = /(?:\s+(?:of|de|d'|du|des|and|et|y|or|ou|o|the|la|le|les|el))+$/;

const TRAILING_PUNCTUATION = /[\s,;:.]/;

const MAX_SCOPE = 120;

/** The end of a scope without its trailing punctuation and link words (on a scope cut to MAX_SCOPE already). */
function trimScopeEnd(text: string): string {
  return trimEnd(text, TRAILING_PUNCTUATION).replace(TRAILING_LINK_WORDS, '');
}

/** The scope as the clause writes it, between two offsets of its folded form; null when nothing is left. */
function scopeBetween(clause: Clause, start: number, end: number): string | null {
  // Whole words up to MAX_SCOPE: a longer slice is cut before it is trimmed, so that page debris (a run of commas) costs nothing.
  let folded = clause.folded.slice(start, end);
  if (folded.length > MAX_SCOPE) {
    const lastSpace = folded.lastIndexOf(' ', MAX_SCOPE);
    folded = folded.slice(0, lastSpace > 0 ? lastSpace : MAX_SCOPE);
  }
  folded = trimScopeEnd(folded);
  if (folded.trim().length < 2 || DEGREE_SCOPE.test(folded)) return null;
  return originalSlice(clause, start, start + folded.length).trim();
}

/** "… years of experience in X", "… ans d'expérience dans le domaine de X", "… experience managing X": X. */
export function scopeAfter(clause: Clause, statement: YearsStatement): string | null {
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
export function scopeWithin(clause: Clause, statement: YearsStatement): string | null {
  const within = YEARS_THEN_WORDS.exec(clause.folded.slice(statement.start, statement.end));
  if (!within?.indices?.[1] || within[1]!.trim().split(/\s+/).every((word) => GENERIC_WORD.test(word))) return null;
  const [start, end] = within.indices[1];
  return scopeBetween(clause, statement.start + start, statement.start + end);
}

/** "Être membre d'une force … (Police) avec au minimum 20 années d'expérience": the body named first. */
export function scopeBefore(clause: Clause, statement: YearsStatement): string | null {
  const lead = clause.folded.match(MEMBERSHIP);
  const connective = clause.folded.slice(0, statement.start).match(MEMBERSHIP_YEARS);
  return lead && connective ? scopeBetween(clause, lead[0].length, connective.index!) : null;
}

/** "10 années d'expériences en Afrique": the continent is every one of its regions. */
const AFRICA = /\b(?:afrique|africa|african|africain|africaine|africano|africana)s?\b/;

const AFRICAN_REGIONS = ['west-africa', 'sahel', 'central-africa', 'east-africa', 'southern-africa', 'north-africa-middle-east'].map((id) => `region:${id}`);

const REGION_ORDER = REGIONS.map((region) => `region:${region.id}`);

/**
 * The themes and regions a scope names, by the classifier's phrases (where phrases overlap the longest
 * one speaks: "Afrique de l'Ouest" is not all Africa); a country named in it places it in the country's
 * regions ("5 years in Mali").
 */
export function tagsOfScope(scope: string): { themeIds: string[]; regionIds: string[] } {
  const named = tagsNamedIn(scope);
  const regions = new Set(named.filter((id) => id.startsWith('region:')));
  if (regions.size === 0 && AFRICA.test(fold(scope))) AFRICAN_REGIONS.forEach((id) => regions.add(id));
  const country = findCountry(scope)?.code;
  if (country) REGIONS.filter((region) => region.countries.includes(country)).forEach((region) => regions.add(`region:${region.id}`));
  return {
    themeIds: named.filter((id) => id.startsWith('theme:')),
    regionIds: REGION_ORDER.filter((id) => regions.has(id)),
  };
}
