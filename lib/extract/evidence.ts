/**
 * Is this page a posting? The fields only postings have, counted. A page with a deadline, or three such
 * fields, or a title that names a role and two such fields, is a posting; about pages, listings and
 * error pages have none of these or one.
 */
import type { Posting } from '../schema';
import { fold } from '../text';
import { namesARole } from './title';

// Words that only a recruitment says of itself.
const RECRUITING_WORDS =
  /\b(recrute\w*|recrutement|avis de vacance|termes de reference|tdr|fiche de poste|offre d'emploi|appel a candidatures?|vacancy|job opening|job description|terms of reference|we are looking for|is seeking|invites applications|convocatoria|terminos de referencia|oferta de empleo|se busca|vacante|postula\w*|how to apply|comment postuler|como postular)\b/;

export function postingEvidence(posting: Posting): string[] {
  const found: string[] = [];
  if (posting.deadline.date || posting.deadline.unparsed) found.push('deadline');
  if (posting.contract.type && posting.contract.raw !== posting.title) found.push('contract');
  if (posting.duration.days !== null || posting.duration.months !== null) found.push('duration');
  if (posting.reference) found.push('reference');
  if (posting.experienceYears !== null) found.push('experience');
  if (posting.education.level) found.push('education');
  if (posting.apply.emails.length > 0 || posting.apply.url) found.push('how to apply');
  if (RECRUITING_WORDS.test(fold(`${posting.title ?? ''}\n${posting.description.slice(0, 3_000)}`))) found.push('recruitment wording');
  return found;
}

/** Null when the page reads as a posting; otherwise a message that says what was found instead. */
export function notAPostingReason(posting: Posting): string | null {
  const evidence = postingEvidence(posting);
  if (evidence.includes('deadline') || evidence.length >= 3) return null;
  if (posting.title && namesARole(posting.title) && evidence.length >= 2) return null;
  const title = posting.title ? `"${posting.title}"` : 'no title';
  return `No posting found on this page: it has ${title} but ${evidence.length === 0 ? 'none' : `only ${evidence.join(', ')}`} of a posting's fields (deadline, contract, duration, reference, requirements, how to apply).`;
}
