/**
 * The zoning of a posting's description for the classifier: the description is cut into lines,
 * boilerplate lines are dropped (cookie banners, login prompts, the organisation's description of
 * itself, "similar jobs" lists and all that follows them), and each remaining line is placed in a zone:
 * the posting's objectives / tasks, its site category ("field"), or the rest of the body. Title and
 * organisation are zones of their own. Lines of asides (the project's context, footnotes, selection
 * grids) are marked, for the classifier to weigh less. Pure functions.
 */
import type { ReadPosting } from './schema';
import { CLOSING_BRACKET, foldLine, isWordChar, keepsOffsets, type Zone, type ZonedLine } from './phrases';
import { BULLET_MARK } from './patterns';
import { fold } from './text';

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
 * Section titles of asides (see ASIDE_FACTOR in lib/classify.ts): the project's context, the problem and the programme
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
const BULLET = new RegExp(`^(?:${BULLET_MARK}|o\\s)`);

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
export function zonedLines(posting: ReadPosting): ZonedLine[] {
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
