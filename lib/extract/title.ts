/**
 * The posting's title, best source first: the adapter, JSON-LD, the page's main heading, a "Job title"
 * label, then the first line of the opening that names a role, then the reader view's and the document's
 * title without the site's name. Headings that only say what kind of page this is ("Vacancy
 * Announcement", "Offre d'emploi", "Términos de referencia") or name the site are passed over.
 */
import { fold } from '../text';
import { DOCUMENT_KIND_WORDS, GENERIC_TITLES, ROLE_WORDS } from './title-words';
import { pathOf } from './address';
import { EMPLOYERS } from './gazetteer/employers';
import { cityNamed } from './gazetteer/cities';
import { countryCodeOf } from './places';

const isPlaceName = (text: string) => countryCodeOf(text) !== null || cityNamed(text) !== null;

export interface TitleSources {
  adapter: string | null | undefined;
  jsonLd: string | null | undefined;
  headings: Array<{ level: number; text: string }>;
  label: string | null;
  lines: string[];
  articleTitle: string | null | undefined;
  documentTitle: string;
  siteName: string | null;
  url: string;
  /** True for a line that is a known label (its value is not a title). */
  isLabelLine(line: string): boolean;
}

const GENERIC = new Set(GENERIC_TITLES);
const comparable = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A line that only says what kind of page this is, or is empty of words. */
export function isGenericTitle(text: string): boolean {
  // "APPEL A MANIFESTATION D'INTERETS N° 52-AMI/FID/EAGER", "CONVOCATORIA CONTRATACIÓN DE PERSONAL NO." (its number on
  // the next line): the kind of page with its number is still the kind.
  const key = comparable(text).replace(/\s(?:n|no|nro|numero|ref|reference)(?:\s+\S*\d.*)?$/, '');
  if (key === '' || GENERIC.has(key) || GENERIC.has(key.replace(/ s$/, ''))) return true;
  const words = key.split(' ');
  return words.length >= 2 && words.length <= 10 && words.every((word) => DOCUMENT_KIND_WORDS.has(word));
}

const ROLE_PATTERN = new RegExp(`(?:^|[^\\p{L}])(${ROLE_WORDS.join('|')})(?:e|es|s|\\(e\\)|\\(s\\)|·e)?(?![\\p{L}])`, 'u');
const DATE_LIKE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/;
// "Nov 27, 2017 | Première Urgence", "27 novembre 2017 — …": a board's date line.
const DATE_LINE = /^(?:\p{L}{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:er)?\s+(?:de\s+)?\p{L}{3,10}\.?\s+(?:de\s+)?\d{4})(?![\p{L}\d])/u;

export function namesARole(line: string): boolean {
  return ROLE_PATTERN.test(fold(line));
}

const MAX_TITLE_CHARS = 220;
const MAX_TITLE_WORDS = 34;
// A title does not start like a phrase cut out of a sentence ("FOR CONSULTANT", "of the project").
const FRAGMENT_START = /^(?:for|pour|para|of|de|del|and|et|y|to|in|en|with|avec|con)\s/i;
// Duty bullets start with a verb: "Contribuer au renforcement…", "Coordinate the field teams…".
const TASK_VERB =
  /^(?:assurer|contribuer|collaborer|appuyer|coordonner|superviser|participer|elaborer|realiser|garantir|veiller|developper|mettre en|suivre|preparer|organiser|apoyar|coordinar|supervisar|elaborar|realizar|garantizar|participar|desarrollar|preparar|organizar|ensure|coordinate|supervise|develop|prepare|manage|provide|conduct|assist|participate|contribute|collaborate|facilitate)\b/;
// Requirements ("Título de bachiller…", "Degree in…"), links ("Lisez l'appel au format PDF", "Click here") and
// sentences about ourselves or the reader ("We support NGOs in Dakar").
const NOT_A_TITLE_START =
  /^(?:titulo (?:de|universitario|profesional)|diplome|diploma|degree|licenciatura|bachelor|master'?s? degree|at least|minimum|au moins|al menos|lisez|lire|read|click|cliquez|haga clic|descargar|download|telecharger|voir|see|ver|consulte[rz]?|we|nous|nosotros|our|notre|nos|nuestr[ao]s?|you|vous|usted|ustedes|i|je|yo|search|rechercher|buscar|a propos|about|acerca de|quienes somos|qui sommes-nous)\b|^(?:objectifs?|objectives?|objetivos?|contexte|context|background|antecedentes|justification|justificacion) (?:du|de|des|of|del|de la|of the)\b/;
// "Grade: …", "Catégorie : …": a field, unless what comes before the colon names the role ("Consultoría: …").
const FIELD_PREFIX = /^([^:]{1,30})\s*:\s*\S/;
// "ONU Mujeres: Especialista de la Unidad de Género…": a board's "Employer: Role".
const EMPLOYER_NAMES = new Set(
  EMPLOYERS.flatMap((employer) => [employer.name, employer.fr, employer.es, ...(employer.aliases ?? []), ...(employer.acronyms ?? [])])
    .filter((name): name is string => Boolean(name))
    .map((name) => comparable(name)),
);
const isEmployerName = (text: string) => EMPLOYER_NAMES.has(comparable(text));
// "CARE is a leading humanitarian organization", "X est une ONG", "X es una fundación".
const INTRODUCES_ITSELF = /\s(?:is an?|est une?|es una?|are an?|sont des|son una?s?)\s/;
const SENTENCE_VERB = /\s(?:is|are|was|were|has|have|will|est|sont|etait|a ete|sera|es|son|fue|ha sido|sera)\s/;
const OPENING_LINES = 30;
const LISTING_ROLE_LINES = 3;
const LISTING_DATE_LINE = /^(?:updated|posted|published|publie|publicado|mis a jour|actualizado)\b[^\n]{0,40}\d/;

function isTitleLike(line: string, sources: TitleSources): boolean {
  return isTitleShaped(line, sources) && namesARole(line);
}

/** A line shaped like a title: not a sentence, a field, a list item, a date or a generic heading. */
function isTitleShaped(line: string, sources: TitleSources): boolean {
  const words = line.split(/\s+/).length;
  if (line.length < 6 || line.length > MAX_TITLE_CHARS || words > MAX_TITLE_WORDS) return false;
  if (FRAGMENT_START.test(line) || TASK_VERB.test(fold(line)) || NOT_A_TITLE_START.test(fold(line)) || /\(\d{1,3}\s?%\)/.test(line)) return false;
  const fieldPrefix = line.match(FIELD_PREFIX)?.[1];
  if (fieldPrefix && !namesARole(fieldPrefix) && !isGenericTitle(fieldPrefix) && !isEmployerName(fieldPrefix) && !isPlaceName(fieldPrefix) && !RECRUITS.test(fold(line)) && !leadsIn(line)) {
    return false;
  }
  if (/\.\s+\p{Lu}/u.test(line)) return false;
  // "The United Nations Volunteers (UNV) programme is the UN organization that promotes…": a sentence.
  if ((words > 6 && SENTENCE_VERB.test(fold(line))) || (words >= 4 && INTRODUCES_ITSELF.test(fold(line)))) return false;
  // "La Agencia … informa del proceso de selección de…": a long line that opens with an article is running text.
  if (words > 12 && /^(?:la|el|le|les|los|las|the|l')\s/i.test(fold(line)) && !RECRUITS.test(fold(line))) return false;
  // Sentences, numbered sections and list items are not titles.
  if (/^[\p{Ll}\d•·▪►◦*]/u.test(line) || /^(?:mission|section|article|chapitre|part|partie|parte)\s+\d/i.test(line)) return false;
  // A heading in capitals may end with a full stop; a sentence is not written in capitals.
  const sentenceEnd = /[.!?]$/.test(line.replace(/\b[A-Z]\.$/, '')) && words > 8 && line !== line.toUpperCase();
  if (/[:;]$/.test(line) || sentenceEnd) return false;
  return !(isGenericTitle(line) || sources.isLabelLine(line) || DATE_LIKE.test(line) || /@|https?:\/\//.test(line));
}

/** The name of the site, to strip from document titles ("Consultant – Dakar | ReliefWeb"). */
function siteWords(sources: TitleSources): string[] {
  const words: string[] = [];
  if (sources.siteName) words.push(comparable(sources.siteName));
  try {
    const host = new URL(sources.url).hostname.replace(/^www\./, '');
    words.push(...host.split('.').filter((part) => part.length > 2).map(comparable));
  } catch {
    // A file path has no site.
  }
  return words.filter((word) => word !== '');
}

function namesTheSite(text: string, sources: TitleSources): boolean {
  const key = comparable(text).replace(/ /g, '');
  return siteWords(sources).some((word) => {
    const site = word.replace(/ /g, '');
    return site.length > 2 && (key === site || (key.includes(site) && key.length <= site.length + 12));
  });
}

// "Avis de recrutement d'un coordinateur projet", "Recruitment of a Project Officer", "Contratación de un consultor",
// "Appel à candidatures ouvert pour le recrutement de (01) animateur", "Recrutement d’un·e chef·fe de projet".
const LEAD_IN =
  /^(?:(?:avis de |appel a candidatures? (?:ouverts? )?(?:pour le )?)?recrutement|recruitment|hiring|contratacion|convocatoria(?: a participar del llamado)?|llamado|avis de vacance(?: de poste)?|vacancy|vacante|appel a candidatures?|call for applications?)\s*(?:d'un(?:e|\(e\)|·e|\.e)?|de (?:un|una|deux|trois|\(?\d+\)?)|of (?:an?|one|two|\d+)|for (?:an?|the)?|pour (?:un|une|le poste de|la)?|para (?:un|una|el puesto de)?|a (?:un|una)?|:|–|-)\s+/;
const INLINE_FIELD =
  /\s+(?:grade|level|niveau|nivel|grado|location|duty station|lieu d'affectation|lugar de destino|closing date|deadline|date limite|fecha limite|salary|salaire|salario|contract type|type de contrat|tipo de contrato)\s*[:：].*$/iu;
/** "PROJET MOSALA : AVIS DE RECRUTEMENT D’UN CHAUFFEUR": what a project's name introduces is a recruitment. */
const leadsIn = (text: string) => LEAD_IN.test(fold(text.slice(text.indexOf(':') + 1).trim()));
// "TÉRMINOS DEL LLAMADO PARA EL CARGO DE COORDINADOR…", "Terms of Reference for the recruitment of a…".
const DOCUMENT_LEAD_IN =
  /^(?:terminos del llamado|terminos de referencia|termes de reference|terms of reference)\s*(?:\(\w+\)\s*)?(?:para el (?:cargo|puesto) de|para la contratacion de(?: un| una)?|pour le poste de|for the (?:post|position) of|pour le recrutement d'un(?:e)?|pour le recrutement de|for the recruitment of(?: an?)?|for an?|for|pour|para)?\s*[:–-]?\s+(?=\S+\s+\S)/;
// "The Embassy is seeking a dedicated Programme Officer to…", "MSF busca MEDIADOR INTERCULTURAL para…".
const ROLE_CUE = /\b(?:is seeking|are seeking|seeks to (?:appoint|recruit|hire)|is looking for|are looking for|invites? applications for the (?:position|post) of|applications are invited for the (?:position|post) of|for the (?:position|post) of|recrute|busca|recherche|(?:desempenar )?las funciones de|(?:para|en) el (?:cargo|puesto) de|en calidad de|au poste de|en qualite de|(?:funcion|contrato) de|(?:the )?(?:post|position) of|poste de)\s+(?:(?:an?|un|une|un\(e\)|una|un\/a|the)\s+)?/;
const CONNECTORS = new Set(['of', 'de', 'du', 'des', "d'", 'en', 'and', 'et', 'y', '&', '/', '-', '–', 'la', 'le', 'les', 'del', 'for', 'in', 'on', 'a', 'à', 'al']);
const STOPS = new Set(['to', 'who', 'pour', 'para', 'that', 'qui', 'que', 'with', 'avec', 'con', 'based', 'basé', 'basée']);

// "…, the Deputy Regional Coordinator for the Caribbean provides his/her support", "Le/la coordinateur/trice régional de
// projet assure…", "The Program Officer (PO) will be…": the post as the subject of the first sentence about its duties.
const ROLE_SUBJECT =
  /(?:^|[,.;]\s*|\s)(?:the|le\/la|la\/le|le|la|el|la persona)\s+((?:[\p{L}/()·'’-]+\s+){0,8}?[\p{L}/()·'’-]+)\s+(?:\([A-Z]{2,6}\)\s+)?(?:will|shall|provides?|is responsible|leads?|supports?|assure|assurera|sera|est charge|est chargee|est responsable|appuie|tendra|sera|es responsable|apoyara|brindara)\b/iu;

function roleAsSubject(line: string): string | null {
  if (line.length > 1_000) return null;
  const role = line.match(ROLE_SUBJECT)?.[1];
  if (!role || !namesARole(role) || /\b(?:he|she|il|elle|ella|el)\b/i.test(role)) return null;
  return role.charAt(0).toUpperCase() + role.slice(1);
}

/** The capitalised role that a recruiting sentence names, if any. */
function roleInSentence(line: string): string | null {
  const cue = fold(line).match(ROLE_CUE);
  if (!cue) return null;
  const tokens = line.slice(cue.index! + cue[0].length).split(/\s+/);
  const role: string[] = [];
  let skipped = 0;
  for (const token of tokens) {
    const word = token.replace(/[,.;:]+$/, '');
    if (STOPS.has(word.toLowerCase()) && role.length > 0) break;
    if (/^[\p{Lu}]/u.test(word)) role.push(word);
    else if (role.length > 0 && CONNECTORS.has(word.toLowerCase())) role.push(word);
    else if (role.length === 0 && skipped < 4) skipped++;
    else break;
    if (word !== token) break;
  }
  while (role.length > 0 && CONNECTORS.has(role[role.length - 1]!.toLowerCase())) role.pop();
  const text = role.join(' ');
  return role.length > 0 && namesARole(text) ? text : null;
}

// "L'ONG Initiative Développement (ID) recrute 01 DIRECTEUR PAYS", "ACF recrute un(e) chargé(e) de projet".
// The verb ends its word: "la contratación del servicio" is no "contrata".
const RECRUITS = /\b(?:(?:recrute|recrutent|is recruiting|are recruiting|is hiring|busca|contrata)(?![a-z])|recherche\s*:|lance un avis d'appel d'offres? pour (?:l'|la |le )?)\s*:?\s*(?:(?:un|une|un\(e\)|des|an?|one|un[ao]?|\d{1,2})\s+)?/;
// A reference before the title: "CFA-BF10-02-2025 - Consultant National…".
export const REFERENCE_PREFIX = /^([A-Z][A-Z0-9]*(?:[-/_.][A-Z0-9]+){1,6}|[A-Z]{1,5}\d{3,}[A-Z]?)\s+[-–:|]\s+(?=\S)/;
// "ONUMUJERES/ECU/PS/21-024 Elaboración…", "248/IC/UNDAF/2019-Recrutement…": a code of three parts or more that
// opens the title line.
export const LEADING_CODE = /^([\p{L}\d]+(?:[/_.-][\p{L}\d]+){2,7})(?:\s+|-)(?=\p{Lu})/u;
const isCode = (text: string) => /\d/.test(text) && /\p{L}/u.test(text);

/** The role itself, without the sentence around it; a line of running text may also lead with a reference. */
function roleOf(text: string, fromText: boolean): string {
  // "ONU Mujeres: Especialista…", "Offre d’emploi : Chargé·e de mission…": the role comes after the colon.
  const prefix = fromText ? text.match(FIELD_PREFIX)?.[1] : undefined;
  // "Lebanon: Food Security Coordinator": ReliefWeb's reposts put the country first.
  if (prefix && (isEmployerName(prefix) || isGenericTitle(prefix) || isPlaceName(prefix) || leadsIn(text))) text = text.slice(text.indexOf(':') + 1).trim();
  const code = fromText ? text.match(LEADING_CODE) : null;
  const uncoded = code && isCode(code[1]!) ? text.slice(code[0].length) : text;
  let role = fromText ? uncoded.replace(REFERENCE_PREFIX, '').replace(/^[\s:–|-]+/, '').replace(/\s*\d+\s*views?(?![a-z]).*$/i, '') : text;
  // "Home / Poste / Un(e) Coordinateur/trice Logistique": a breadcrumb ends with the page's own name.
  if (fromText && (role.match(/\s\/\s/g)?.length ?? 0) >= 2) role = role.split(/\s\/\s/).pop()!;
  // "Project Officer at Malawi Local Government Association": a board's "role at employer".
  if (fromText) role = role.replace(/\s+at\s+(?=\p{Lu})[^,]+$/iu, '');
  // "Project Officer (PO) Grade:4", "… | JobPaw.com": the next field, or the site, on the title's line or in its label.
  role = role.replace(INLINE_FIELD, '');
  if (fromText) role = role.replace(/\s+\|\s+[\w-]+(?:\.[\w-]+)+$/u, '');
  const documentLeadIn = fold(role).match(DOCUMENT_LEAD_IN);
  if (documentLeadIn) role = role.slice(documentLeadIn[0].length);
  const folded = fold(role);
  const leadIn = folded.match(LEAD_IN);
  const recruits = leadIn ? null : folded.match(RECRUITS);
  if (leadIn) role = role.slice(leadIn[0].length);
  else if (recruits && recruits.index! > 0 && role.length - recruits.index! - recruits[0].length > 3) role = role.slice(recruits.index! + recruits[0].length);
  else return role;
  return role.charAt(0).toUpperCase() + role.slice(1);
}

/**
 * "Coordinateur projet, H/F, N'Djamena, TCHAD", "Protection Monitor, Nonviolent Peaceforce (Philippines)": the
 * places are where, and the employer who, not what.
 */
function withoutPlaces(title: string): string {
  const parts = title.split(/\s*,\s+/);
  const bracketsOff = (part: string) => part.replace(/^\((.*)\)$/, '$1');
  const lastIsPlace = () => isPlaceName(bracketsOff(parts[parts.length - 1]!));
  const lastIsEmployer = () => isEmployerName(parts[parts.length - 1]!.replace(/\s*\([^()]+\)$/, ''));
  while (parts.length > 1 && (lastIsPlace() || lastIsEmployer())) parts.pop();
  const kept = parts.join(', ');
  const inBrackets = kept.match(/^(.{3,}?)\s*\(([^()]+)\)$/);
  // "(Kasulu, Kibondo, and Kakonko)": a list of names in capitals is the posts' places, known towns or not.
  const namesList = (text: string) => /^\p{Lu}[\p{L}'’-]+(?:,\s+(?:and\s+|et\s+|y\s+)?\p{Lu}[\p{L}'’-]+)+$/u.test(text.trim());
  return inBrackets && (isPlaceName(inBrackets[2]!.trim()) || namesList(inBrackets[2]!)) ? inBrackets[1]! : kept;
}

function usable(text: string | null | undefined, sources: TitleSources, fromText = false, dropPlaces = fromText): string | null {
  // "Coordinación del Proyecto denominado “…”": the project's name follows, the word that introduces it is no part of it.
  const role = (text ? roleOf(text.replace(/\s+/g, ' ').trim(), fromText) : '')
    .replace(/\s(?:denominad[oa]|titulad[oa]|intitulad[oa]|intitulée?|entitled|titled)\s+(?=[“"«])/giu, ' ').replace(/\s*\((?:[HFMWX]\s*\/\s*)+[HFMWX]\)/gi, '').trim();
  // A page's own heading may name the place as part of its title; a line of running text or a label's value adds it.
  const placed = dropPlaces ? withoutPlaces(role) : role;
  // "Appel à projets Printemps 2025 - La Guilde - Portail Solidaire": the site's name that a heading ends with.
  const siteSuffix = fromText ? placed.match(/\s+[-–—|]\s+([^-–—|]+)$/) : null;
  const cleaned = siteSuffix && namesTheSite(siteSuffix[1]!, sources) ? placed.slice(0, siteSuffix.index) : placed;
  if (!cleaned || isGenericTitle(cleaned) || namesTheSite(cleaned, sources) || FRAGMENT_START.test(cleaned) || DATE_LINE.test(cleaned)) return null;
  // "Ment": a word that a broken line left alone is a title only when it names a role ("Driver").
  if (fromText && !cleaned.includes(' ') && !namesARole(cleaned)) return null;
  return cleaned.slice(0, 300);
}

/** The document title's parts, without the site's name: "Chargé de projet (H/F) - Dakar | Emploi Sénégal". */
function documentTitlePart(sources: TitleSources): string | null {
  const parts = sources.documentTitle.split(/\s+[|–—-]\s+|\s+::\s+|\s+»\s+/).map((part) => part.trim());
  const kept = parts.filter((part) => part !== '' && !namesTheSite(part, sources) && !isGenericTitle(part));
  return kept[0] ?? null;
}

// "CONSULTOR PARA LA IDENTIFICACIÓN DEL" / "APORTE DE LA TRANSPARENCIA…": a heading cut across two lines.
const CONNECTORS_AT_END = new Set(['del', 'de', 'la', 'las', 'los', 'el', 'of', 'the', 'for', 'pour', 'des', 'du', 'et', 'and', 'y', 'en', 'para', 'a', 'au', 'aux', 'on', 'in']);
const endsWithConnector = (line: string) => line.includes(' ') && CONNECTORS_AT_END.has(line.slice(line.lastIndexOf(' ') + 1).toLowerCase());

function joinCutTitles(lines: string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const next = lines[index + 1];
    if (next && line.length < 120 && endsWithConnector(line) && next.length < 160) {
      joined.push(`${line} ${next}`);
      index++;
    } else joined.push(line);
  }
  return joined;
}

/** "TÉRMINOS DE REFERENCIA CONSULTORÍA INDIVIDUAL" / "Generación de contenidos…": what such a heading heads is the title. */
function followsDocumentHeading(lines: string[], index: number, sources: TitleSources): boolean {
  const heading = lines[index - 1]!;
  const line = lines[index]!;
  if (!isGenericTitle(heading) || comparable(heading).split(' ').length < 2) return false;
  return isTitleShaped(line, sources) && !/^\d/.test(line);
}

const SUBJECT_LINES = 5;

/** Where no line names a role: the first line of the opening shaped like a title, of a few words, that is no place. */
function subjectLine(lines: string[], sources: TitleSources): string | null {
  return (
    lines
      .slice(0, SUBJECT_LINES)
      .map((line) => line.trim())
      // An organisation's name with its acronym, or a line ended by its full stop, is not the assignment's title.
      .find(
        (line) =>
          line.split(/\s+/).length >= 3 &&
          !/\([\p{Lu}\d&-]{2,12}\)$|\.$/u.test(line) &&
          isTitleShaped(line, sources) &&
          !isPlaceName(line) &&
          !namesTheSite(line, sources),
      ) ?? null
  );
}

/**
 * "…/job/programs-administrator-48806v", "…/vacancy/cb-protection-assistant-791515": a board's address spells the
 * role when the text does not. Accents are lost in addresses, so this is the last source.
 */
export function roleInAddress(url: string): string | null {
  const segments = pathOf(url)?.split('/').filter(Boolean) ?? [];
  for (const segment of segments.reverse()) {
    const words = segment
      .replace(/\.[a-z]{2,5}$/i, '')
      .split(/[-_+]+/)
      .filter((word) => word !== '' && !/\d/.test(word));
    if (words.length < 2 || words.length > 24) continue;
    // "recrutement-d-une-assistante", "recrutement-dune-assistante": the apostrophe is lost in addresses.
    // A slug cut at its length limit ends on a connector: "program-officer-communication-and".
    while (words.length > 2 && CONNECTORS_AT_END.has(words[words.length - 1]!.toLowerCase())) words.pop();
    // "un-e-chef-fe-de-projet-base-e-a-oujda": where the post is based, and its article, are not the role.
    const based = words.findIndex((word, index) => index >= 2 && /^(?:base|basee|based|basado|basada)(?:·e)?$/i.test(word));
    if (based > 0) words.splice(based);
    while (words.length > 2 && /^(?:un|une|un·e|e|a|an|the|una?|el|la|le)$/i.test(words[0]!)) words.shift();
    const text = roleOf(words.join(' ').replace(/\bd (?=une?\b)|\bd(?=une?\b)/g, "d'"), true);
    const role = fold(text).replace(/\b(?:e-?)?(?:recrutements?|recruitments?|contratacion|hiring|appels?|convocatorias?|careers?|jobs?|emplois?|empleos?)\b/g, '');
    if (namesARole(role) && !isGenericTitle(text)) return text.charAt(0).toUpperCase() + text.slice(1);
  }
  return null;
}

export function titleOf(sources: TitleSources): string | null {
  const heading = sources.headings.find((item) => item.level === 1 && usable(item.text, sources));
  const direct = [sources.adapter, sources.jsonLd, heading?.text].map((text) => usable(text, sources)).find(Boolean) ?? usable(sources.label, sources, false, true);
  if (direct) return direct;
  const openingLines = joinCutTitles(sources.lines.slice(0, OPENING_LINES + 1)).slice(0, OPENING_LINES);
  const titleLike = openingLines.filter(
    (line, index) => isTitleLike(line.replace(/^[\s:–|-]+/, ''), sources) || (index > 0 && followsDocumentHeading(openingLines, index, sources)),
  );
  // A heading that says "Offres d'emploi" over many role lines heads a list of offers, whose first item is not
  // this page's title.
  const genericHeading = sources.headings.some((item) => item.level === 1 && isGenericTitle(item.text));
  // …and so do many role lines each dated by the board ("Updated: 9 July 2025", "Publié le …").
  const boardDates = openingLines.filter((line) => LISTING_DATE_LINE.test(fold(line))).length;
  const listing = titleLike.length > LISTING_ROLE_LINES && (genericHeading || boardDates > LISTING_ROLE_LINES - 1);
  const opening = listing ? null : (titleLike[0] ?? openingLines.map(roleInSentence).find(Boolean) ?? openingLines.map(roleAsSubject).find(Boolean));
  const secondHeading = sources.headings.find((item) => item.level === 2 && usable(item.text, sources) && namesARole(item.text));
  return (
    usable(opening, sources, true) ??
    usable(secondHeading?.text, sources) ??
    usable(sources.articleTitle, sources) ??
    usable(documentTitlePart(sources), sources) ??
    (listing ? null : (usable(subjectLine(openingLines, sources), sources, true) ?? roleInAddress(sources.url)))
  );
}
