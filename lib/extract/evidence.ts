/**
 * Is this page a posting? The fields only postings have, counted. A page with a deadline, or two such
 * fields, or a title that names a role and one such field or a place of work, is a posting; about
 * pages, listings and error pages have none of these, or a title that names no role.
 */
import type { Posting } from '../schema';
import { fold } from '../text';
import { webAddress as webAddressOf } from './address';
import { errorPageOf } from './error-page';
import { namesARole } from './title';
import { notice, type Notice } from '../notice';

// Words that only a recruitment says of itself.
const RECRUITING_WORDS =
  /\b(recrute\w*|recrutement|avis de vacance|termes de reference|tdr|fiche de poste|offre d'emploi|appel a candidatures?|vacancy|job opening|job description|terms of reference|we are looking for|is seeking|invites applications|convocatoria|terminos de referencia|oferta de empleo|se busca|vacante|postula\w*|how to apply|comment postuler|como postular|terminos del llamado|llamado a (?:concurso|postulacion\w*|interesad\w+|candidat\w+)|para el (?:cargo|puesto) de|pour le poste de|for the (?:position|post) of|oportunidad (?:laboral|de empleo|para trabajar)|join our team|rejoignez (?:notre|nos) equipes?|unete a nuestro equipo)\b/;

export function postingEvidence(posting: Posting): string[] {
  const found: string[] = [];
  if (posting.deadline.date || posting.deadline.unparsed) found.push('deadline');
  // A contract read from the title alone (or implied by it) says nothing the title does not.
  if (posting.contract.type && !(posting.title && posting.contract.raw?.startsWith(posting.title))) found.push('contract');
  if (posting.duration.days !== null || posting.duration.months !== null) found.push('duration');
  if (posting.reference) found.push('reference');
  if (posting.experienceYears !== null) found.push('experience');
  if (posting.education.level) found.push('education');
  if (posting.apply.emails.length > 0 || posting.apply.url) found.push('how to apply');
  const opening = fold(`${posting.title ?? ''}\n${posting.description.slice(0, 6_000)}`);
  // "…/emploi/malteser-recrute-un-coordinateur": the address words a recruitment too.
  // A file's path on the user's disk is no board's address.
  const web = webAddressOf(posting.url);
  const address = fold(web.replace(/[-_/+.]+/g, ' '));
  if (RECRUITING_WORDS.test(opening) || RECRUITING_WORDS.test(address)) found.push('recruitment wording');
  if (DUTIES_OR_PROFILE.test(opening)) found.push('duties or profile');
  if (REPORTING_LINE.test(opening)) found.push('reporting line');
  if (APPLICATION_DOCUMENTS.test(opening)) found.push('application documents');
  if (posting.location.raw) found.push('duty station');
  if (posting.languages.length > 0) found.push('languages');
  if (JOB_ADDRESS.test(web)) found.push('a job board address');
  return found;
}

// A board's address for one offer: "/job/…", "/vacancy/…", "/offre-d-emploi/…", "/convocatoria-…".
export const JOB_ADDRESS =
  /\/(?:jobs?|vacanc(?:y|ies)|vacantes?|careers?|emplois?|empleos?|offres?(?:-d-emploi)?|ofertas?|recrutement|recrutements|convocatorias?|tenders?|positions?|opportunit(?:y|ies)|oportunidad(?:es)?)(?:[/-]|\/?$)/i;

// Who the person answers to: said of a post, never of an organisation or a listing.
const REPORTING_LINE =
  /\b(under the (?:direct |overall )?(?:supervision|guidance|responsibility) of|reports? (?:directly )?to|reporting to|sous la (?:responsabilite|supervision|direction|tutelle) (?:du|de la|de l'|des)|rattache(?:e|\(e\))? (?:au|a la|a l')|bajo la (?:supervision|direccion|responsabilidad|coordinacion) (?:de|del)|reportara (?:a|al)|dependera (?:de|del))\b/;
// What a candidate sends.
const APPLICATION_DOCUMENTS = /\b(cv|curriculum vitae|cover letter|motivation letter|lettre de motivation|carta de (?:motivacion|presentacion)|hoja de vida|resume)\b/;

// Section headings of a job description: what the person will do, and who is sought.
const DUTIES_OR_PROFILE =
  /(?:^|\n)[\s\d.)•*-]*(?:(?:key|main|principales?) )?(?:responsibilities|duties|duties and responsibilities|tasks|main tasks|scope of work|deliverables|qualifications|requirements|required (?:skills|qualifications)|competencies|profile|responsabilites|missions?(?: principales)?|taches|attributions|activites principales|profil(?: recherche| du candidat| requis)?|qualifications requises|competences|livrables|funciones|responsabilidades|tareas|requisitos|perfil(?: requerido| del candidato)?|productos(?: esperados)?|competencias)(?: (?:y|and|et) (?:responsabilidades|responsibilities|funciones|functions|taches|missions|activites))?(?: (?:del puesto|du poste|of the (?:post|position)))?\s*(?:[:\n]|$)/m;

// Pages about the work rather than one post: advice, testimonies, methods, hosting guides. Their address says so,
// in a host or at the start of a path segment ("/10-conseils-pour…"); a post's slug may hold such a word further on.
const ABOUT_THE_WORK_ADDRESS =
  /(?:^https?:\/\/|\/)(?:\d+-)?(?:temoignages?|testimon(?:ials?|ios?)|methods?|toolkit|faqs?|conseils|advice|career-advice|guides?|hosting|how-to)(?=[./?#-]|$)/i;

/** Null when the page reads as a posting; otherwise a notice that says what was found instead. */
export function notAPostingReason(posting: Posting): Notice | null {
  // An error page or a near-empty one may still show a date or two (a board's 404 lists its latest postings).
  const errorPage = errorPageOf(posting);
  if (errorPage?.kind === 'error') return errorPage.reason;
  // A page about the work may name a contract or an application; a deadline or a reference makes it one call.
  const aboutTheWork = ABOUT_THE_WORK_ADDRESS.test(webAddressOf(posting.url));
  if (aboutTheWork && !posting.deadline.date && !posting.deadline.unparsed && !posting.reference) {
    return notice('notPostingAboutTheWork', { title: posting.title ?? '' });
  }
  const evidence = postingEvidence(posting);
  if (evidence.includes('deadline') || evidence.length >= 2) return errorPage?.reason ?? null;
  // The fields a posting's opening shows (the rest may be further down, or in a document).
  // A place of work the text names is no posting field of its own (an offices page names places too), but beside
  // a role title it is what a posting's opening says first.
  if (posting.title && namesARole(posting.title) && (evidence.length >= 1 || posting.location.country)) return errorPage?.reason ?? null;
  const { title } = posting;
  if (evidence.length === 0) return title ? notice('notPostingNoFieldsTitled', { title }) : notice('notPostingNoFieldsUntitled');
  return title ? notice('notPostingFieldsTitled', { title, found: evidence }) : notice('notPostingFieldsUntitled', { found: evidence });
}
