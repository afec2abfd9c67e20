/**
 * The explainable classifier: which tags of lib/taxonomy.ts a posting deserves, and the phrases that
 * justify each one. Pure functions (no browser API, no I/O), so the extension, the CLI and the tests
 * classify alike.
 *
 * How it reads a posting:
 * 1. The description is cut into lines; boilerplate lines are dropped (cookie banners, login prompts,
 *    the organisation's description of itself, "similar jobs" lists and all that follows them), and each
 *    remaining line is placed in a zone: the posting's objectives / tasks, its site category ("field"),
 *    or the rest of the body. Title and organisation are zones of their own. Asides of the body (the
 *    project's context, footnotes, selection grids, words in brackets) count half (ASIDE_FACTOR).
 * 2. The kept text is folded (no case, no accents, inclusive endings such as "·rice" or "/a" blanked)
 *    and cut into words once.
 * 3. One pass over the words looks every phrase of the taxonomy up by its first word (a hash lookup,
 *    not one regex scan per phrase), so the cost grows with the text, not with the taxonomy.
 * 4. Each match scores phrase weight × zone multiplier; a tag is kept above its family's threshold.
 */
import type { Evidence, Posting, Tag, TagFamily, UserRule } from './schema';
import {
  CONTRACT_LABELS,
  DAYS_PER_MONTH,
  DURATION_BUCKETS,
  POSTING_LANGUAGES,
  REGIONS,
  SENIORITY_LEVELS,
  SENIORITY_TITLE_CUES,
  THEMES,
  WORKPLACES,
  type Label,
  type SeniorityLevelId,
  type WeightedPhrase,
} from './taxonomy';
import { fold } from './text';

type Zone = Evidence['where'];

/**
 * The title names the job and a site's category line classifies it, so a phrase there is worth three
 * mentions in the body; the objectives and tasks say what the person will do, worth two; the body also
 * holds the project context and the requirements, where themes appear in passing. The organisation's
 * name says what the employer does in general, not what this job is about.
 */
const ZONE_MULTIPLIER: Readonly<Record<Zone, number>> = { title: 3, field: 3, objectives: 2, body: 1, organization: 1 };
const ZONES = Object.keys(ZONE_MULTIPLIER) as Zone[];

/**
 * Asides: lines that speak about the job from the outside. A "Context" / "Background" section tells the
 * problem the project addresses and the programme around the post, naming many themes in passing ("an
 * ever-growing nexus between terrorism and organised crime"); footnotes recall earlier projects; a
 * selection grid restates the profile as points; words in brackets, in the body or the tasks, give an
 * example, a detail or an acronym. Their phrases are theme evidence at half weight, so it takes an aside
 * that keeps coming back to a theme, or a word of the job's own tasks, to tag the posting.
 */
const ASIDE_FACTOR = 0.5;

/**
 * Weight of evidence read from a structured field (country, contract type, years...): such a field
 * states the fact, so it outranks any text evidence (at most 3 × 3 = 9 per phrase).
 */
const STRUCTURED_FIELD_WEIGHT = 10;

const MAX_EVIDENCE_PER_TAG = 5;

interface Threshold {
  /** Least total score. */
  minScore: number;
  /** Least score from phrases of weight 2 or 3: words of weight 1 only top up, they never decide. */
  minAnchorScore: number;
}

/**
 * A theme needs 6 points, 4 of them from specific phrases. With the multipliers above that means:
 * - one specific phrase in the title or the site's category (2 × 3 = 6) is enough;
 * - a term of art in the objectives (3 × 2 = 6) is enough;
 * - in the body, one mention never is (at most 3), nor two (a term of art twice: 3 + 1.5, since
 *   repeats count half as much as the one before; or two different specific phrases: 2 + 3). It takes
 *   a third piece of evidence, so a list of risk factors or a requirement that names "public health"
 *   twice does not make the posting a health or reform job; in an aside (a context section, a footnote)
 *   every piece of evidence counts half, so it takes still more;
 * - weight-1 words never make the 4 specific points, however often they come back.
 */
const THEME_THRESHOLD: Threshold = { minScore: 6, minAnchorScore: 4 };

/**
 * A region named in the text only counts when the posting has no country, and needs more than one
 * passing mention ("experience in West Africa is an asset" scores 3): a region in the title or the
 * objectives, or named twice.
 */
const REGION_TEXT_THRESHOLD: Threshold = { minScore: 4, minAnchorScore: 3 };

/** Home-based phrases are all unambiguous (weight 3), so one mention anywhere is enough. */
const HOME_BASED_THRESHOLD: Threshold = { minScore: 3, minAnchorScore: 3 };

// ---------------------------------------------------------------------------------------------------
// Phrase compilation

/** Words of a folded phrase: Latin letters (with ß, æ, œ, ł...) and digits, ÷ excluded; "*" marks a stem. */
const PHRASE_WORD = /[a-z0-9\u00df-\u00f6\u00f8-\u024f]+\*?/g;
/** Stems shorter than this would match unrelated words ("mig*" → "might"). */
const MIN_STEM_LENGTH = 4;

interface Slot {
  word: string;
  /** True for "stem*": any word starting with `word`. */
  stem: boolean;
}

interface CompiledPhrase {
  /** Distinct per phrase within its matcher: repeats of one phrase in one zone count less and less. */
  serial: number;
  target: number;
  slots: readonly Slot[];
  weight: number;
  /** For acronyms: the exact original spelling the matched text must have ("M&E", "TEH"). */
  literal: string | null;
}

interface Matcher {
  /**
   * Phrases by the wordHash() of every accepted form of their first word (singular and plurals). Words
   * are looked up by hash so that the text's words never become strings; matchEnd() then compares the
   * letters, so a hash collision costs a comparison, never a false match.
   */
  byFirstWord: ReadonlyMap<number, readonly CompiledPhrase[]>;
  /** Phrases whose first word is a stem, by the stem's first char code (there are only a few). */
  byStemInitial: ReadonlyMap<number, readonly CompiledPhrase[]>;
  targetCount: number;
  /**
   * True when targets compete for the meaning of the words, as the taxonomy's themes do: a single word
   * inside another target's longer phrase is then not evidence on its own ("governance" in "border
   * governance"). A user's rules do not compete: each one fires wherever its phrase appears.
   */
  wordsYieldToPhrases: boolean;
}

interface PhraseSpec {
  target: number;
  text: string;
  weight: number;
  caseSensitive: boolean;
}

/**
 * The phrase's words. A stem shorter than MIN_STEM_LENGTH is read as a plain word: a user's rule may
 * hold one; the taxonomy has none (test/unit/classify.test.ts checks).
 */
function phraseSlots(text: string): Slot[] {
  return (fold(text).match(PHRASE_WORD) ?? []).map((word) => {
    const stem = word.endsWith('*') && word.length - 1 >= MIN_STEM_LENGTH;
    return { word: word.replace(/\*$/, ''), stem };
  });
}

const PLURAL_SUFFIXES = ['', 's', 'x', 'es'];

/** One step of wordHash(); kept within 30 bits so that V8 stores hashes as small integers. */
function nextWordHash(hash: number, code: number): number {
  return (hash * 31 + code) & 0x3fffffff;
}

function wordHash(word: string): number {
  let hash = 0;
  for (let index = 0; index < word.length; index++) hash = nextWordHash(hash, word.charCodeAt(index));
  return hash;
}

function compileMatcher(specs: readonly PhraseSpec[], targetCount: number, wordsYieldToPhrases: boolean): Matcher {
  // The same phrase may be listed for two languages ("migration"): keep it once, at its highest weight.
  const unique = new Map<string, CompiledPhrase>();
  for (const spec of specs) {
    const slots = phraseSlots(spec.text);
    if (slots.length === 0) continue;
    const literal = spec.caseSensitive ? spec.text : null;
    const key = `${spec.target}|${literal ?? slots.map((slot) => slot.word + (slot.stem ? '*' : '')).join(' ')}`;
    const known = unique.get(key);
    if (known && known.weight >= spec.weight) continue;
    unique.set(key, { serial: known?.serial ?? unique.size, target: spec.target, slots, weight: spec.weight, literal });
  }

  const byFirstWord = new Map<number, CompiledPhrase[]>();
  const byStemInitial = new Map<number, CompiledPhrase[]>();
  const add = <Key>(index: Map<Key, CompiledPhrase[]>, key: Key, phrase: CompiledPhrase) => {
    const list = index.get(key);
    if (list) list.push(phrase);
    else index.set(key, [phrase]);
  };
  for (const phrase of unique.values()) {
    const first = phrase.slots[0]!;
    if (first.stem) add(byStemInitial, first.word.charCodeAt(0), phrase);
    else for (const suffix of PLURAL_SUFFIXES) add(byFirstWord, wordHash(first.word + suffix), phrase);
  }
  return { byFirstWord, byStemInitial, targetCount, wordsYieldToPhrases };
}

function weightedSpecs(target: number, phrases: readonly WeightedPhrase[], caseSensitive: boolean): PhraseSpec[] {
  return phrases.map(([text, weight]) => ({ target, text, weight, caseSensitive }));
}

// ---------------------------------------------------------------------------------------------------
// The precompiled taxonomy

interface TextTarget {
  id: string;
  family: TagFamily;
  label: Label;
  threshold: Threshold;
}

const TEXT_TARGETS: TextTarget[] = [];
const TEXT_SPECS: PhraseSpec[] = [];

for (const theme of THEMES) {
  const target =
    TEXT_TARGETS.push({ id: `theme:${theme.id}`, family: 'theme', label: theme.label, threshold: THEME_THRESHOLD }) - 1;
  const { en, fr, es } = theme.phrases;
  TEXT_SPECS.push(...weightedSpecs(target, [...en, ...fr, ...es], false), ...weightedSpecs(target, theme.acronyms, true));
}
const REGION_TARGET_BY_ID = new Map<string, number>();
for (const region of REGIONS) {
  const target =
    TEXT_TARGETS.push({ id: `region:${region.id}`, family: 'region', label: region.label, threshold: REGION_TEXT_THRESHOLD }) - 1;
  REGION_TARGET_BY_ID.set(region.id, target);
  TEXT_SPECS.push(...weightedSpecs(target, region.phrases, false), ...weightedSpecs(target, region.acronyms, true));
}
const HOME_BASED_TARGET =
  TEXT_TARGETS.push({
    id: 'workplace:home-based',
    family: 'workplace',
    label: WORKPLACES['home-based'].label,
    threshold: HOME_BASED_THRESHOLD,
  }) - 1;
TEXT_SPECS.push(...weightedSpecs(HOME_BASED_TARGET, WORKPLACES['home-based'].phrases, false));

const TEXT_MATCHER = compileMatcher(TEXT_SPECS, TEXT_TARGETS.length, true);
/**
 * What an aside's phrase is worth, per target: asides name themes in passing, but a place or a
 * "(home-based)" in brackets is as much a fact as anywhere else.
 */
const TEXT_ASIDE_FACTORS = Float64Array.from(TEXT_TARGETS, (target) => (target.family === 'theme' ? ASIDE_FACTOR : 1));

const SENIORITY_CUE_MATCHER = compileMatcher(
  SENIORITY_TITLE_CUES.map((cue, target) => ({ target, text: cue.phrase, weight: 1, caseSensitive: false })),
  SENIORITY_TITLE_CUES.length,
  true,
);

const REGIONS_BY_COUNTRY = new Map<string, number[]>();
for (const region of REGIONS) {
  const target = REGION_TARGET_BY_ID.get(region.id)!;
  for (const country of region.countries) REGIONS_BY_COUNTRY.set(country, [...(REGIONS_BY_COUNTRY.get(country) ?? []), target]);
}

// ---------------------------------------------------------------------------------------------------
// Reading the description: boilerplate and zones

/** A regex for any of the alternatives (regex sources), between `before` and `after`. */
function anyOf(alternatives: readonly string[], before = '', after = ''): RegExp {
  return new RegExp(`${before}(?:${alternatives.join('|')})${after}`);
}

/** Words that may precede a section title: "Les principales activités", "Your key responsibilities". */
const TITLE_LEAD_WORDS =
  '(?:(?:the|les?|la|el|los|las|vos|your|votre|nos|our|du|de|des|main|key|general|generale?s?|specific|specifiques?' +
  '|overall|global|principales?|project|projet|expected|attendus?|professional|core|required|additional)\\s+)*';

/** Section titles after which the text says what the job is for and what the person will do. */
const OBJECTIVES_HEADING = anyOf(
  [
    'objecti\\w*', 'objetivos?', 'objet', 'objeto', 'purpose', 'proposito', 'tasks?', 'taches', 'duties',
    'responsibilit\\w*', 'responsabilit\\w*', 'responsabilidad\\w*', 'funciones', 'tareas', 'scope of work',
    'activites principales', '(?:principales|main|key) activit\\w*',
    'about the (?:role|job|position|assignment)', 'a propos (?:du poste|de la mission)',
    // "Mission" also opens metadata labels ("Mission à pourvoir en"), so alone it must be the whole title.
    "missions?(?: principales| de l'expert\\w*| du volontaire)?$",
    "(?:description|resume|nature|summary|overview|descripcion|resumen|but) (?:de la |du |des |de l'|of the |of |de |del )?" +
      '(?:mission|poste|consultancy|consultance|assignment|position|job|role|post|work|consultoria|puesto|cargo|taches' +
      '|tasks|duties|travail|fonction|functions)',
  ],
  `^${TITLE_LEAD_WORDS}`,
  '\\b',
);

/**
 * Section titles of asides (see ASIDE_FACTOR): the project's context, the problem and the programme
 * around the post; and the selection grid, which scores the profile again.
 */
const ASIDE_HEADING = anyOf(
  [
    'context\\w*', 'background', 'antecedentes', 'justification', 'justificacion', 'rationale',
    '(?:description|presentation|descripcion) (?:du|of the|del) (?:projet|project|proyecto|programme|program|programa)',
    '(?:projet|project|proyecto) (?:et|and|y) (?:contexte|context|contexto)',
    '(?:selection|evaluation|assessment) criteria', "criteres (?:de selection|d'evaluation)",
    'criterios de (?:seleccion|evaluacion)',
  ],
  `^${TITLE_LEAD_WORDS}`,
  '\\b',
);

/** Section titles that end the objectives: requirements, logistics, how to apply... */
const BODY_HEADING = anyOf(
  [
    'presentation\\w*', 'profil\\w*', 'profile',
    'qualifications?', 'requirements?', 'exigences', 'requisitos', 'competen\\w*', 'skills', 'aptitudes', 'experience\\w*',
    'education\\w*', 'formation\\w*', 'diplom\\w*', 'livrables?', 'deliverables?', 'outputs', 'productos', 'conditions?',
    'condiciones', 'modalites', 'remuneration', 'salary', 'salaire', 'how to apply', 'comment postuler', 'candidatures?',
    'applications?', 'processus de candidature\\w*', 'selection\\w*', 'criteres', 'criteria', 'organisation de la mission',
    'logisti\\w*', 'duree', 'duration', 'periode', 'period', 'travel', 'deplacements?', 'transports?', 'informations?',
    'divers', 'contacts?', 'documents?', 'resultats', 'results', 'strategie de perennisation', 'sustainability', 'budget',
    'languages?', 'langues?', 'idiomas?', 'calendrier', 'timeline', 'schedule', 'supervision', 'lieu', 'location',
    'duty station',
  ],
  `^${TITLE_LEAD_WORDS}`,
  '\\b',
);

/** "About us" sections: the organisation presenting itself, the same on every one of its postings. */
const ABOUT_HEADING = anyOf(
  [
    'about(?: us)?', 'a propos(?: de nous)?', 'qui sommes-nous', 'who we are', 'quienes somos', 'acerca del?(?: nosotros)?',
    'notre organisation', 'our organi[sz]ation',
  ],
  '^',
  '\\b',
);

/** A job site's own classification of the posting ("Secteurs d'activité", "Fonction : ..."). */
const CATEGORY_LABEL = anyOf(
  [
    'fonctions?', 'thematiques?', "secteurs? d'activites?", "domaines? d'expertises?", "domaines? d'intervention", 'domaines?',
    'secteurs?', 'sectors?', 'themes?', 'thematic areas?', 'categor(?:y|ies|ie|ia)', 'job (?:category|function|family)',
    'functional area', 'areas? of expertise', 'area tematica', 'pole',
  ],
  '^',
  '$',
);

/** A footnote of a document copied from Word or PDF: its number glued to its first word ("1Projet SENSEC..."). */
const FOOTNOTE = /^(?:\d{1,2}|\[\d{1,2}\]\s?)\p{Lu}\p{Ll}/u;
/** Numbering in front of a section title: "1.", "2.1", "A.", "IV.", "a)", "(b)". */
const NUMBERING = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivx]{1,4}\.|[a-h][.)]|\(?[a-z0-9]\))\s+/;
const BULLET = /^(?:[•·▪◦‣∙●○■□➢➤►✓✔*§–—-]|o\s)/;

const COOKIE_LINE = anyOf([
  '\\bcookies?\\b', 'en poursuivant votre navigation', 'by continuing to (?:browse|use)', 'al continuar navegando',
  'politique de confidentialite', 'privacy policy', 'politica de privacidad',
]);
/** Login and sign-up widgets; only short lines, a job may well mention "passwords" in a sentence. */
const ACCOUNT_LINE = anyOf([
  'mot de passe', 'password', 'contrasena', 'se connecter', 'connectez-vous', '\\blog ?in\\b', '\\bsign ?(?:in|up)\\b',
  "s'inscrire", 'creer un compte', 'ouvrir un comp', 'pas de compte', 'create an account', 'remember me',
  'se souvenir de moi', 'iniciar sesion',
]);
const ACCOUNT_LINE_MAX_LENGTH = 100;
/** Other postings listed under this one: this line and everything after it is about other jobs. */
const OTHER_JOBS_LINE = anyOf(
  [
    "(?:les |des |d'autres |autres )?(?:offres?|postes?|emplois?)(?: d'emploi)? similaires?", '(?:ofertas|empleos) similares',
    '(?:similar|related|recommended|more|other) (?:jobs|positions|vacancies|offers|postings)', 'show more jobs',
    "voir (?:plus d'offres|toutes les offres)", 'vous aimerez aussi', 'you (?:may|might) also like',
  ],
  '^',
  '\\b',
);
const SHORT_LINE_MAX_LENGTH = 80;

/** "Established in 1951, IOM is...": the lead-in some self-descriptions start with. */
const SELF_DESCRIPTION_LEAD_IN =
  /^(?:established|founded|created|cree|creee|fonde|fondee|fundad[ao]|cread[ao]) (?:in|en) \d{4}, /;
/**
 * What follows the organisation's name in "<Organisation> est l'agence...", "<Organisation> is a leading...",
 * or in "<Organisation> intervient en Centrafrique depuis 2007 dans les secteurs de...": where and since
 * when it works, the same on all its postings.
 */
const SELF_DESCRIPTION_VERB = anyOf(
  [
    "(?:est|is|es|fue|was|a ete|has been)\\s+(?:l'|la |le |les |un |une |the |a |an |el |una |one of )",
    '(?:intervient|oeuvre|opere|operates|has been operating|interviene|opera|actua)\\s+' +
      '(?:en|au|aux|dans|depuis|in|across|since|desde)\\b',
  ],
  '^(?=[\\s,(])\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:,[^,]{1,80},\\s*)?',
);
/** How far into a line a self-description may give the organisation's acronym in brackets. */
const NAME_BEFORE_ACRONYM_MAX_LENGTH = 80;
/** The same, for an organisation whose name the posting record does not give; captures the name. */
const GENERIC_SELF_DESCRIPTION = anyOf(
  [
    'agence', 'agency', 'organi[sz]ation', 'organisme', 'organizacion', 'association', 'ong', 'ngo', 'fondation',
    'foundation', 'operateur', 'operator', 'agencia', 'institution', 'leader', 'leading',
  ],
  "^(?!(?:the|this|our|le|la|les|l'|ce|cette|cet|notre|el|este|esta|nuestr[ao]) )([a-z][\\w'&.\\- ]{1,60}?) " +
    "(?:est|is|es) (?:l'|la |le |un |une |the |a |an |el |una |one of the )(?:[\\w'-]+ ){0,4}?",
  '\\b',
);

interface ZonedLine {
  text: string;
  /** fold(text), computed once for the boilerplate tests and reused for the words. */
  folded: string;
  /** Where each char of `folded` comes from in `text`; null when fold() kept every char in place. */
  origin: number[] | null;
  zone: Zone;
  /** A line of an aside (see ASIDE_FACTOR): theme evidence at half weight. */
  aside: boolean;
}

/**
 * Inclusive spellings cut a job title in two ("Coordinateur·rice terrain", "Coordinador/a de proyecto",
 * "Chargé(e) de projet"). Their endings are blanked in the folded line, so that the title's words stand
 * next to each other again; the same number of spaces keeps every offset in place.
 */
const INCLUSIVE_ENDING = /(?:·[a-z]{1,5})+|\/(?:a|as|o|os|e|es|ra|ras)(?![a-z0-9])|\((?:e|es|s|ne|nes|rice|euse|le|a|as)\)/g;

function joinInclusiveSpellings(folded: string): string {
  INCLUSIVE_ENDING.lastIndex = 0;
  if (!INCLUSIVE_ENDING.test(folded)) return folded;
  // Only an ending glued to a word: "(e)" after "expert", not "(a)" opening a list.
  return folded.replace(INCLUSIVE_ENDING, (ending: string, offset: number) =>
    offset > 0 && isWordChar(folded.charCodeAt(offset - 1)) ? ' '.repeat(ending.length) : ending,
  );
}

const COMBINING_MARK = /[\u0300-\u036f]/;

/** fold() char by char, recording where each folded char came from: for the rare lines fold() resizes. */
function foldWithOrigins(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const foldedChar = fold(char);
    folded += foldedChar;
    for (let unit = 0; unit < foldedChar.length; unit++) origin.push(index);
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** fold() keeps the length of nearly every text, and then a folded offset is the original offset. */
function keepsOffsets(text: string, folded: string): boolean {
  return folded.length === text.length && !COMBINING_MARK.test(text);
}

function foldLine(text: string): { folded: string; origin: number[] | null } {
  const folded = fold(text);
  return keepsOffsets(text, folded) ? { folded, origin: null } : foldWithOrigins(text);
}

/**
 * Names the organisation goes by: its name, the acronym it gives in brackets, and for a name of several
 * words its initials ("International Organization for Migration": "IOM").
 */
function organizationAliases(organization: string | null): string[] {
  if (!organization) return [];
  const name = organization.replace(/\([^)]*\)/g, '').trim();
  const aliases = [fold(name)];
  const initials = name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word) && word.length > 2)
    .map((word) => word[0])
    .join('');
  if (initials.length >= 2) aliases.push(initials.toLowerCase());
  const parenthesised = /\(([^)]{2,12})\)/.exec(organization);
  if (parenthesised) aliases.push(fold(parenthesised[1]!).trim());
  return aliases.filter((alias) => alias.length >= 2);
}

/** Matches any of the names as a whole word ("EF" for Expertise France must not match "chef"). */
function namesPattern(aliases: readonly string[]): RegExp {
  const alternatives = aliases.map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?:^|[^a-z0-9])(?:${alternatives})(?![a-z0-9])`);
}

function startsSelfDescription(foldedLine: string, originalLine: string, aliases: readonly string[]): string | null {
  const sentence = foldedLine.replace(SELF_DESCRIPTION_LEAD_IN, '');
  // The name in the posting's language, then the acronym the record knows it by: "El Consejo Noruego
  // para Refugiados (NRC) es una organización humanitaria..."
  const bracket = sentence.indexOf('(');
  const mayBracketAlias = bracket > 0 && bracket <= NAME_BEFORE_ACRONYM_MAX_LENGTH && /^\p{Lu}/u.test(originalLine);
  for (const alias of aliases) {
    if (sentence.startsWith(alias) && SELF_DESCRIPTION_VERB.test(sentence.slice(alias.length))) return alias;
    const afterAlias = bracket + 1 + alias.length;
    if (mayBracketAlias && sentence.startsWith(alias, bracket + 1) && sentence.charCodeAt(afterAlias) === CLOSING_BRACKET) {
      if (SELF_DESCRIPTION_VERB.test(sentence.slice(afterAlias + 1))) return alias;
    }
  }
  if (!/^\p{Lu}/u.test(originalLine)) return null;
  return GENERIC_SELF_DESCRIPTION.exec(sentence)?.[1] ?? null;
}

/** Section titles are short: a longer line that starts with a title's word is a sentence. */
const HEADING_MAX_WORDS = 10;

function wordCountAbove(text: string, limit: number): boolean {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) === 0x20 && index > 0 && text.charCodeAt(index - 1) !== 0x20 && ++count >= limit) return true;
  }
  return false;
}

/** The title part of a line if the line is a section title, or a "Label: value" line's label. */
function headingOf(foldedLine: string, originalLine: string): string | null {
  if (BULLET.test(originalLine)) return null;
  const colon = foldedLine.indexOf(':');
  const hasLabel = colon > 0 && colon <= 60;
  if (!hasLabel && (foldedLine.length > SHORT_LINE_MAX_LENGTH || foldedLine.endsWith('.'))) return null;
  // "Experience of at least 10 years in fighting organised crime" is a requirement, not a section title.
  if (!hasLabel && wordCountAbove(foldedLine, HEADING_MAX_WORDS)) return null;
  return (hasLabel ? foldedLine.slice(0, colon) : foldedLine).replace(NUMBERING, '').trim();
}

/** The description's lines that describe this job, each in its zone; boilerplate is left out. */
function zonedLines(posting: Posting): ZonedLine[] {
  const lines: ZonedLine[] = [];
  for (const [text, zone] of [[posting.title, 'title'], [posting.organization, 'organization']] as const) {
    // One line each: a line break would shift the words' line bookkeeping.
    const line = text?.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const { folded, origin } = foldLine(line);
    lines.push({ text: line, folded: joinInclusiveSpellings(folded), origin, zone, aside: false });
  }

  const aliases = organizationAliases(posting.organization);
  let section: 'objectives' | 'aside' | 'body' | 'about' = 'body';
  /** Set while inside the organisation's self-description: the names it goes by there. */
  let selfDescriptionNames: RegExp | null = null;
  let nextLineIsCategory = false;

  // One fold() for the whole description rather than one per line, when its lines stay aligned.
  const { description } = posting;
  const foldedDescription = fold(description);
  const rawLines = description.split('\n');
  const foldedLines = keepsOffsets(description, foldedDescription) ? foldedDescription.split('\n') : null;

  for (let index = 0; index < rawLines.length; index++) {
    const line = rawLines[index]!.trim();
    if (line === '') continue;
    const read = foldedLines ? { folded: foldedLines[index]!.trim(), origin: null } : foldLine(line);
    const { origin } = read;
    const folded = joinInclusiveSpellings(read.folded);
    const isShort = folded.length <= SHORT_LINE_MAX_LENGTH;

    if (isShort && OTHER_JOBS_LINE.test(folded)) break;
    if (COOKIE_LINE.test(folded)) continue;
    if (folded.length <= ACCOUNT_LINE_MAX_LENGTH && ACCOUNT_LINE.test(folded)) continue;

    if (selfDescriptionNames) {
      // The paragraph goes on with its bullet list, lines wrapped mid-sentence, and lines naming the
      // organisation again ("Dans ces domaines, Expertise France assure...").
      const continues = BULLET.test(line) || /^\p{Ll}/u.test(line) || selfDescriptionNames.test(folded);
      if (continues) continue;
      selfDescriptionNames = null;
    }
    const selfDescribed = startsSelfDescription(folded, line, aliases);
    if (selfDescribed !== null) {
      selfDescriptionNames = namesPattern([...aliases, selfDescribed]);
      continue;
    }

    const heading = headingOf(folded, line);
    if (heading !== null) {
      if (OBJECTIVES_HEADING.test(heading)) section = 'objectives';
      else if (ASIDE_HEADING.test(heading)) section = 'aside';
      else if (BODY_HEADING.test(heading)) section = 'body';
      else if (ABOUT_HEADING.test(heading)) section = 'about';
    }
    if (section === 'about') continue;

    let zone: Zone = section === 'aside' ? 'body' : section;
    if (heading !== null && CATEGORY_LABEL.test(heading)) {
      // "Fonction : Coopération internationale" holds its value; "Secteurs d'activité" alone announces it.
      const colon = folded.indexOf(':');
      if (colon >= 0 && folded.slice(colon + 1).trim() !== '') zone = 'field';
      else nextLineIsCategory = true;
    } else if (nextLineIsCategory) {
      zone = 'field';
      nextLineIsCategory = false;
    }
    // A footnote is never a task, wherever the page puts it.
    const footnote = zone !== 'field' && !isShort && FOOTNOTE.test(line);
    if (footnote) zone = 'body';
    const aside = zone === 'body' && (section === 'aside' || footnote);
    lines.push({ text: line, folded, origin, zone, aside });
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------
// Words

/** The kept lines as one text, and its words with where each one stands. */
interface Words {
  /** The kept lines joined by "\n", in their original spelling: evidence is cut from here. */
  text: string;
  /** The same lines folded, joined by "\n": the words are read from here. */
  folded: string;
  count: number;
  /** Offsets of each word in `folded`. */
  foldedStart: Int32Array;
  foldedEnd: Int32Array;
  /** Offsets of each word in `text`. */
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  zone: Zone[];
  /** 1 for a word of an aside line or in brackets (see ASIDE_FACTOR). */
  aside: Uint8Array;
  /** Consecutive lines of one zone form a segment; a phrase never spans two. */
  segment: Int32Array;
  /** The title's words come first: words [0, titleCount). */
  titleCount: number;
}

const NEWLINE = 0x0a;
const OPENING_BRACKET = 0x28;
const CLOSING_BRACKET = 0x29;

/** The letters words are made of in folded text, as in PHRASE_WORD: a-z, digits, ß…ɏ except ÷. */
function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0xdf && code <= 0x24f && code !== 0xf7);
}

/** Cuts the kept lines into words once: offsets and hashes only, no string per word. */
function toWords(lines: readonly ZonedLine[]): Words {
  const folded = lines.map((line) => line.folded).join('\n');
  // A word takes at least one letter and one separator: half the text's length bounds the word count.
  const capacity = (folded.length >> 1) + 1;
  const words: Words = {
    text: lines.map((line) => line.text).join('\n'),
    folded,
    count: 0,
    foldedStart: new Int32Array(capacity),
    foldedEnd: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    hash: new Int32Array(capacity),
    zone: [],
    aside: new Uint8Array(capacity),
    segment: new Int32Array(capacity),
    titleCount: 0,
  };
  if (lines.length === 0) return words;

  // One pass over the joined text (a flat string reads faster than many slices); "\n" ends a line.
  let lineIndex = 0;
  let line = lines[0]!;
  let lineStart = 0;
  let textOffset = 0;
  let segment = 0;
  let wordStart = -1;
  let hash = 0;
  /** Brackets open on the current line: their words are an aside (an example, a detail, an acronym). */
  let bracketDepth = 0;
  for (let index = 0; index <= folded.length; index++) {
    const code = index < folded.length ? folded.charCodeAt(index) : NEWLINE;
    if (isWordChar(code)) {
      if (wordStart < 0) {
        wordStart = index;
        hash = 0;
      }
      hash = nextWordHash(hash, code);
      continue;
    }
    if (wordStart >= 0) {
      const word = words.count++;
      const { origin } = line;
      words.foldedStart[word] = wordStart;
      words.foldedEnd[word] = index;
      words.start[word] = textOffset + (origin ? origin[wordStart - lineStart]! : wordStart - lineStart);
      words.end[word] = textOffset + (origin ? origin[index - lineStart]! : index - lineStart);
      words.hash[word] = hash;
      words.zone.push(line.zone);
      if (line.aside || (bracketDepth > 0 && (line.zone === 'objectives' || line.zone === 'body'))) words.aside[word] = 1;
      words.segment[word] = segment;
      if (line.zone === 'title') words.titleCount++;
      wordStart = -1;
    }
    if (code === OPENING_BRACKET) bracketDepth++;
    else if (code === CLOSING_BRACKET && bracketDepth > 0) bracketDepth--;
    else if (code === NEWLINE) bracketDepth = 0;
    if (code === NEWLINE && index < folded.length) {
      textOffset += line.text.length + 1;
      lineStart = index + 1;
      const next = lines[++lineIndex]!;
      if (next.zone !== line.zone || next.aside !== line.aside) segment++;
      line = next;
    }
  }
  return words;
}

// ---------------------------------------------------------------------------------------------------
// Matching and scoring

/** Whether word `index` is the slot's word (or one of its plurals, or starts with its stem). */
function slotAccepts(slot: Slot, words: Words, index: number): boolean {
  const start = words.foldedStart[index]!;
  if (!words.folded.startsWith(slot.word, start)) return false;
  if (slot.stem) return true;
  const end = words.foldedEnd[index]!;
  const extra = end - start - slot.word.length;
  if (extra === 0) return true;
  const last = words.folded[end - 1];
  if (extra === 1) return last === 's' || last === 'x';
  return extra === 2 && last === 's' && words.folded[end - 2] === 'e';
}

/** Index of the phrase's last word if it matches from word `first`, else -1. */
function matchEnd(words: Words, phrase: CompiledPhrase, first: number, limit: number): number {
  const last = first + phrase.slots.length - 1;
  if (last >= limit || words.segment[last] !== words.segment[first]) return -1;
  for (let k = 0; k < phrase.slots.length; k++) {
    if (!slotAccepts(phrase.slots[k]!, words, first + k)) return -1;
  }
  if (phrase.literal !== null) {
    const original = words.text.slice(words.start[first], words.end[last]);
    if (original !== phrase.literal && original !== `${phrase.literal}s`) return -1;
  }
  return last;
}

interface Match {
  phrase: CompiledPhrase;
  first: number;
  last: number;
}

/**
 * The phrases found in words [from, limit), in text order. Where phrases of one target overlap, the
 * longest wins ("la traite des êtres humains" is one "traite des êtres humains", not also "la traite").
 * Phrases of different targets may overlap ("trafic illicite de migrants" is evidence of both
 * trafficking and migration), except as Matcher.wordsYieldToPhrases says.
 */
function findMatches(words: Words, matcher: Matcher, from: number, limit: number): Match[] {
  const found: Match[] = [];
  const collect = (candidates: readonly CompiledPhrase[], first: number) => {
    for (const phrase of candidates) {
      const last = matchEnd(words, phrase, first, limit);
      if (last >= 0) found.push({ phrase, first, last });
    }
  };
  for (let i = from; i < limit; i++) {
    const exact = matcher.byFirstWord.get(words.hash[i]!);
    if (exact) collect(exact, i);
    const stemmed = matcher.byStemInitial.get(words.folded.charCodeAt(words.foldedStart[i]!));
    if (stemmed) collect(stemmed, i);
  }
  if (found.length < 2) return found;

  // Longest first, in letters: "lutte contre la traite des êtres humains" is "traite des êtres humains".
  const span = (match: Match) => words.foldedEnd[match.last]! - words.foldedStart[match.first]!;
  found.sort((a, b) => span(b) - span(a) || b.phrase.weight - a.phrase.weight || a.first - b.first);
  const keptByTarget = new Map<number, Match[]>();
  const insidePhrase = new Uint8Array(limit);
  const kept: Match[] = [];
  for (const match of found) {
    const sameTarget = keptByTarget.get(match.phrase.target) ?? [];
    if (sameTarget.some((other) => other.first <= match.last && match.first <= other.last)) continue;
    if (matcher.wordsYieldToPhrases && match.first === match.last && insidePhrase[match.first]) continue;
    if (match.first !== match.last) insidePhrase.fill(1, match.first, match.last + 1);
    sameTarget.push(match);
    keptByTarget.set(match.phrase.target, sameTarget);
    kept.push(match);
  }
  return kept.sort((a, b) => a.first - b.first);
}

interface TargetScore {
  score: number;
  /** The part of the score from phrases of weight 2 or 3. */
  anchorScore: number;
  /** By zone and folded phrase: one entry per distinct phrase and place. */
  evidence: Map<string, Evidence>;
}

/** asideFactors: per target, what a phrase in an aside is worth (1 when omitted: asides count in full). */
function scoreWords(words: Words, matcher: Matcher, asideFactors?: Float64Array): (TargetScore | undefined)[] {
  const scores: (TargetScore | undefined)[] = new Array(matcher.targetCount);
  const repeats = new Map<number, number>();
  for (const { phrase, first, last } of findMatches(words, matcher, 0, words.count)) {
    const zone = words.zone[first]!;
    const repeatKey = phrase.serial * ZONES.length + ZONES.indexOf(zone);
    const earlier = repeats.get(repeatKey) ?? 0;
    repeats.set(repeatKey, earlier + 1);
    // Each repeat of a phrase in a zone counts half the one before: repetition is some evidence, but a
    // word that comes back in every paragraph of a long context must not outweigh the title.
    const aside = asideFactors && words.aside[first] === 1 ? asideFactors[phrase.target]! : 1;
    const weight = (phrase.weight * ZONE_MULTIPLIER[zone] * aside) / 2 ** earlier;
    const score = (scores[phrase.target] ??= { score: 0, anchorScore: 0, evidence: new Map() });
    score.score += weight;
    if (phrase.weight >= 2) score.anchorScore += weight;
    const evidenceKey = `${zone}|${words.folded.slice(words.foldedStart[first], words.foldedEnd[last]).replace(/\s+/g, ' ')}`;
    const known = score.evidence.get(evidenceKey);
    if (known) known.weight += weight;
    else {
      const shown = words.text.slice(words.start[first], words.end[last]).replace(/\s+/g, ' ').trim();
      score.evidence.set(evidenceKey, { phrase: shown, where: zone, weight });
    }
  }
  return scores;
}

function passes(score: TargetScore | undefined, threshold: Threshold): score is TargetScore {
  return score !== undefined && score.score >= threshold.minScore && score.anchorScore >= threshold.minAnchorScore;
}

function strongestEvidence(evidence: Iterable<Evidence>): Evidence[] {
  return [...evidence]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_EVIDENCE_PER_TAG)
    .map((item) => ({ ...item, weight: Math.round(item.weight * 100) / 100 }));
}

function autoTag(id: string, family: TagFamily, label: Label, evidence: Evidence[]): Tag {
  return { id, family, label: { en: label.en, fr: label.fr }, evidence, source: 'auto' };
}

function fieldEvidence(phrase: string): Evidence {
  return { phrase, where: 'field', weight: STRUCTURED_FIELD_WEIGHT };
}

/** Tags of one family found in the text, strongest first. */
function textTags(scores: readonly (TargetScore | undefined)[], family: TagFamily): Tag[] {
  const found: { target: TextTarget; score: TargetScore }[] = [];
  TEXT_TARGETS.forEach((target, index) => {
    const score = scores[index];
    if (target.family === family && passes(score, target.threshold)) found.push({ target, score });
  });
  return found
    .sort((a, b) => b.score.score - a.score.score)
    .map(({ target, score }) => autoTag(target.id, target.family, target.label, strongestEvidence(score.evidence.values())));
}

// ---------------------------------------------------------------------------------------------------
// Tags from fields

/** A stated country decides; the regions named in the text only count for a posting without one. */
function regionTags(posting: Posting, scores: readonly (TargetScore | undefined)[]): Tag[] {
  const country = posting.location.country;
  const regions = country === null ? undefined : REGIONS_BY_COUNTRY.get(country);
  if (!country || !regions) return textTags(scores, 'region');
  return regions.map((index) => {
    const target = TEXT_TARGETS[index]!;
    return autoTag(target.id, 'region', target.label, [fieldEvidence(country)]);
  });
}

function contractTag(posting: Posting): Tag[] {
  const { type, raw } = posting.contract;
  if (type === null) return [];
  return [autoTag(`contract:${type}`, 'contract', CONTRACT_LABELS[type], [fieldEvidence(raw ?? type)])];
}

const SENIORITY_RANK: Readonly<Record<SeniorityLevelId, number>> = { junior: 0, mid: 1, senior: 2, expert: 3 };

function levelForYears(years: number): SeniorityLevelId {
  let level: SeniorityLevelId = 'junior';
  for (const candidate of SENIORITY_LEVELS) if (years >= candidate.minYears) level = candidate.id;
  return level;
}

/**
 * The title's words and the required years. A junior word in the title wins over any other word
 * ("Stagiaire auprès du chef de projet") and over the years; a management word is a floor the years
 * may raise; without title words the years decide.
 */
function seniorityTag(posting: Posting, words: Words): Tag[] {
  const cues = findMatches(words, SENIORITY_CUE_MATCHER, 0, words.titleCount).map(({ phrase, first, last }) => {
    const shown = words.text.slice(words.start[first], words.end[last]);
    const evidence: Evidence = { phrase: shown, where: 'title', weight: ZONE_MULTIPLIER.title };
    return { index: phrase.target, evidence };
  });
  const priority = (index: number) => {
    const level = SENIORITY_TITLE_CUES[index]!.level;
    return level === 'junior' ? Infinity : SENIORITY_RANK[level];
  };
  const titleCue = cues.reduce<(typeof cues)[number] | null>(
    (best, candidate) => (best === null || priority(candidate.index) > priority(best.index) ? candidate : best),
    null,
  );

  const years = posting.experienceYears;
  const yearsLevel = years === null ? null : levelForYears(years);
  let level: SeniorityLevelId | null = yearsLevel;
  if (titleCue !== null) {
    const { level: cueLevel, atLeast } = SENIORITY_TITLE_CUES[titleCue.index]!;
    level = atLeast && yearsLevel !== null && SENIORITY_RANK[yearsLevel] > SENIORITY_RANK[cueLevel] ? yearsLevel : cueLevel;
  }
  if (level === null) return [];
  const definition = SENIORITY_LEVELS.find((candidate) => candidate.id === level)!;
  const evidence: Evidence[] = [];
  if (titleCue !== null) evidence.push(titleCue.evidence);
  if (years !== null && yearsLevel === level) evidence.unshift(fieldEvidence(`${years} years`));
  return [autoTag(`seniority:${level}`, 'seniority', definition.label, evidence)];
}

const BUCKET_OF_TERM = { short: 'short-term', long: 'long-term' } as const;

/** From the days or months when known; from the stated term ("Court terme") otherwise. */
function durationTag(posting: Posting): Tag[] {
  const { days, months, term, raw } = posting.duration;
  const totalDays = days ?? (months === null ? null : months * DAYS_PER_MONTH);
  const bucket =
    totalDays !== null
      ? DURATION_BUCKETS.find((candidate) => totalDays <= candidate.maxDays)
      : DURATION_BUCKETS.find((candidate) => term !== null && candidate.id === BUCKET_OF_TERM[term]);
  if (!bucket) return [];
  const stated = raw ?? (days !== null ? `${days} days` : months !== null ? `${months} months` : `${term} term`);
  return [autoTag(`duration:${bucket.id}`, 'duration', bucket.label, [fieldEvidence(stated)])];
}

/** Home-based when the record or the text says so; otherwise a posting placed in a country is on site. */
function workplaceTag(posting: Posting, scores: readonly (TargetScore | undefined)[]): Tag[] {
  const { remote, country, raw } = posting.location;
  const textEvidence = scores[HOME_BASED_TARGET];
  const saidInText = passes(textEvidence, HOME_BASED_THRESHOLD);
  if (remote || saidInText) {
    const evidence = [...(remote ? [fieldEvidence(raw ?? 'remote')] : []), ...(saidInText ? textEvidence.evidence.values() : [])];
    return [autoTag('workplace:home-based', 'workplace', WORKPLACES['home-based'].label, strongestEvidence(evidence))];
  }
  if (country === null) return [];
  return [autoTag('workplace:field', 'workplace', WORKPLACES.field.label, [fieldEvidence(raw ?? country)])];
}

function languageTag(posting: Posting): Tag[] {
  const stated = posting.postingLanguage;
  const code = stated?.slice(0, 2).toLowerCase();
  if (!stated || (code !== 'fr' && code !== 'en' && code !== 'es')) return [];
  return [autoTag(`language:${code}`, 'language', POSTING_LANGUAGES[code], [fieldEvidence(stated)])];
}

/**
 * A user's rule tags every posting where one of its phrases appears once, anywhere. Rules change
 * between calls, so they are compiled per call; a few phrases compile in microseconds.
 */
function userRuleTags(rules: readonly UserRule[], words: Words): Tag[] {
  if (rules.length === 0) return [];
  const specs = rules.flatMap((rule, target) => rule.phrases.map((text) => ({ target, text, weight: 1, caseSensitive: false })));
  const scores = scoreWords(words, compileMatcher(specs, rules.length, false));
  return rules.flatMap((rule, index) => {
    const score = scores[index];
    if (!score) return [];
    const label = { en: rule.label, fr: rule.label };
    return [autoTag(`user:${rule.id}`, rule.family, label, strongestEvidence(score.evidence.values()))];
  });
}

// ---------------------------------------------------------------------------------------------------
// API

/**
 * The automatic tags of a posting, each with the evidence that justifies it: themes (strongest
 * first), regions, contract, seniority, duration, workplace, posting language, then the user's rules.
 */
export function classifyPosting(posting: Posting, userRules: readonly UserRule[] = []): Tag[] {
  const words = toWords(zonedLines(posting));
  const scores = scoreWords(words, TEXT_MATCHER, TEXT_ASIDE_FACTORS);
  return [
    ...textTags(scores, 'theme'),
    ...regionTags(posting, scores),
    ...contractTag(posting),
    ...seniorityTag(posting, words),
    ...durationTag(posting),
    ...workplaceTag(posting, scores),
    ...languageTag(posting),
    ...userRuleTags(userRules, words),
  ];
}

/**
 * The tags a posting shows: the automatic ones minus those the user removed, plus the user's own
 * (the user's tag replaces an automatic tag of the same id). Since the removed ids are kept apart from
 * the automatic tags, re-classifying never brings back a tag the user removed.
 */
/**
 * The themes and regions a short text names, by the classifier's own phrases (the scope of a
 * requirement: "in fighting organised crime", "en Afrique de l'Ouest"): ids in taxonomy order. No
 * threshold: a short text says what it says once.
 */
export function tagsNamedIn(text: string): string[] {
  const words = toWords([{ text, ...foldLine(text), zone: 'body', aside: false }]);
  const named = new Set(findMatches(words, TEXT_MATCHER, 0, words.count).map((match) => match.phrase.target));
  return TEXT_TARGETS.filter((target, index) => named.has(index) && (target.family === 'theme' || target.family === 'region')).map((target) => target.id);
}

export function applyUserChoices(autoTags: readonly Tag[], userTags: readonly Tag[], removedTagIds: readonly string[]): Tag[] {
  const hidden = new Set([...removedTagIds, ...userTags.map((tag) => tag.id)]);
  return [...autoTags.filter((tag) => !hidden.has(tag.id)), ...userTags];
}
