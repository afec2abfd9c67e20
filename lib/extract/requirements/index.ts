/**
 * A posting's requirements as structured items, each with the posting's own words for it (its quote),
 * so that the user sees what a fit is judged on: languages and their level, years of experience and
 * what they must be in, the lowest degree accepted, who may apply by nationality, and the period to be
 * available for. Nothing is guessed: a requirement exists only where a line of the description states
 * it, and its quote is a piece of that line. One reader per kind, in this folder.
 *
 * Lines that belong to a selection grid are how applicants are scored, not what they must have: they
 * are read only when the posting states a kind of requirement nowhere else.
 */
import type { Requirement } from '../../schema';
import { availabilityRequirements } from './availability';
import { type Clause, type RequirementSource, clausesOf } from './clauses';
import { educationRequirements } from './degree';
import { languageRequirements } from './languages';
import { nationalityRequirements } from './nationality';
import { experienceRequirements } from './years';

export type { RequirementSource } from './clauses';

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
