/**
 * The hiring organisation, best source first: what the site's adapter, the page's JSON-LD or a label
 * states; then the employer whose own site the page is on; then the employer that the text says is
 * recruiting; then an employer of the gazetteer named in the opening lines; last, the one the text names
 * most. A funder ("financé par l'Union européenne") is never taken for the employer.
 */
import { fold } from '../text';
import { EMPLOYERS, type Employer } from './gazetteer/employers';
import { cityNamed } from './gazetteer/cities';
import { countryCodeOf } from './places';
import { nameOfSiteOwner } from './site-owner';
import { isGenericTitle, namesARole } from './title';

type Language = 'en' | 'fr' | 'es';

export interface OrganizationSources {
  stated: Array<string | null | undefined>;
  url: string;
  siteName: string | null;
  title: string | null;
  lines: string[];
  language: string | null;
}

const OPENING_LINES = 15;
const SHORT_LINE = 200;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const foldedName = (name: string) => fold(name).replace(/[’']/g, "'").replace(/-/g, ' ').replace(/\s+/g, ' ').trim();

const NAME_OWNER = new Map<string, Employer>();
// The gazetteer's spelling of each official name (English, French, Spanish), by its folded form.
const OFFICIAL_NAME = new Map<string, string>();
const ACRONYM_OWNER = new Map<string, Employer>();
for (const employer of EMPLOYERS) {
  for (const name of [employer.name, employer.fr, employer.es, ...(employer.aliases ?? [])]) if (name) NAME_OWNER.set(foldedName(name), employer);
  for (const name of [employer.name, employer.fr, employer.es]) if (name) OFFICIAL_NAME.set(foldedName(name), name);
  for (const acronym of employer.acronyms ?? []) ACRONYM_OWNER.set(acronym, employer);
}
// Longest names first, so "Programme des Nations Unies pour le développement" wins over "Nations Unies".
const NAMES_PATTERN = new RegExp(
  `(?<![\\p{L}\\d])(${Array.from(NAME_OWNER.keys()).sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\d])`,
  'gu',
);
const ACRONYMS_PATTERN = new RegExp(`(?<![\\p{L}\\d-])(${Array.from(ACRONYM_OWNER.keys()).map(escape).join('|')})(?![\\p{L}\\d-])`, 'gu');

// Said of a funder or partner, not of the employer.
const FUNDER_CONTEXT = /\b(finance|financee|financ\w* par|funded|financiado|financiad\w*|with the support|avec l'appui|con el apoyo|en partenariat|in partnership|partenaires?|partners?|socios?|donors?|bailleurs?|donantes?|member states?|mis en oeuvre par|implemented by)\b[^.]{0,60}$/;

interface Mention {
  employer: Employer;
  index: number;
  /** The official name the text wrote, when it wrote one in full rather than an acronym or another name. */
  written?: string;
}

function mentionsIn(text: string): Mention[] {
  const folded = fold(text).replace(/[’']/g, "'").replace(/-/g, ' ');
  const mentions: Mention[] = [];
  for (const match of folded.matchAll(NAMES_PATTERN)) {
    const employer = NAME_OWNER.get(match[1]!);
    if (employer && !FUNDER_CONTEXT.test(folded.slice(Math.max(0, match.index - 80), match.index))) {
      mentions.push({ employer, index: match.index, written: OFFICIAL_NAME.get(match[1]!) });
    }
  }
  // Acronyms in capitals only, read on the original text (fold lowercases).
  for (const match of text.matchAll(ACRONYMS_PATTERN)) {
    const employer = ACRONYM_OWNER.get(match[1]!);
    if (employer && !FUNDER_CONTEXT.test(fold(text.slice(Math.max(0, match.index - 80), match.index)))) mentions.push({ employer, index: match.index });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/** The employer a text is exactly the name or acronym of ("OIM", "Programme alimentaire mondial"). */
export function employerNamed(text: string): Employer | null {
  return NAME_OWNER.get(foldedName(text)) ?? ACRONYM_OWNER.get(text.trim()) ?? null;
}

function nameIn(employer: Employer, language: string | null): string {
  const wanted = (language ?? 'en') as Language;
  return (wanted === 'fr' ? employer.fr : wanted === 'es' ? employer.es : undefined) ?? employer.name;
}

function employerOfUrl(url: string): Employer | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  return EMPLOYERS.find((employer) => employer.domains?.some((domain) => host === domain || host.endsWith(`.${domain}`))) ?? null;
}

// "L'OIM recrute", "IOM is seeking", "UNICEF busca", "Save the Children invites applications".
const RECRUITING = /^(.{2,90}?)\s+(?:(?:is|are) (?:recruiting|seeking|looking for|hiring|inviting)|seeks|has the honou?r to (?:announce|invite)|a l['’]honneur d['’](?:annoncer|inviter)|tiene el (?:honor|agrado) de (?:anunciar|invitar)|informa (?:del|de un|sobre el) proceso|invites (?:applications|qualified)|recrute|recherche|lance un appel|busca|requiere|solicita|convoca|contrata|abre (?:la )?convocatoria)\b/i;
const ON_BEHALF = /\b(?:on behalf of|pour le compte de|en nombre de|por cuenta de)\s+(?:the |l'|la |le |el )?([^,.;()]{3,90})/i;

// "L'ONG", "The NGO", "La Fundación": what the subject is, not its name.
const ARTICLE = /^(?:l['’]|la |le |les |the |el |los |las )/i;
const KIND_OF_BODY = /^(?:(ong|ngo|association de solidarite internationale)(?![a-z])|association|organisation|organization|fondation|foundation|fundacion|asociacion|organizacion|agence|agency|agencia|structure|cabinet|firm|empresa|societe|company)?(?![a-z])\s*(?:(?:italienne|francaise|internationale|international|nationale|humanitaire|medicale|espanola|locale|non gouvernementale)\s+)*/i;
// "(NIMD)", "(SC Intl)", "(NIMD por sus siglas en inglés)".
const ACRONYM_AFTER = /\s*\(([A-Z][A-Za-z0-9&-]{1,12}(?: [A-Z][A-Za-z]{1,12})?)(?:,?\s+(?:por|pour|for|by|en|in|selon)\s[^()]{0,40})?\)\s*$/;

/** A recruiting subject that names a body we do not know: "L'ONG Initiative Développement (ID)" → its name. */
function bodyNamed(subject: string): string | null {
  const named = subject.replace(ARTICLE, '');
  // "l'association Terre Vive" names a Terre Vive; "l'Association Terre Vive" is the whole name.
  const kind = fold(named).match(KIND_OF_BODY);
  const kindLength = kind && (kind[1] || /^\p{Ll}/u.test(named)) ? kind[0].length : 0;
  // "MIET AFRICA, in partnership with the SADC Secretariat", "ZOA’s MEAL team": the body is the first part.
  const head = named.slice(kindLength).split(/,\s|\s[–-]\s/)[0]!.replace(/[’']s\b.*$/, '');
  const name = head.replace(ACRONYM_AFTER, '').replace(/[\s,:–-]+$/, '').trim();
  const words = name.split(/\s+/);
  // A proper name: capitalised, a few words, not a sentence.
  if (words.length === 0 || words.length > 10 || !/^[\p{Lu}\d]/u.test(name) || /[.!?;]/.test(name)) return null;
  return name;
}

/** The body a subject names: a known employer, else a proper name; its head first ("MIET AFRICA, in partnership with SADC"). */
// "In line with this initiative, …", "Pour nos activités au Nigéria, …": a phrase before the subject, not its name.
// "Finally, CLACSO opens…", "Asimismo, la Fundación…": a sentence's linking word, not a name.
const LEADING_PHRASE =
  /^(?:(?:in|for|as|with|to|on|under|within|through|pour|dans|afin|en|au|aux|avec|sous|para|con|como|dentro|bajo)\s[^,]{0,80}|finally|additionally|moreover|however|furthermore|enfin|ensuite|de plus|en outre|finalmente|asimismo|ademas|además|por ultimo|por último),\s*/i;

// "Desde ANONG convocamos…", "From CARE's office we…": where the sentence speaks from, then the body.
const FROM_BODY = /^(?:desde|depuis|from)\s+(?=\p{Lu})/iu;

function employerOfSubject(sentence: string): Employer | string | null {
  const subject = sentence.replace(LEADING_PHRASE, '').replace(FROM_BODY, '');
  if (/^(?:we|nous|nosotros|our|notre|nuestra)\b/i.test(subject)) return null;
  // "This announcement seeks…", "Está integrada por un equipo que busca…": a pronoun or a clause, not a name.
  if (/^(?:this|these|that|those|it|there|cette|ce|cet|ces|il|elle|cela|esta|este|estos|estas|está|ella)(?![\p{L}])/iu.test(subject)) return null;
  if (/\s(?:que|qui|which|who)(?![\p{L}])/iu.test(subject)) return null;
  const head = subject.split(/,\s|\s[–-]\s/)[0]!;
  return mentionsIn(head)[0]?.employer ?? bodyNamed(subject) ?? mentionsIn(subject)[0]?.employer ?? null;
}

// "We are Hiring!: Project Officer at Heart to Heart Foundation – Tanzania": a board's "role at employer" line.
const ROLE_AT = /^(.{3,120}?)\s+at\s+((?:the\s+)?\p{Lu}[^,–|]{2,90}?)(?:\s+[–|-]\s+.*|,.*)?$/u;

function employerAfterRole(line: string): string | undefined {
  const match = line.match(ROLE_AT);
  return match && namesARole(match[1]!) ? match[2]!.replace(/^the\s+/i, '') : undefined;
}

// "AVIS DE RECRUTEMENT – GNAP", "Vacancy Announcement - Helping Hands Nepal": the kind of page, then who publishes it.
const AFTER_KIND_OF_PAGE = /^(.{3,60}?)\s+[–—-]\s+(\p{Lu}.{1,80})$/u;

function employerAfterKindOfPage(line: string): string | undefined {
  const match = line.trim().match(AFTER_KIND_OF_PAGE);
  return match && isGenericTitle(match[1]!) && !namesARole(match[2]!) ? match[2] : undefined;
}

function recruitingEmployer(lines: string[]): Employer | string | null {
  for (const [index, line] of lines.slice(0, 80).entries()) {
    if (line.length > 400) continue;
    const opening = index < OPENING_LINES && line.length < 200;
    const roleAt = opening ? (employerAfterRole(line) ?? employerAfterKindOfPage(line)) : undefined;
    const subject = line.match(RECRUITING)?.[1] ?? line.match(ON_BEHALF)?.[1] ?? roleAt;
    const employer = subject ? employerOfSubject(subject) : null;
    if (employer) return employer;
  }
  return null;
}

// "Light for the World is a global development organization", "SAP Nepal is one of the leading NGOs",
// "X est une ONG", "X es una organización": how a page introduces its employer.
const BODY_WORDS =
  'organi[sz]ations?|ngos?|ongs?|non-?profit|not-for-profit|association|network|body|charity|foundation|agency|institution|movement|alliance|consortium|' +
  'organisme|fondation|agence|r[ée]seau|mouvement|f[ée]d[ée]ration|federation|organizaci[óo]n|asociaci[óo]n|fundaci[óo]n|entidad|agencia|red|movimiento';
const SELF_DESCRIBED = new RegExp(
  `^(.{2,120}?)\\s*,?\\s+(?:is|est|es)\\s+(?:a|an|the|one of the|une?|l['’]une des|l['’]un des|una?|la|el)\\s(?:(?!\\b(?:by|por|par|implemented|implementad[ao]|mise? en oeuvre|led)\\b)[^.]){0,120}?(?<![\\p{L}-])(?:${BODY_WORDS})(?![\\p{L}])`,
  'iu',
);

// "Founded in 1979, Action Against Hunger is…", "Créée en 1951, l’OIM est…".
const FOUNDED = /^(?:founded|established|created|cr[ée]{2}e?s?|fond[ée]e?s?|fundad[ao]|cread[ao]|since|depuis|desde)\b[^,]{0,40},\s*/i;

// "El Instituto Holandés para la Democracia Multipartidaria (NIMD…) fue constituido en el año 2000": its founding.
const FOUNDED_IN = /^(.{2,120}?)\s+(?:fue (?:constituid|fundad|cread)[oa]|was (?:founded|established|created)|a ete (?:creee?|fondee?))\s+(?:en|in)\b/iu;

/** "Founded in 1979, the Action Against Hunger" → the body an introduction's subject names. */
const employerIntroduced = (subject: string) => employerOfSubject(subject.replace(FOUNDED, '').replace(/^(?:the|l['’]|la|le|el)\s*/i, ''));

function introducedEmployer(lines: string[]): Employer | string | null {
  for (const line of lines.slice(0, 60)) {
    const founded = fold(line).match(FOUNDED_IN)?.[1];
    const subject = line.match(SELF_DESCRIBED)?.[1] ?? (founded ? line.slice(0, founded.length) : undefined);
    const employer = subject ? employerIntroduced(subject) : null;
    if (employer) return employer;
  }
  return null;
}

// A short line that is a body's name: "Rural Agency for Community Development and Assistance (RACIDA)".
const BODY_NAME_WORDS =
  /\b(association|agency|organi[sz]ation|society|network|partnership|foundation|council|institute|centre|center|union|committee|diocese|church|trust|alliance|federation|coalition|groupement|fondation|agence|reseau|comite|conseil|asociacion|fundacion|agencia|consejo|corporacion|instituto|ministry|ministere|ministerio|municipality|municipalidad|municipio|mairie|government|gouvernement|gobierno|secretariat|embassy|ambassade|embajada|consortium|consorcio|university|universite|universidad|cooperative|cooperativa|platform|plateforme|plataforma|commission|comision|authority|autorite|autoridad)\b/;
const NAME_WITH_ACRONYM = /^((?:\p{Lu}[\p{L}'’.-]*|of|for|and|the|in|on|de|des|du|la|le|et|pour|del|los|las|y|para|en|-|&)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|and|the|in|on|de|des|du|la|le|et|pour|del|los|las|y|para|en|-|&)){1,11})(?:\s*\(([\p{Lu}][\p{L}\d&-]{1,14})\))?$/u;

const VACANCY_AT = /^(?:vacanc(?:y|ies)|jobs?|positions?|careers?|opportunit(?:y|ies))\s+(?:at|with)\s+(?:the\s+)?/i;

function namedBodyLine(lines: string[]): string | null {
  for (const line of lines.slice(0, OPENING_LINES)) {
    const match = line.trim().replace(VACANCY_AT, '').match(NAME_WITH_ACRONYM);
    if (match && BODY_NAME_WORDS.test(fold(match[1]!))) return match[1]!;
  }
  return null;
}


/** "La Croix Rouge recrute" … "La Croix-Rouge française (CRF) est présente…": the known employer the short name begins. */
function fullerName(name: string, lines: string[]): string | null {
  const start = foldedName(name);
  const mention = mentionsIn(lines.slice(0, 60).join('\n')).find(({ employer }) =>
    [employer.name, employer.fr, employer.es, ...(employer.aliases ?? [])].some((form) => form && foldedName(form).startsWith(start)),
  );
  return mention ? mention.employer.name : null;
}

/**
 * A labelled value; under an "Organisation" heading, the paragraph that presents the body: its subject
 * ("ISCOS est une ONG créée en 1983…" → "ISCOS").
 */
function statedName(value: string | null | undefined): Employer | string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  // "Consorcio Alianza Fiduciaria (Recursos en Fiducia)": a note after the name, unlike an acronym ("(FID)").
  if (text.length <= 150 && !/[.!?]\s+\p{Lu}/u.test(text)) return text.replace(/\s*\((?![\p{Lu}\d&/-]{2,15}\))[^()]{3,}\)$/u, '') || text;
  const subject = text.match(SELF_DESCRIBED)?.[1];
  return subject ? employerIntroduced(subject) : null;
}

// "Mission East in Tajikistan": the body's office in the place of the work.
const IN_PLACE = /\s+(?:in|en|au|a|à)\s+(\p{Lu}[\p{L}'’ -]{2,40})$/u;
// "Embassy of Sweden in Lusaka", "Délégation de l'Union européenne au Niger": bodies named by their seat.
const NAMED_BY_SEAT = /^(?:the\s+)?(?:embass\w+|ambassade|embajada|consula\w+|d[ée]l[ée]ga\w+|delega\w+)\b/iu;

// "Childaid Network – INGO Nepal": what kind of body it is, after its name.
const KIND_AFTER = /\s+[–—-]\s+(?:i?ngo|ongi?|ong internationale|international ngo)\b.*$/iu;

/** The body without the place its office is in, which the location says already. */
function withoutOfficePlace(found: string | null): string | null {
  const name = found?.replace(KIND_AFTER, '') ?? null;
  const place = name?.match(IN_PLACE);
  if (!place || NAMED_BY_SEAT.test(name!)) return name;
  return countryCodeOf(place[1]!) || cityNamed(place[1]!) ? name!.slice(0, place.index) : name;
}

export function organizationOf(sources: OrganizationSources): string | null {
  return withoutOfficePlace(organizationFound(sources));
}

function organizationFound(sources: OrganizationSources): string | null {
  const byName = (employer: Employer | null | undefined) => (employer ? nameIn(employer, sources.language) : null);
  const stated = sources.stated.map(statedName).find((value) => value);
  if (stated) return typeof stated === 'string' ? stated.slice(0, 300) : byName(stated);
  // "United Nations Development Programme (Haiti)" over a French text: the name as the page wrote it in full.
  const asWritten = (mention: Mention) => mention.written ?? nameIn(mention.employer, sources.language);
  const siteEmployer = employerOfUrl(sources.url) ?? (sources.siteName ? employerNamed(sources.siteName) : null);
  if (siteEmployer && !siteEmployer.reposts) return byName(siteEmployer);
  const recruiting = recruitingEmployer(sources.lines);
  if (recruiting) return typeof recruiting === 'string' ? (fullerName(recruiting, sources.lines) ?? recruiting) : byName(recruiting);
  // Headings and short lines of the opening; its paragraphs name partners and funders as often as the employer.
  const openingLines = sources.lines.slice(0, OPENING_LINES).filter((line) => line.length <= SHORT_LINE);
  const openingMention = mentionsIn([sources.title ?? '', ...openingLines].join('\n')).find((mention) => !mention.employer.umbrella);
  const opening = openingMention?.employer;
  const introduced = introducedEmployer(sources.lines) ?? namedBodyLine(sources.lines);
  if (openingMention && !(typeof introduced === 'string' && employerNamed(introduced) !== opening)) return asWritten(openingMention);
  if (introduced) return typeof introduced === 'string' ? introduced : byName(introduced);
  if (openingMention) return asWritten(openingMention);
  if (siteEmployer) return byName(siteEmployer);
  // The employer a text keeps naming: at least twice, and more than any other.
  const counts = new Map<Employer, number>();
  for (const { employer } of mentionsIn(sources.lines.slice(0, 400).join('\n'))) {
    if (!employer.umbrella) counts.set(employer, (counts.get(employer) ?? 0) + 1);
  }
  const [first, second] = Array.from(counts).sort((a, b) => b[1] - a[1]);
  if (first && first[1] >= 2 && (!second || first[1] > second[1])) return byName(first[0]);
  return nameOfSiteOwner(sources.url, sources.lines);
}
