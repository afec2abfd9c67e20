/** The lowest degree accepted, as findEducation() read it, quoted from the clause that names it. */
import { alternation } from '../../patterns';
import type { Requirement } from '../../schema';
import { fold } from '../../text';
import { type Clause, type RequirementSource, quoteOf } from './clauses';
import { SUBSTITUTION } from './years';

type EducationItem = Extract<Requirement, { kind: 'education' }>;

/** The words that name a degree, to quote the clause of the line that names it. */
const DEGREE_WORD = new RegExp(`\\b${alternation([
  'degree',
  'diplom\\w*',
  'master',
  'bachelor',
  'licen\\w*',
  'bac ?\\+',
  'baccalaureat',
  'phd',
  'doctor\\w*',
  'maestria',
  'titulo',
  'universit\\w*',
  'bachillerato',
  'high school',
  'secondaire',
  'secondary',
])}`);

/** Enough of raw's first words to find the clause it starts in, whatever label comes before it. */
const RAW_OPENING = 40;

/** Shorter pieces of the degree's line are list numbers ("3." of "3. Appui…"), not clauses that state it. */
const MIN_EDUCATION_CLAUSE = 8;

/** The lowest degree findEducation() read, quoted from the clause of its line that names a degree. */
export function educationRequirements(education: RequirementSource['education'], clauses: readonly Clause[]): EducationItem[] {
  const { level, raw } = education;
  if (!level || !raw) return [];
  // raw is the line, or a label's value, that the degree was read in: its clauses, or the clause that holds its opening.
  const said = fold(raw);
  const opening = said.slice(0, RAW_OPENING);
  const stating = clauses.filter(
    (clause) => ((clause.folded.length >= MIN_EDUCATION_CLAUSE && said.includes(clause.folded)) || clause.folded.includes(opening)) && !SUBSTITUTION.test(clause.folded),
  );
  const clause = stating.find((candidate) => DEGREE_WORD.test(candidate.folded)) ?? stating[0];
  return clause ? [{ kind: 'education', level, required: true, quote: quoteOf(clause.text) }] : [];
}
