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
import { tagsNamedIn } from '../classify';
import { REGIONS } from '../taxonomy';
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
  /** The line the clause is a piece of (trimmed), its index among the text's lines, and which piece of it the clause is. */
  line: string;
  lineIndex: number;
  piece: number;
}

/** Where findLanguages() cuts a line into clauses; the other readers cut alike so that quotes agree. */
const CLAUSE_BREAK = /[;•·]|\.\s/;

/**
 * Where each clause of a line starts in it (trimmed as the clause is): the first place at or after the
 * previous piece's end that holds the piece. Only a quote over several clauses needs it.
 */
function clauseOffsets(line: string): number[] {
  let end = 0;
  return line.split(CLAUSE_BREAK).map((piece) => {
    const start = line.indexOf(piece, end);
    end = start + piece.length;
    return start + piece.length - piece.trimStart().length;
  });
}

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
      if (text !== '') clauses.push({ text, folded: foldedPieces[position]!.trim(), inGrid: gridLines.has(index), line, lineIndex: index, piece: position });
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
const TRAILING_MARKS = /[\s;,:]/;

/** The clause as a quote: without its bullet, on one line, and around `at` when it is longer than a quote. */
function quoteOf(text: string, at = 0): string {
  let start = 0;
  let end = text.length;
  if (text.length > MAX_QUOTE) {
    start = Math.max(0, Math.min(at - 40, text.length - MAX_QUOTE));
    end = start + MAX_QUOTE;
    // Whole words only.
    const firstSpace = text.indexOf(' ', start);
    if (start > 0 && firstSpace !== -1 && firstSpace < at) {
      start = firstSpace + 1;
      // Nor a word's punctuation: "… Experience / Degree Level" starts at "Degree".
      while (start < at && /[\s/|,;:–—-]/.test(text[start]!)) start++;
    }
    const lastSpace = text.lastIndexOf(' ', end);
    if (end < text.length && lastSpace > at) end = lastSpace;
  }
  return trimEnd(text.slice(start, end).replace(LEADING_MARKS, ''), TRAILING_MARKS).replace(/\s+/g, ' ');
}

/**
 * "10 ans ou plus", "more than 5 years", "au plus tard", "le plus rapidement possible": "plus" and "more"
 * there do not make an asset, nor do the words of a deadline ("at the latest", "a más tardar").
 */
const NOT_ASSET_WORDS =
  /\b(?:ou|or|o) (?:plus|more|mas)\b|\b(?:plus|more) (?:de|than|que|tard|tot)\b|\b(?:de|en|au|le|la|les|pas|non) plus\b|\b(?:at the (?:latest|earliest)|no later than|a mas tardar|lo mas (?:tarde|pronto)|como maximo)\b/g;

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
/** A count of years as the patterns of fields.ts read it (toNumber() knows these words). */
const YEARS_NUMBER =
  '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|quinze|vingt|' +
  'dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte)';
const YEARS_UNIT = '(?:years?|ans?|annees?|anos?)';
const YEARS_QUANTIFIER = '(?:at least|a minimum of|minimum of|minimum|au moins|au minimum|un minimum de|minimum de|al menos|un minimo de|minimo de|minimo|over|more than|plus de|mas de)';
/** "including 3 years in Africa", "dont 3 ans en Afrique": a part of the experience, which is a requirement of its own. */
const SUB_CONNECTIVE =
  '(?:including|of which|out of which|among which|among them|dont|y compris|incluant|parmi lesquel(?:le)?s|incluyendo|incluidos?|incluidas?|de los cuales|de las cuales|entre ellos)';
const SUB_YEARS = new RegExp(`\\b${SUB_CONNECTIVE}\\s+(?:${YEARS_QUANTIFIER}\\s+)?(${YEARS_NUMBER})\\s*${YEARS_UNIT}\\b`, 'dg');
/** The words without which a clause has no sub-requirement: a cheap test before SUB_YEARS. */
const SUB_CUE = /\b(?:incl|of which|out of which|among|dont|y compris|parmi|de l[ao]s cual|entre ellos)/;
const SUB_BEFORE = new RegExp(`\\b${SUB_CONNECTIVE}\\s+(?:${YEARS_QUANTIFIER}\\s+)?$`);
/** The words of a degree's level, that tie a count of years to one path of several. */
const DEGREE_LEVEL_WORDS =
  "(?:master\\w*|bachelor\\w*|licence|licenciatura|maestria|doctora\\w*|doctorat|phd|bac ?\\+ ?\\d|baccalaureat|bachillerato|(?:under)?graduate degree|first-level|advanced (?:university )?degree|high school|secondaire|secondary|diplome d'etudes|titulo (?:de|universitario))";
const DEGREE_LEVEL = new RegExp(`\\b${DEGREE_LEVEL_WORDS}`);
/** What may follow "N years" before the scope: "(10)", "of relevant professional experience", "minimum". */
const YEARS_TAIL = new RegExp(
  `^(?:[\\s,]+|\\(\\d{1,3}\\)|${GENERIC_QUALIFIER}\\b|${EXPERIENCE_NOUN}\\b|(?:of|de)\\s+(?=(?:\\S+\\s+){0,2}${EXPERIENCE_NOUN})|d'(?=(?:\\S+\\s+){0,2}${EXPERIENCE_NOUN}))`,
);
/**
 * The word that opens the scope ("in", "dans", "en", "with", "as"), or an English gerund ("experience
 * managing…") other than "including", which opens a part of the experience, not what it is in.
 */
const SCOPE_OPENING =
  /^(?:(?:in|within|en|dans|at|with|avec|con|on|sur|of|comme|como|en tant que)\s+|as\s+(?!well\b|such\b|per\b|of\b|follows?\b|required\b|needed\b|possible\b)|au sein (?:de la|de l'|du|des|de|d')\s*|(?=(?!(?:in|ex)cluding\s)[a-z]+ing\s))/;
/** "the field of", "le domaine de la", "domains related to": the scope is what follows. */
const FIELD_LEAD_IN =
  /^(?:(?:the|a|an|le|la|les|el|los|las|un|une)\s+|l')?(?:(?:fields?|domains?|areas?|sectors?|domaines?|secteurs?|ambitos?|campos?|matiere)\s+(?:(?:(?:related|linked) to|lie?e?s? (?:a|au|aux)|relati(?:f|ve|fs|ves) (?:a|au|aux)|of|de|du|des)\s+|d'))?(?:(?:the|le|la|les|el|los|las|de la|du|des)\s+|l')?/;
/** Who runs a posting: "NRC", "notre ONG", "la organización" (the subject of a clause about the employer). */
const ORGANISATION_NOUN =
  '(?:organi[sz]ations?|organizacion|ngo|ong|agency|agence|agencia|association|asociacion|foundation|fondation|fundacion|company|entreprise|empresa|' +
  'institution|institucion|network|reseau|red|mission|programme|program|programa|project|projet|proyecto|office|bureau|oficina|group|groupe|grupo|' +
  'firm|cabinet|movement|mouvement|movimiento|federation|federacion|society|societe|sociedad|centre|center|centro|fund|fonds|fondo|alliance|' +
  'alianza|consortium|consorcio|structure|ministry|ministere|ministerio|government|gouvernement|gobierno|entity|entite|entidad)';
const ORGANISATION_SUBJECT = new RegExp(
  `^(?:we|nous|nosotros|our|notre|nos|nuestr[oa]s?|(?:the|this|that|l'|la|le|les|el|los|las|cette|ce|cet|esta|este|dicha|dicho)\\s*${ORGANISATION_NOUN})\\b`,
);
/** Verbs of an employer at work: a clause after a comma that has one is not a scope's next item. */
const AGENT_VERB =
  '(?:works|operates|intervenes|implements|provides|supports|delivers|employs|serves|responds|intervient|interviennent|travaille|travaillent|' +
  'opere|operent|accompagne|soutient|trabaja|trabajan|opera|operan|interviene|intervienen|apoya|brinda|presta)';
/** "NRC works", "Save the Children is": a name then a verb, in the clause's own letters. */
const PROPER_SUBJECT = /^(?:(?:[Tt]he|[Ll]'|[Ll]a|[Ll]e|[Ee]l)\s*)?[A-ZÀ-Ý][\p{L}\p{N}&'’-]*(?:\s+(?:[A-ZÀ-Ý][\p{L}\p{N}&'’-]*|of|the|for|de|du|des|pour|para|del|et|and|y|&))*\s+\p{Ll}/u;
/** The person the posting is for: "you", "vous", "the ideal candidate", "el/la consultor/a", "the Team Leader". */
const CANDIDATE_WORD =
  /\b(?:you|your|vous|votre|tu|usted|candidat\w*|applicant\w*|consultant\w*|consultor\w*|expert\w*|incumbent|titulaire|jobholder|postulant\w*|person\w*|profil\w*|perfil|volunteer\w*|volontaire\w*|voluntari\w*|he\/she|she\/he|s\/he|il\/elle|elle\/il|leader|manager|coordinat\w*|officer|speciali\w*|advis\w*|conseill\w*|asesor\w*|head|chef|jefe|director\w*|directeur|directrice|chief|assistant\w*|analyst\w*|engineer\w*|ingenieur\w*|trainer|formateur\w*|staff|personnel)\b/;
const MODAL = /\b(?:must|should|shall|will|would|need\w*|doi\w+|devr\w+|devez|debe\w*|deber\w*|require\w*|requis\w*|exige\w*)\b/;
/** "With over 25 years of experience…, <subject>", "Fort de 30 ans…", "Con más de 20 años…": the years are the subject's. */
const SUBJECT_OPENER = /^(?:with|avec|fort(?:e|es|s|\(e\))?\s+(?:de|d')|riche\s+(?:de|d')|con|having|ayant|boasting)\b[^,;:]{0,40}$/;
/** "NRC has 25 years of experience", "L'ONG a 30 ans d'expérience", "La organización cuenta con 20 años…". */
const POSSESSION =
  /\b(?:has|have|had|boasts?|brings?|a|ont|avons|possede\w*|dispose d'|disposons d'|cumule\w*|totalise\w*|cuenta con|cuentan con|contamos con|tiene|tienen|tenemos|acumula\w*)\s+(?:(?:over|more than|nearly|almost|some|about|around|plus de|pres de|environ|mas de|casi|cerca de)\s+)?$/;
/** "Présente au Mali depuis 20 ans", "active since 30 years": the organisation's history. */
const SINCE = /\b(?:depuis|since|desde hace|desde|il y a|hace)\s+(?:(?:plus de|over|more than|mas de|pres de|nearly|almost|about|environ|casi|cerca de)\s+)?$/;
/** "or Bachelor's degree with…", "ou 7 ans…": the next path of a choice starts (a regex source). */
const ANOTHER_PATH = `,?\\s(?:or|ou|o)\\s+(?=(?:(?:an?|une?|una?|with|avec|con|de|d'|${YEARS_QUANTIFIER})\\s+)*(?:${DEGREE_LEVEL_WORDS}|${YEARS_NUMBER}\\s*${YEARS_UNIT}\\b))`;
/** Where a scope ends: the clause's next part, a qualification of it, a new clause, another path, or the verb that weighs it. */
const SCOPE_END = new RegExp(
  [
    '[;:(]',
    '\\.(?:\\s|$)',
    `,\\s*(?:${SUB_CONNECTIVE}|preferably|ideally|de preference|idealement|preferentemente|idealmente|or equivalent|ou equivalent)\\b`,
    `\\s${SUB_CONNECTIVE}\\s+(?:${YEARS_QUANTIFIER}\\s+)?${YEARS_NUMBER}\\b`,
    `,\\s*(?:we|nous|nosotros|our|notre|nos|nuestr[oa]s?|you|vous|usted|tu|(?:the|this|l'|la|le|les|el|los|las|cette|ce|esta|este)\\s*${ORGANISATION_NOUN}\\b|(?:[\\w'-]+\\s+){1,3}${AGENT_VERB}\\b)`,
    ANOTHER_PATH,
    // "in project management and 3 years in Africa": the next count of years is a requirement of its own.
    `,?\\s(?:and|et|y|as well as|ainsi que|plus)\\s+(?=(?:${YEARS_QUANTIFIER}\\s+)?${YEARS_NUMBER}\\s*${YEARS_UNIT}\\b)`,
    '\\s(?:is|are|est|sont|es|son|would|serait|sera|will|must|doit|may|peut|puede)\\s',
  ].join('|'),
);
/** "3 years of experience with an undergraduate degree": the degree is not what the years are in. */
const DEGREE_SCOPE = /^(?:an?\s+|une?\s+|una?\s+)?(?:undergraduate|graduate|bachelor|master|doctorate|phd|advanced|first-level|university|degree|diplome|licence|licenciatura|maestria|doctorat|titulo)/;
/** "Être membre d'une force de sécurité intérieure (Police) avec au minimum 20 années…": years in that body. */
const MEMBERSHIP =
  /^(?:etre|be|being|ser|avoir ete|have been|having been)\s+(?:(?:an?|une?|una?)\s+)?(?:membre|member|miembro)\s+(?:(?:d'une?|de la|du|des|of the|of an?|of|de una?|de la|de)\s+|de l'|d')?/;
const MEMBERSHIP_YEARS = /\s(?:avec|with|con|ayant|having)\s+$/;
const YEARS_THEN_WORDS = new RegExp(`(?:years?|ans?|annees?|anos?)\\s+(?:minimum\\s+)?(?:of\\s+|d'|de\\s+)?((?:[\\w'-]+\\s+){1,3}?)${EXPERIENCE_NOUN}$`, 'd');
const TRAILING_LINK_WORDS = /(?:\s+(?:of|de|d'|du|des|and|et|y|or|ou|o|the|la|le|les|el))+$/;
const TRAILING_PUNCTUATION = /[\s,;:.]/;
const MAX_SCOPE = 120;
/** A sentence states a few years requirements at most ("6 years with a BA, or 5 with an MA"); more is page debris. */
const MAX_STATEMENTS_PER_CLAUSE = 4;
/** How far before a count of years its subject or its connective is looked for. */
const LOOK_BEHIND = 80;

interface YearsStatement {
  years: number;
  start: number;
  end: number;
  /** A part of the experience stated before it ("including 3 years in Africa"). */
  sub: boolean;
}

/** A run of spaces long enough to matter; a real sentence has none. */
const LONG_SPACE_RUN = /\s{8,}/;

/**
 * The text with each run of spaces as one, and where each of its characters is in the text. The
 * patterns of fields.ts read "experience" then spaces with two quantifiers that overlap (\s+ … \s*):
 * on a long run (a table's empty cells) that is quadratic, so they read runs as one space.
 */
function withSingleSpaces(text: string): { text: string; offsets: number[] } {
  let single = '';
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (/\s/.test(text[index]!) && index > 0 && /\s/.test(text[index - 1]!)) continue;
    single += text[index];
    offsets.push(index);
  }
  offsets.push(text.length);
  return { text: single, offsets };
}

/** Each "N years" of a clause once, spanning what every pattern read of it. */
function yearsStatements(folded: string): YearsStatement[] {
  const found: YearsStatement[] = [];
  const single = LONG_SPACE_RUN.test(folded) ? withSingleSpaces(folded) : null;
  const read = single ? single.text : folded;
  // Where a match of `read` starts and ends in the clause.
  const from = (index: number) => (single ? single.offsets[index]! : index);
  const to = (index: number, length: number) => (single ? single.offsets[index + length - 1]! + 1 : index + length);
  const add = (years: number, start: number, end: number) => {
    if (LESS_THAN.test(folded.slice(Math.max(0, start - 12), start))) return;
    if (!(years > 0 && years <= 40)) return;
    // The patterns may stop inside the unit's word ("an" of "años"): the statement ends with the word.
    while (end < folded.length && /[a-z]/.test(folded[end]!)) end++;
    const same = found.find((statement) => statement.years === years && start < statement.end && end > statement.start);
    if (same) {
      same.start = Math.min(same.start, start);
      same.end = Math.max(same.end, end);
    } else {
      found.push({ years, start, end, sub: false });
    }
  };
  for (const pattern of EXPERIENCE_PATTERNS) {
    for (const match of read.matchAll(pattern)) add(toNumber(match[1]!), from(match.index), to(match.index, match[0].length));
  }
  // "including 3 years in Africa" names no experience after the years: the connective says what they are.
  if (SUB_CUE.test(read)) {
    for (const match of read.matchAll(SUB_YEARS)) add(toNumber(match[1]!), from(match.indices![1]![0]), to(match.index, match[0].length));
  }
  for (const statement of found) statement.sub = SUB_BEFORE.test(folded.slice(Math.max(0, statement.start - LOOK_BEHIND), statement.start));
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The text without the characters of `mark` at its end. A backward loop: a regex anchored at the end
 * (/[\s,]+$/) retries from every character of a long run that does not end the text, and is quadratic.
 */
function trimEnd(text: string, mark: RegExp): string {
  let end = text.length;
  while (end > 0 && mark.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

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

/**
 * Years that are the employer's, not the candidate's: "With over 25 years of experience in humanitarian
 * response, NRC works…", "Fort de 30 ans d'expérience en Afrique, notre ONG…", "NRC has 25 years of
 * experience", "présente au Mali depuis 20 ans". A sentence about "you" or "the candidate" still states
 * a requirement ("Fort(e) de 5 ans d'expérience, vous…", "You have at least 5 years…").
 */
function aboutOrganisation(clause: Clause, statement: YearsStatement): boolean {
  const { folded } = clause;
  const start = Math.max(0, statement.start - LOOK_BEHIND);
  const before = folded.slice(start, statement.start);
  if (SINCE.test(before)) return true;
  const possession = POSSESSION.exec(before);
  if (possession) {
    // The subject of "has": the words before it, since the last comma or label.
    const subjectStart = start + Math.max(...[',', ':', ';', '('].map((mark) => before.lastIndexOf(mark, possession.index))) + 1;
    const subject = folded.slice(subjectStart, start + possession.index);
    if (!MODAL.test(subject) && isEmployer(clause, subjectStart)) return true;
  }
  if (statement.start > LOOK_BEHIND || !SUBJECT_OPENER.test(folded.slice(0, statement.start))) return false;
  // The subject of the opener is that of the clause after its comma.
  const comma = folded.indexOf(',', statement.end);
  return comma !== -1 && isEmployer(clause, comma + 1);
}

/** The clause's subject at `at` is its employer: "we", "notre ONG", "la organización", a name ("NRC works"), not "you" or "the candidate". */
function isEmployer(clause: Clause, at: number): boolean {
  const folded = clause.folded.slice(at, at + LOOK_BEHIND).trim();
  if (CANDIDATE_WORD.test(folded.split(/\s+/).slice(0, 4).join(' '))) return false;
  if (ORGANISATION_SUBJECT.test(folded)) return true;
  // A name in the clause's own letters; "French is required" names a language, not an employer.
  const own = clause.text.length === clause.folded.length ? clause.text.slice(at, at + LOOK_BEHIND).trim() : '';
  const firstWord = folded.match(/^[a-z]+/)?.[0] ?? '';
  return PROPER_SUBJECT.test(own) && !LANGUAGE_NAMES.some(([, name]) => name.test(firstWord));
}

interface ExperienceCandidate {
  clause: Clause;
  statement: YearsStatement;
  scope: string | null;
}

/** "or 7 years", "ou avec au moins 7 ans": the next count of years is another path. */
const OR_JUST_BEFORE = new RegExp(
  `\\b(?:or|ou|o|soit)\\s+(?:(?:else|alternatively|alternativement|bien|then|an?|une?|una?|with|avec|con|having|ayant|de|d'|of|${YEARS_QUANTIFIER})\\s+)*$`,
);
const COMMA_OR = /[,;]\s*(?:or|ou|o|soit)\s/;
const SUB_WORD = new RegExp(`\\b${SUB_CONNECTIVE}\\b`);
const OR_START = /^(?:or|ou|soit|o bien)\b/;
const OR_END = /\b(?:or|ou|o|soit)$/;

/**
 * Two counts of years of one clause are paths to choose from, not two requirements: "…with a minimum of
 * 5 years…, or Bachelor's degree with a minimum of 7 years", "6 ans avec le Bac, ou 5 ans avec une Licence".
 */
function alternativesWithin(folded: string, before: number, first: YearsStatement, second: YearsStatement, after: number): boolean {
  if (second.sub) return false;
  const between = folded.slice(first.end, second.start);
  if (SUB_WORD.test(between)) return false;
  if (OR_JUST_BEFORE.test(between.slice(-LOOK_BEHIND))) return true;
  if (COMMA_OR.test(between) && DEGREE_LEVEL.test(between)) return true;
  // Each count tied to its own degree: "Master's with 5 years; Bachelor's with 7 years".
  return DEGREE_LEVEL.test(between) && (DEGREE_LEVEL.test(folded.slice(before, first.start)) || DEGREE_LEVEL.test(folded.slice(second.end, after)));
}

/** A clause that goes on with "or …", or that names another degree on the same line, offers another path. */
function alternativesAcross(previous: Clause, clause: Clause): boolean {
  if (OR_START.test(clause.folded.replace(LEADING_MARKS, '')) || OR_END.test(trimEnd(previous.folded, /[\s,]/).slice(-LOOK_BEHIND))) return true;
  return previous.lineIndex === clause.lineIndex && DEGREE_LEVEL.test(previous.folded) && DEGREE_LEVEL.test(clause.folded);
}

/** The quote of a choice: the clauses it is stated in, from the first path to the lowest one. */
function quoteOfGroup(group: readonly ExperienceCandidate[], lowest: ExperienceCandidate): string {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  if (group.length === 1 || first.clause.lineIndex !== last.clause.lineIndex) return quoteOf(lowest.clause.text, lowest.statement.start);
  const offsets = clauseOffsets(first.clause.line);
  const offsetOf = (clause: Clause) => offsets[clause.piece]!;
  const spanStart = offsetOf(first.clause);
  const span = first.clause.line.slice(spanStart, offsetOf(last.clause) + last.clause.text.length);
  // From the first path's years to the end of the lowest one's clause, as much of it as a quote holds.
  const from = offsetOf(first.clause) - spanStart + first.statement.start;
  const to = offsetOf(lowest.clause) - spanStart + lowest.clause.text.length;
  return quoteOf(span, Math.max(from, to - (MAX_QUOTE - 40)));
}

function experienceRequirements(clauses: readonly Clause[]): ExperienceItem[] {
  // The counts of years, in groups of paths to choose from ("5 years with a Master's, or 7 with a Bachelor's").
  const groups: ExperienceCandidate[][] = [];
  let previous: { index: number; clause: Clause; group: ExperienceCandidate[] } | null = null;
  clauses.forEach((clause, index) => {
    if (!EXPERIENCE_WORD.test(clause.folded) || SUBSTITUTION.test(clause.folded)) return;
    const statements = yearsStatements(clause.folded)
      .filter((statement) => !aboutOrganisation(clause, statement))
      .slice(0, MAX_STATEMENTS_PER_CLAUSE);
    let group: ExperienceCandidate[] | null = null;
    statements.forEach((statement, position) => {
      const scope = scopeAfter(clause, statement) ?? scopeWithin(clause, statement) ?? scopeBefore(clause, statement);
      // "including 3 years" with nothing they are in says no more than the whole.
      if (statement.sub && scope === null) return;
      const candidate = { clause, statement, scope };
      const last = group?.[group.length - 1];
      if (group && last && last.clause === clause) {
        const before = statements[position - 2]?.end ?? 0;
        const after = statements[position + 1]?.start ?? clause.folded.length;
        if (alternativesWithin(clause.folded, before, last.statement, statement, after)) {
          group.push(candidate);
          return;
        }
      } else if (!group && previous && previous.index === index - 1 && !statement.sub && alternativesAcross(previous.clause, clause)) {
        group = previous.group;
        group.push(candidate);
        return;
      }
      group = [candidate];
      groups.push(group);
    });
    previous = group ? { index, clause, group } : null;
  });

  const found = new Map<string, ExperienceItem>();
  for (const group of groups) {
    // A choice requires its lowest count of years; its quote shows the other paths.
    const lowest = group.reduce((low, candidate) => (candidate.statement.years < low.statement.years ? candidate : low));
    const { scope, statement, clause } = lowest;
    const key = `${statement.years}|${scope === null ? '' : fold(scope)}`;
    if (found.has(key)) continue;
    found.set(key, {
      kind: 'experience',
      years: statement.years,
      scope,
      ...(scope === null ? { themeIds: [], regionIds: [] } : tagsOfScope(scope)),
      required: !isAsset(clause.folded),
      quote: quoteOfGroup(group, lowest),
    });
  }
  return Array.from(found.values());
}

// ---------------------------------------------------------------- what a scope names: themes and regions

/** "10 années d'expériences en Afrique": the continent is every one of its regions. */
const AFRICA = /\b(?:afrique|africa|african|africain|africaine|africano|africana)s?\b/;
const AFRICAN_REGIONS = ['west-africa', 'sahel', 'central-africa', 'east-africa', 'southern-africa', 'north-africa-middle-east'].map((id) => `region:${id}`);
const REGION_ORDER = REGIONS.map((region) => `region:${region.id}`);

/**
 * The themes and regions a scope names, by the classifier's phrases (where phrases overlap the longest
 * one speaks: "Afrique de l'Ouest" is not all Africa); a country named in it places it in the country's
 * regions ("5 years in Mali").
 */
function tagsOfScope(scope: string): { themeIds: string[]; regionIds: string[] } {
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
 * Nigeria, "sénégalais" → Sénégal, "malien" → Mali, "guinéen" → Guinée, "peruano" → Perú, "senegalés" → Senegal. Feminine and
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
  ['es', ['', 'a', 'ia']],
  ['', ['']],
];

function masculineSingular(word: string): string {
  return word.replace(/s$/, '').replace(/(ien|een)ne$/, '$1').replace(/(ais|ois)e$/, '$1').replace(/esa$/, 'es').replace(/a$/, 'o');
}

/** Words already looked up: a list of nationalities repeats its words, and each look-up tries a dozen names. */
const DEMONYM_CACHE = new Map<string, string | null>();
const MAX_DEMONYM_CACHE = 5_000;

function countryOfDemonym(word: string): string | null {
  let code = DEMONYM_CACHE.get(word);
  if (code === undefined) {
    if (DEMONYM_CACHE.size >= MAX_DEMONYM_CACHE) DEMONYM_CACHE.clear();
    code = lookUpDemonym(word);
    DEMONYM_CACHE.set(word, code);
  }
  return code;
}

function lookUpDemonym(word: string): string | null {
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

/** The words a nationality phrase hangs on: "nationals of …", "… nationals", "de nationalité …", "ressortissants …". */
const NATIONALITY_HEAD = /^(?:nationalit(?:y|ies|e|es)|nacionalidad(?:es)?|nationals?|nacional(?:es)?|ressortissante?s?|citizens?|citizenship|citoyen(?:ne)?s?|citoyennete|ciudadan[oa]s?|ciudadania)$/;
/** Words a list of nationalities is written with, and those of "EU Member States, EEA countries": the phrase goes on over them. */
const PHRASE_WORDS = new Set([
  'of', 'the', 'a', 'an', 'any', 'one', 'either', 'from', 'and', 'or', 'de', 'du', 'des', 'la', 'le', 'les', 'un', 'une', 'uno', 'una', 'del', 'el',
  'los', 'las', 'et', 'ou', 'y', 'o', 'eu', 'ue', 'union', 'european', 'europeenne', 'europea', 'member', 'members', 'state', 'states', 'etat',
  'etats', 'estado', 'estados', 'miembro', 'miembros', 'membre', 'membres', 'eea', 'eee', 'efta', 'aele', 'economic', 'economique', 'economico',
  'area', 'espace', 'espacio', 'country', 'countries', 'pays', 'pais', 'paises',
]);
/** Before "nationals" only these go on: "Malian, Nigerien or Senegalese nationals", "EU/EEA nationals". */
const PHRASE_WORDS_BEFORE = new Set(['and', 'or', 'et', 'ou', 'y', 'o', 'eu', 'ue', 'eea', 'eee', 'efta', 'aele']);
/** Words after which a list of nationalities has ended: "… only", "… exigée", "… nationals". */
const PHRASE_END =
  /^(?:only|exclusively|solely|uniquement|exclusivement|seulement|solo|solamente|unicamente|exclusivamente|required|requise?s?|exigee?s?|obligatoire|indispensable|imprescindible|requerid[oa]s?|nationals?|citizens?|ressortissante?s?|nacionales)$/;
const NAME_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
/** Country names run over a few words at most ("République démocratique du Congo"). */
const LONGEST_COUNTRY_WORDS = 6;

/** "français", "française", "english": a language's name, which is a demonym only right next to "nationality". */
function isLanguageWord(word: string): boolean {
  return [word, word.replace(/e?s?$/, '')].some((form) => LANGUAGE_NAMES.some(([, name]) => name.test(form)));
}

/**
 * The countries of a clause's nationality phrases: the names and demonyms next to "nationals",
 * "nationalité", "ressortissants" or "nacionalidad", read as long as the list goes on ("nationals of
 * Senegal, Mali and Niger", "Malian or Nigerien nationals"). Other words of the clause are not read:
 * "nationals of Senegal and fluent in French" names Senegal only.
 */
function countriesNamed(clause: Clause): string[] {
  // The clause's own letters where fold() kept its length (names are capitalised there), its folded ones otherwise.
  const own = clause.text.length === clause.folded.length;
  const text = own ? clause.text : clause.folded;
  const tokens = Array.from(text.matchAll(NAME_TOKEN), (match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
  const words = tokens.map(({ word }) => fold(word).replace(/^(?:l|d|qu)['’]/, ''));
  // The text between token i - 1 and token i: a list goes on over spaces, commas, slashes and brackets only.
  const goesOn = (index: number) => index > 0 && index < tokens.length && !/[.;!?]/.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start));
  const countryAt = (index: number): { code: string; size: number } | null => {
    if (own && !/^[A-ZÀ-Ý]/.test(tokens[index]!.word)) return null;
    // A name's words are joined by spaces only: "Burkina Faso", not "Mali, Niger".
    let longest = 1;
    while (longest < LONGEST_COUNTRY_WORDS && index + longest < tokens.length && /^\s+$/.test(text.slice(tokens[index + longest - 1]!.end, tokens[index + longest]!.start))) longest++;
    for (let size = longest; size >= 1; size--) {
      const code = countryCodeOf(text.slice(tokens[index]!.start, tokens[index + size - 1]!.end));
      if (code) return { code, size };
    }
    return null;
  };
  // "sénégalaise ou française exigée": a language's name that ends the list is a nationality too.
  const endsPhrase = (index: number) => !goesOn(index + 1) || PHRASE_END.test(words[index + 1]!);
  const demonymAt = (index: number, nextToHead: boolean): string | null => {
    const word = words[index]!;
    if (word.length < 4 || (!nextToHead && !endsPhrase(index) && isLanguageWord(word))) return null;
    return countryOfDemonym(word);
  };

  const found = new Set<string>();
  words.forEach((word, head) => {
    if (!NATIONALITY_HEAD.test(word)) return;
    // After the head: "nationals of Senegal, Mali and Niger", "nationalité nigérienne", "ressortissants du Mali".
    for (let index = head + 1, nextToHead = true; goesOn(index); ) {
      const country = countryAt(index);
      if (country) {
        found.add(country.code);
        index += country.size;
        nextToHead = false;
      } else if (PHRASE_WORDS.has(words[index]!)) {
        index++;
      } else {
        const code = demonymAt(index, nextToHead);
        if (!code) break;
        found.add(code);
        index++;
        nextToHead = false;
      }
    }
    // Before it: "Malian nationals", "Senegalese or Gambian citizens".
    for (let index = head - 1, nextToHead = true; index >= 0 && goesOn(index + 1); index--) {
      if (PHRASE_WORDS_BEFORE.has(words[index]!)) continue;
      const code = demonymAt(index, nextToHead);
      if (!code) break;
      found.add(code);
      nextToHead = false;
    }
  });
  return Array.from(found);
}

/** "Post title" and grade labels name the post; these name someone else: its supervisor, its counterpart. */
const SUPERVISION =
  /^(?:(?:direct|immediate|line|overall|first|second|technical|administrative)\s+)?(?:supervisor\w*|supervision|supervised by|reports? to|reporting (?:to|line)|under the (?:\w+\s+){0,2}(?:supervision|guidance|direction|responsibility|authority|leadership) of|sous (?:la|l') ?(?:\w+\s+){0,2}(?:supervision|responsabilite|direction|autorite|tutelle|coordination|encadrement)|superieur\w* hierarchique|responsable hierarchique|rattach\w*|lien hierarchique|n\+1|bajo la (?:\w+\s+){0,2}(?:supervision|direccion|responsabilidad|coordinacion|autoridad)|reporta a|jefe inmediato|(?:line )?manager|counterparts?|contrepartie|contraparte|in (?:close )?(?:collaboration|coordination) with|en (?:etroite )?(?:collaboration|coordination) avec|en (?:estrecha )?(?:colaboracion|coordinacion) con|working with|travaillant avec)\b/;
/** EEA and EFTA members outside the EU: "EU Member States, EEA countries and Switzerland". */
const EEA_WORDS = /\b(?:eea|eee|european economic area|espace economique europeen|espacio economico europeo)\b/;
const EFTA_WORDS = /\b(?:efta|aele|european free trade association|association europeenne de libre-echange)\b/;
const EEA_OUTSIDE_EU = ['IS', 'LI', 'NO'];
const EFTA_MEMBERS = ['IS', 'LI', 'NO', 'CH'];

function nationalityOf(clause: Clause, postingCountry: string | null): Omit<NationalityItem, 'quote' | 'required'> | null {
  const { folded, text } = clause;
  // The post's own title, heading or grade, not the post it reports to ("Supervisor: National Project Officer").
  const isNationalPost =
    !SUPERVISION.test(folded) &&
    (NATIONAL_POST_HEADING.test(folded) || NATIONAL_POST_SOUGHT.test(folded) || (NATIONAL_OFFICER_GRADE.test(text) && GRADE_LABEL.test(folded) && !INTERNATIONAL_GRADE.test(text)));
  if (isNationalPost) {
    // Nationals of a country nobody names: nothing to check a nationality against.
    const named = findCountry(text)?.code ?? postingCountry;
    return named ? { kind: 'nationality', rule: 'national', countries: [named] } : null;
  }
  if (!(NATIONALITY_WORD.test(folded) || NATIONALS_UNNAMED.test(folded)) || !NATIONALITY_RULE.test(folded) || ANY_NATIONALITY.test(folded)) return null;
  const countries = countriesNamed(clause);
  if (EUROPEAN_UNION_WORDS.test(folded) || EUROPEAN_UNION_ACRONYM.test(text)) {
    // More than the EU: its members and the others named ("EEA countries and Switzerland").
    const others = new Set([
      ...(EEA_WORDS.test(folded) ? EEA_OUTSIDE_EU : []),
      ...(EFTA_WORDS.test(folded) ? EFTA_MEMBERS : []),
      ...countries.filter((code) => !EU_MEMBERS.includes(code)),
    ]);
    return others.size > 0 ? { kind: 'nationality', rule: 'listed', countries: [...EU_MEMBERS, ...others] } : { kind: 'nationality', rule: 'eu', countries: EU_MEMBERS };
  }
  if (countries.length > 1) return { kind: 'nationality', rule: 'listed', countries };
  if (countries.length === 1) return { kind: 'nationality', rule: 'national', countries };
  if (NATIONALS_UNNAMED.test(folded) && postingCountry) return { kind: 'nationality', rule: 'national', countries: [postingCountry] };
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

/**
 * Words that make a clause's dates the assignment's: its start, its period, its duration, the person's
 * availability, what the consultant will do. A mission's or a project's history ("EUCAP Sahel Mali is a
 * civilian CSDP mission deployed in Bamako from January 2015") has none of them.
 */
const ASSIGNMENT_WORD =
  '(?:mission|assignment|consultancy|consultance|consultation|consultoria|contract|contrat|contrato|implementation|mise en oeuvre|execution|ejecucion|' +
  'performance|prestation|intervention|engagement|deployment|deploiement|affectation|volontariat|voluntariado|services?|work|travail|travaux|trabajo|poste?|position|puesto)';
const ASSIGNMENT_CUE = new RegExp(
  [
    // "Start date", "Date de début", "Fecha de inicio", "Début de la mission", "Prise de poste".
    '\\b(?:(?:expected |estimated |anticipated |indicative )?start(?:ing)? date|commencement date|date (?:de |du |d\')(?:debut|demarrage|commencement|prise de (?:poste|fonctions?)|entree en fonctions?)',
    `fecha (?:estimada |prevista )?de (?:inicio|incorporacion|comienzo)|fecha de inicio|prise de (?:poste|fonctions?)|entree en fonctions?|incorporacion`,
    `(?:debut|demarrage|start|beginning|commencement|inicio|comienzo) (?:of |de |du |des |d'|del )(?:the |la |l'|el )?${ASSIGNMENT_WORD}`,
    // "Disponibilité", "Availability", "available from".
    'disponib\\w*|availab\\w*|duration|duree|duracion',
    // "Période de la mission", "Period of implementation", "Période envisagée", "período de 90 días".
    `(?:periode?s?|periodo|dates?|fechas?) (?:of |de |du |des |d'|del )(?:the |la |l'|el )?(?:${ASSIGNMENT_WORD}|\\d)`,
    '(?:periode?|periodo) (?:envisagee|previsionnelle|prevue|estimee|indicative|souhaitee|prevista|estimada|envisaged|foreseen|expected|planned|indicative)',
    `${ASSIGNMENT_WORD} (?:period|dates?|start)`,
    // "Mission de 12 mois", "30 months from March 2021", "60 working days between…".
    `${ASSIGNMENT_WORD} (?:de |of |d'une duree de |for )?\\d+ (?:mois|months?|meses|semaines|weeks?|semanas|jours|days|dias)`,
    '\\d+ (?:(?:working|consecutive|calendar|ouvres|ouvrables|calendaires|habiles|consecutivos) )?(?:mois|months?|meses|semaines|weeks?|semanas|jours|days|dias)(?: (?:ouvres|ouvrables|calendaires|consecutifs|habiles|consecutivos))? (?:from|starting|beginning|between|a partir|a compter|des|desde|entre|du|del)',
    // "The consultant will…", "La mission se déroulera…", "The assignment is for…".
    `(?:the|le|la|l'|el|this|cette|ce|esta|este) (?:consultant|consultante|expert|experte|consultor|consultora|volunteer|volontaire|voluntari[oa]|incumbent|selected candidate|candidat retenu|${ASSIGNMENT_WORD})e? (?:will|shall|is (?:for|expected|planned|scheduled)|sera|devra|debera|estara|se deroulera|aura lieu|commencera|debutera|durera|comenzara|iniciara|tendra lugar|se desarrollara|est prevue?|esta previst[oa]|starts?|begins?|runs?|lasts?)\\b`,
  ].join('|') + ')',
);
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
    if (!/\d{4}/.test(folded) || !ASSIGNMENT_CUE.test(folded) || OTHER_DATES.test(folded)) continue;
    if (PROJECT_WORD.test(folded) && !PERSON_CUE.test(folded)) continue;
    const period = periodOf(folded);
    if (period) return [{ kind: 'availability', from: period.from, to: period.to, required: !isAsset(folded), quote: quoteOf(clause.text, period.at) }];
  }
  return [];
}
