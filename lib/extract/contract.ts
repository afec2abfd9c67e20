/**
 * The kind of contract, best source first: the adapter's or a label's words, JSON-LD's employmentType,
 * the title, a UN grade or contract modality anywhere in the opening, then the opening's plain
 * statements ("CDD de 12 mois", "This is a consultancy", "appel d'offres"), then a Terms of Reference
 * for an expert; last, a staff role on a page that names no other kind of contract is a job, and says so
 * in its raw text. Each source is read with the words it can be trusted for.
 */
import type { ContractType } from '../schema';
import { fold } from '../text';
import { webPath } from './address';

const words = (list: string[]) => new RegExp(`(?:^|[^\\p{L}\\d])(?:${list.join('|')})(?![\\p{L}\\d])`, 'u');

// A label's value or a title: short texts where even loose words mean the contract.
const CONTRACT_RULES: Array<[ContractType, RegExp]> = [
  ['other', words(["appel d'offres?", 'appels? a propositions?', 'call for (?:proposals|tenders?|bids)', 'requests? for (?:proposals?|quotations?|bids)', 'rfp', 'rfq', 'invitation to (?:bid|tender)', 'licitacion\\w*', 'solicitud de (?:propuestas|cotizacion\\w*)', 'convocatoria de propuestas', 'marche public', 'call for projects', 'appels? a projets', 'small grants?', 'grants? program\\w*', 'funding opportunit\\w*', 'subvencion\\w*', 'ayudas a'])],
  ['volunteer', words(['volontari\\w*', 'volunteer\\w*', 'vsi', 'unv', 'vnu', 'voluntari\\w*', 'civic service', 'service civique'])],
  ['internship', words(['stage', 'stagiaire', 'intern', 'internship', 'pasantia', 'pasante', 'practicas', 'trainee', 'v\\.?i\\.?e'])],
  ['fellowship', words(['fellowship', 'fellow', 'bourse', 'beca', 'jpo', 'junior professional officer'])],
  // Stated lengths of employment outrank an abbreviation of a service contract beside them ("CDD (CPS)").
  ['employment', words(['contrat a duree (?:in)?determinee', 'duree (?:in)?determinee', 'fixed[- ]term', 'limited duration contract', 'plazo fijo', 'contrato indefinido', 'contrat salarie', 'poste salarie'])],
  ['consultancy', words(['non[- ]staff', 'consultan\\w*', 'consultor\\w*', 'consultoria', 'prestation de services?', 'service contract', 'contrat de prestation', 'individual contract\\w*', 'contrat individuel', 'contrato individual', 'contratista', 'freelance\\w*', 'independant', 'entrepreneur individuel', 'contractor', 'ssa', 'lica', 'iica', 'ica', 'ic', 'expert(?:e|s)?', 'cps', 'portage salarial', "cabinet d'expertise", 'contratacion individual', 'honorarios', 'terms of reference', 'termes de reference', 'terminos de referencia', 'psa', 'personal services? agreements?', 'acuerdos? de servicios personales'])],
  ['employment', words(['cdd', 'cdi', 'cddu', 'salarie', 'employee', 'fixed[- ]term', 'temporary (?:appointment|job opening)', 'temporary', 'duree determinee', 'duree indeterminee', 'plazo fijo', 'termino fijo', 'plazo indefinido', 'fta', 'ta', 'staff', 'full[- ]time', 'part[- ]time', 'permanent', 'contrato de trabajo', 'contrato laboral', 'poste terrain', 'employment', 'npsa', 'ipsa', 'personnel service agreement', 'national officer', 'general service', 'professional', 'nombramiento', 'planta'])],
];

export function contractTypeOf(raw: string): ContractType | null {
  const folded = fold(raw);
  for (const [type, pattern] of CONTRACT_RULES) if (pattern.test(folded)) return type;
  return null;
}

const JSONLD_EMPLOYMENT: Record<string, ContractType> = {
  CONTRACTOR: 'consultancy', INTERN: 'internship', VOLUNTEER: 'volunteer', FULL_TIME: 'employment',
  PART_TIME: 'employment', TEMPORARY: 'employment', PER_DIEM: 'consultancy', OTHER: 'other',
};
export function contractTypeOfJsonLd(employmentType: string): ContractType | null {
  return JSONLD_EMPLOYMENT[employmentType.trim().toUpperCase().replace(/[\s-]/g, '_')] ?? contractTypeOf(employmentType);
}

// UN grades: P-3, D-1, G-5, GS-6, NO-B, NOC, FS-5, SB-4, LICA-9, ICS-10: staff or personnel posts.
const UN_GRADE = /(?:^|[\s(,:])(?:(?:P|D|G|GS|FS)[- ]?[1-7]|NO[- ]?[A-D]|NPSA[- ]?\d{1,2}|IPSA[- ]?\d{1,2}|ICS[- ]?\d{1,2}|SB[- ]?[1-5])(?=$|[\s),;/.])/;
const UN_CONSULTANT_GRADE = /(?:^|[\s(,:])(?:LICA|IICA)[- ]?\d{1,2}(?=$|[\s),;/.])/;

// Running text: only statements that cannot mean anything else.
const STATEMENTS: Array<[ContractType, RegExp]> = [
  ['other', words(["avis d'appel d'offres?", "appel d'offres? (?:ouvert|restreint|national|international)", 'call for proposals', 'request for proposals?', 'request for quotations?', 'invitation to bid', 'licitacion (?:publica|nacional|internacional)', 'solicitud de propuestas', 'call for projects', 'appels? a projets', 'small grants? program\\w*', 'funding opportunity', 'convocatoria de (?:subvenciones|ayudas)'])],
  ['volunteer', words(['volontariat de solidarite internationale', 'volontaires? de solidarite internationale', 'un volunteer', 'volontaires des nations unies', 'voluntariado', 'volunteer assignment'])],
  ['internship', words(['internship programme', 'internship program', 'stage de fin d\'etudes', 'convention de stage', 'offre de stage', 'programme de stages?', 'les stagiaires', 'pasantia', 'programa de pasantias', 'practicas profesionales', 'interns will'])],
  ['employment', words(['cdd', 'cdi', 'contrat a duree determinee', 'contrat a duree indeterminee', 'contrat salarie', 'poste salarie', 'limited duration contract', 'fixed[- ]term appointment', 'temporary appointment', 'contrato a plazo fijo', 'contrato a termino fijo', 'contrato indefinido'])],
  ['consultancy', words(['individual consultant', 'consultance', 'consultancy', 'consultoria', 'contrat de prestation', 'individual contractor', 'consultor(?:a)? individual', 'consultant(?:e)? (?:international|national|individuel)', 'recrutement d\'un(?:e)? consultant', 'contratacion de (?:un|una) consultor', 'contratacion individual', "manifestations? d'interet", 'expressions? of interest', 'expresion(?:es)? de interes'])],
];

function statedInOpening(lines: string[]): { type: ContractType; raw: string } | null {
  for (const line of lines.slice(0, 60)) {
    if (line.length > 600) continue;
    const folded = fold(line);
    for (const [type, pattern] of STATEMENTS) if (pattern.test(folded)) return { type, raw: line.slice(0, 200) };
  }
  return null;
}

function gradeInOpening(lines: string[]): { type: ContractType; raw: string } | null {
  for (const line of lines.slice(0, 60)) {
    if (line.length > 300) continue;
    if (UN_CONSULTANT_GRADE.test(line)) return { type: 'consultancy', raw: line };
    if (UN_GRADE.test(line)) return { type: 'employment', raw: line };
  }
  return null;
}

// "…/offre-de-stage/stagiaire-en-…", "…/volunteer-assignment-…": the address names what only these kinds are.
function contractInAddress(url: string): { type: ContractType; raw: string } | null {
  const webPathText = webPath(url);
  if (webPathText === null) return null;
  const path = fold(webPathText).replace(/[-_/+.]+/g, ' ');
  const type = contractTypeOf(path);
  return type === 'internship' || type === 'volunteer' || type === 'fellowship' ? { type, raw: url } : null;
}

export interface ContractSources {
  /** The adapter's and the labels' contract texts, in that order. */
  stated: string[];
  jsonLd: string | null;
  title: string | null;
  lines: string[];
  body: string;
  url: string;
}

// Roles that organisations fill with their own staff; a consultant, expert or adviser may be either.
const STAFF_ROLE = words([
  'officer', 'manager', 'coordinator', 'coordinat(?:eur|rice)', 'coordonnat(?:eur|rice)', 'director', 'direct(?:eur|rice)', 'assistant',
  'assistante', 'associate', 'charge(?:e)?', 'chef', 'head', 'responsable', 'accountant', 'comptable', 'driver', 'chauffeur',
  'logisticien(?:ne)?', 'logistician', 'nurse', 'infirmi(?:er|ere)', 'administrat(?:or|eur|rice)', 'secretary', 'secretaire', 'oficial',
  'coordinador(?:a)?', 'coordinacion', 'jefatura', 'directora?', 'asistente', 'jefe', 'jefa', 'gerente', 'supervisor(?:a)?', 'superviseur', 'animat(?:eur|rice)',
  // Where the page names no consultancy anywhere, these are posts too.
  'speciali[sz]t', 'specialiste', 'especialista', 'analyst', 'analyste', 'analista', 'engineer', 'ingenieur(?:e)?', 'technician',
  'technicien(?:ne)?', 'tecnic[oa]', 'advis[eo]r', 'conseill(?:er|ere)', 'asesor(?:a)?', 'representative', 'representant(?:e)?', 'clerk',
  'guard', 'gardien', 'cook', 'cuisinier', 'doctor', 'medecin', 'medic[oa]', 'psychologist', 'psychologue', 'psicolog[oa]', 'nutritionist',
  'nutritionniste', 'nutricionista', 'pharmacist', 'pharmacien(?:ne)?', 'midwife', 'sage-femme', 'teacher', 'enseignant(?:e)?', 'docente',
  'agent', 'agente', 'promot(?:er|eur|or|ora)', 'enfermer[oa]', 'auxiliar', 'cajer[oa]', 'cashier', 'caissier(?:e)?', 'receptionist',
  'storekeeper', 'magasinier', 'mechanic', 'mecanicien', 'electrician', 'electricien', 'educat(?:or|eur|rice)', 'educador(?:a)?', 'worker',
  'monitor', 'moniteur', 'monitrice',
])
// What a call asks for when an expert or a team of experts answers it: a consultancy, not a supply tender.
const CONSULTANCY_CUE = words([
  'consult\\w*', 'consultor\\w*', 'evaluation', 'evaluacion', 'evaluations?', 'study', 'studies', 'etude', 'estudio', 'assessment', 'baseline',
  'endline', 'end[- ]term', 'mid[- ]term', 'survey', 'enquete', 'encuesta', 'research', 'recherche', 'investigacion', 'mapping', 'cartographie',
  'training', 'formation', 'capacitacion', 'sistematizacion', 'capitalisation', 'diagnostic', 'diagnostico', 'review', 'revue',
  'individual consultants?', 'experts?', 'expertos?', 'expertise',
]);

/** A staff role, on a page that states no other kind of contract anywhere: a job. */
function impliedEmployment(sources: ContractSources): { type: ContractType; raw: string } | null {
  if (!sources.title || !STAFF_ROLE.test(fold(sources.title)) || contractTypeOf(sources.title)) return null;
  const folded = fold(sources.body.slice(0, 20_000));
  if (STATEMENTS.some(([, pattern]) => pattern.test(folded)) || /\b(consultan(?:cy|ce|t position)|consultoria|freelance|volontariat|volunteer (?:position|assignment)|voluntariado|(?:offre de|un|en) stage|stagiaire|internship|pasantia|tender|licitacion)\b/.test(folded)) return null;
  return { type: 'employment', raw: `${sources.title} (a staff role; the page states no other contract)` };
}

// What one person or team is engaged to produce: "End of Project Evaluation", "Estudio de línea de base".
const ASSIGNMENT = words([
  'evaluation', 'evaluacion', 'evaluations?', 'study', 'etude', 'estudio', 'assessment', 'baseline', 'endline', 'end[- ]term', 'mid[- ]term',
  'survey', 'enquete', 'encuesta', 'linea (?:de )?base', 'sistematizacion', 'capitalisation', 'diagnostic', 'diagnostico', 'mapping', 'cartographie',
]);

/** An assignment named by its title, on a page that states no other kind of contract anywhere: a consultancy. */
function impliedConsultancy(sources: ContractSources): { type: ContractType; raw: string } | null {
  if (!sources.title || !ASSIGNMENT.test(fold(sources.title))) return null;
  const folded = fold(sources.body.slice(0, 20_000));
  if (STATEMENTS.some(([, pattern]) => pattern.test(folded))) return null;
  return { type: 'consultancy', raw: `${sources.title} (an assignment; the page states no other contract)` };
}

export function contractOf(sources: ContractSources): { type: ContractType | null; raw: string | null } {
  const found = statedContract(sources);
  // A call for proposals from consultants is a consultancy for the person who answers it.
  if (found?.type === 'other' && CONSULTANCY_CUE.test(fold([sources.title ?? '', ...sources.lines.slice(0, 30)].join('\n')))) {
    return { type: 'consultancy', raw: found.raw };
  }
  return found ?? impliedEmployment(sources) ?? impliedConsultancy(sources) ?? { type: null, raw: sources.stated.join(' | ') || null };
}

function statedContract(sources: ContractSources): { type: ContractType; raw: string | null } | null {
  const fromStated = sources.stated.map(contractTypeOf).find((type) => type !== null);
  if (fromStated) return { type: fromStated, raw: sources.stated.join(' | ') };
  const fromJsonLd = sources.jsonLd ? contractTypeOfJsonLd(sources.jsonLd) : null;
  if (fromJsonLd) return { type: fromJsonLd, raw: sources.jsonLd };
  const fromTitle = sources.title ? contractTypeOf(sources.title) : null;
  if (fromTitle) return { type: fromTitle, raw: sources.title };
  const fromOpening = gradeInOpening(sources.lines) ?? statedInOpening(sources.lines);
  if (fromOpening) return fromOpening;
  const fromAddress = contractInAddress(sources.url);
  if (fromAddress) return fromAddress;
  // A Terms of Reference is a consultant's, unless it is written for a post ("ToR – Deputy Country Director").
  const folded = fold(sources.body);
  if (/\b(terms of reference|termes de reference|terminos de referencia)\b/.test(folded) && /\b(consult\w*|experts?|expertos?)\b/.test(folded)) {
    return { type: 'consultancy', raw: 'Terms of Reference' };
  }
  return null;
}
