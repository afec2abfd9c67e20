/**
 * The fields derived from a posting's read fields and description: its requirements, its selection
 * grids and its tags. Capture, the re-read after a rule change and the re-read after an update all
 * derive through here, so a new derived field is added once.
 */
import { classifyPosting } from './classify';
import { findSelectionGrids } from './extract/grids';
import { findRequirements } from './extract/requirements';
import type { Posting, ReadPosting, UserRule } from './schema';

export type DerivedFields = Pick<Posting, 'requirements' | 'selectionGrids' | 'tags'>;

export function derive(posting: ReadPosting, rules: readonly UserRule[]): DerivedFields {
  return {
    requirements: findRequirements(posting),
    selectionGrids: findSelectionGrids(posting.description),
    tags: classifyPosting(posting, rules),
  };
}
