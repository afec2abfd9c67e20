/**
 * Is this page a posting? The fields only postings have, counted. A page with a deadline, or three such
 * fields, or a title that names a role and two such fields, is a posting; about pages, listings and
 * error pages have none of these or one.
 */
import type { Posting } from '../schema';
import { namesARole } from './title';

export function postingEvidence(posting: Posting): string[] {
  const found: string[] = [];
  if (posting.deadline.date || posting.deadline.unparsed) found.push('deadline');
  if (posting.contract.type && posting.contract.raw !== posting.title) found.push('contract');
  if (posting.duration.days !== null || posting.duration.months !== null) found.push('duration');
  if (posting.reference) found.push('reference');
  if (posting.experienceYears !== null) found.push('experience');
  if (posting.education.level) found.push('education');
  if (posting.apply.emails.length > 0 || posting.apply.url) found.push('how to apply');
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
