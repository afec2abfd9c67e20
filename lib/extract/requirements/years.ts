/**
 * Years of experience: each "N years" a clause states, what they must be in (years-scope.ts), unless they
 * are the employer's own (years-employer.ts); counts that are paths to choose from make one requirement.
 */
import { SUBSTITUTION_WORDS, alternation } from '../../patterns';
import type { Requirement } from '../../schema';
import { fold } from '../../text';
import { EXPERIENCE_PATTERNS, toNumber } from '../fields';
import { type Clause, LEADING_MARKS, MAX_QUOTE, clauseOffsets, isAsset, quoteOf, trimEnd } from './clauses';
import { aboutOrganisation } from './years-employer';
import { scopeAfter, scopeBefore, scopeWithin, tagsOfScope } from './years-scope';
import { DEGREE_LEVEL_WORDS, LOOK_BEHIND, SUB_CONNECTIVE, YEARS_NUMBER, YEARS_QUANTIFIER, YEARS_UNIT, type YearsStatement } from './years-words';

type ExperienceItem = Extract<Requirement, { kind: 'experience' }>;

const EXPERIENCE_WORD = /experien|expertise/;

const LESS_THAN = /(moins de|less than|menos de)\s*$/;

/** "A first-level degree with 2 additional years … in lieu of the advanced degree" substitutes; it does not require. */
export const SUBSTITUTION = new RegExp(`\\b${SUBSTITUTION_WORDS}\\b`);

const SUB_YEARS = new RegExp(`\\b${SUB_CONNECTIVE}\\s+(?:${YEARS_QUANTIFIER}\\s+)?(${YEARS_NUMBER})\\s*${YEARS_UNIT}\\b`, 'dg');

/** The words without which a clause has no sub-requirement: a cheap test before SUB_YEARS. */
const SUB_CUE = new RegExp(`\\b${alternation([
  'incl',
  'of which',
  'out of which',
  'among',
  'dont',
  'y compris',
  'parmi',
  'de l[ao]s cual',
  'entre ellos',
])}`);

const SUB_BEFORE = new RegExp(`\\b${SUB_CONNECTIVE}\\s+(?:${YEARS_QUANTIFIER}\\s+)?$`);

const DEGREE_LEVEL = new RegExp(`\\b${DEGREE_LEVEL_WORDS}`);

/** A sentence states a few years requirements at most ("6 years with a BA, or 5 with an MA"); more is page debris. */
const MAX_STATEMENTS_PER_CLAUSE = 4;

/** A run of spaces long enough to matter; a real sentence has none. */
const LONG_SPACE_RUN = /\s{8,}/;

/**
 * The text with each run of spaces as one, and where each of its characters is in the text. The
 * patterns of fields.ts read "experience" then spaces with two quantifiers that overlap (\s+ … \s*):
 * on a long run (a table's empty cells) that is quadratic, so they read runs as one space.
 */
function withSingleSpaces(text: string): { text: string; offsets: number[] } {
  let single = '';
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (/\s/.test(text[index]!) && index > 0 && /\s/.test(text[index - 1]!)) continue;
    single += text[index];
    offsets.push(index);
  }
  offsets.push(text.length);
  return { text: single, offsets };
}

/** Each "N years" of a clause once, spanning what every pattern read of it. */
function yearsStatements(folded: string): YearsStatement[] {
  const found: YearsStatement[] = [];
  const single = LONG_SPACE_RUN.test(folded) ? withSingleSpaces(folded) : null;
  const read = single ? single.text : folded;
  // Where a match of `read` starts and ends in the clause.
  const from = (index: number) => (single ? single.offsets[index]! : index);
  const to = (index: number, length: number) => (single ? single.offsets[index + length - 1]! + 1 : index + length);
  const add = (years: number, start: number, end: number) => {
    if (LESS_THAN.test(folded.slice(Math.max(0, start - 12), start))) return;
    if (!(years > 0 && years <= 40)) return;
    // The patterns may stop inside the unit's word ("an" of "años"): the statement ends with the word.
    while (end < folded.length && /[a-z]/.test(folded[end]!)) end++;
    const same = found.find((statement) => statement.years === years && start < statement.end && end > statement.start);
    if (same) {
      same.start = Math.min(same.start, start);
      same.end = Math.max(same.end, end);
    } else {
      found.push({ years, start, end, sub: false });
    }
  };
  for (const pattern of EXPERIENCE_PATTERNS) {
    for (const match of read.matchAll(pattern)) add(toNumber(match[1]!), from(match.index), to(match.index, match[0].length));
  }
  // "including 3 years in Africa" names no experience after the years: the connective says what they are.
  if (SUB_CUE.test(read)) {
    for (const match of read.matchAll(SUB_YEARS)) add(toNumber(match[1]!), from(match.indices![1]![0]), to(match.index, match[0].length));
  }
  for (const statement of found) statement.sub = SUB_BEFORE.test(folded.slice(Math.max(0, statement.start - LOOK_BEHIND), statement.start));
  return found.sort((a, b) => a.start - b.start);
}

interface ExperienceCandidate {
  clause: Clause;
  statement: YearsStatement;
  scope: string | null;
}

/** "or 7 years", "ou avec au moins 7 ans": the next count of years is another path. */
const OR_JUST_BEFORE = new RegExp(
  `\\b(?:or|ou|o|soit)\\s+(?:(?:else|alternatively|alternativement|bien|then|an?|une?|una?|with|avec|con|having|ayant|de|d'|of|${YEARS_QUANTIFIER})\\s+)*$`,
);

const COMMA_OR = /[,;]\s*(?:or|ou|o|soit)\s/;

const SUB_WORD = new RegExp(`\\b${SUB_CONNECTIVE}\\b`);

const OR_START = /^(?:or|ou|soit|o bien)\b/;

const OR_END = /\b(?:or|ou|o|soit)$/;

/**
 * Two counts of years of one clause are paths to choose from, not two requirements: "…with a minimum of
 * 5 years…, or Bachelor's degree with a minimum of 7 years", "6 ans avec le Bac, ou 5 ans avec une Licence".
 */
function alternativesWithin(folded: string, before: number, first: YearsStatement, second: YearsStatement, after: number): boolean {
  if (second.sub) return false;
  const between = folded.slice(first.end, second.start);
  if (SUB_WORD.test(between)) return false;
  if (OR_JUST_BEFORE.test(between.slice(-LOOK_BEHIND))) return true;
  if (COMMA_OR.test(between) && DEGREE_LEVEL.test(between)) return true;
  // Each count tied to its own degree: "Master's with 5 years; Bachelor's with 7 years".
  return DEGREE_LEVEL.test(between) && (DEGREE_LEVEL.test(folded.slice(before, first.start)) || DEGREE_LEVEL.test(folded.slice(second.end, after)));
}

/** A clause that goes on with "or …", or that names another degree on the same line, offers another path. */
function alternativesAcross(previous: Clause, clause: Clause): boolean {
  if (OR_START.test(clause.folded.replace(LEADING_MARKS, '')) || OR_END.test(trimEnd(previous.folded, /[\s,]/).slice(-LOOK_BEHIND))) return true;
  return previous.lineIndex === clause.lineIndex && DEGREE_LEVEL.test(previous.folded) && DEGREE_LEVEL.test(clause.folded);
}

/** The quote of a choice: the clauses it is stated in, from the first path to the lowest one. */
function quoteOfGroup(group: readonly ExperienceCandidate[], lowest: ExperienceCandidate): string {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  if (group.length === 1 || first.clause.lineIndex !== last.clause.lineIndex) return quoteOf(lowest.clause.text, lowest.statement.start);
  const offsets = clauseOffsets(first.clause.line);
  const offsetOf = (clause: Clause) => offsets[clause.piece]!;
  const spanStart = offsetOf(first.clause);
  const span = first.clause.line.slice(spanStart, offsetOf(last.clause) + last.clause.text.length);
  // From the first path's years to the end of the lowest one's clause, as much of it as a quote holds.
  const from = offsetOf(first.clause) - spanStart + first.statement.start;
  const to = offsetOf(lowest.clause) - spanStart + lowest.clause.text.length;
  return quoteOf(span, Math.max(from, to - (MAX_QUOTE - 40)));
}

export function experienceRequirements(clauses: readonly Clause[]): ExperienceItem[] {
  // The counts of years, in groups of paths to choose from ("5 years with a Master's, or 7 with a Bachelor's").
  const groups: ExperienceCandidate[][] = [];
  let previous: { index: number; clause: Clause; group: ExperienceCandidate[] } | null = null;
  clauses.forEach((clause, index) => {
    if (!EXPERIENCE_WORD.test(clause.folded) || SUBSTITUTION.test(clause.folded)) return;
    const statements = yearsStatements(clause.folded)
      .filter((statement) => !aboutOrganisation(clause, statement))
      .slice(0, MAX_STATEMENTS_PER_CLAUSE);
    let group: ExperienceCandidate[] | null = null;
    statements.forEach((statement, position) => {
      const scope = scopeAfter(clause, statement) ?? scopeWithin(clause, statement) ?? scopeBefore(clause, statement);
      // "including 3 years" with nothing they are in says no more than the whole.
      if (statement.sub && scope === null) return;
      const candidate = { clause, statement, scope };
      const last = group?.[group.length - 1];
      if (group && last && last.clause === clause) {
        const before = statements[position - 2]?.end ?? 0;
        const after = statements[position + 1]?.start ?? clause.folded.length;
        if (alternativesWithin(clause.folded, before, last.statement, statement, after)) {
          group.push(candidate);
          return;
        }
      } else if (!group && previous && previous.index === index - 1 && !statement.sub && alternativesAcross(previous.clause, clause)) {
        group = previous.group;
        group.push(candidate);
        return;
      }
      group = [candidate];
      groups.push(group);
    });
    previous = group ? { index, clause, group } : null;
  });

  const found = new Map<string, ExperienceItem>();
  for (const group of groups) {
    // A choice requires its lowest count of years; its quote shows the other paths.
    const lowest = group.reduce((low, candidate) => (candidate.statement.years < low.statement.years ? candidate : low));
    const { scope, statement, clause } = lowest;
    const key = `${statement.years}|${scope === null ? '' : fold(scope)}`;
    if (found.has(key)) continue;
    found.set(key, {
      kind: 'experience',
      years: statement.years,
      scope,
      ...(scope === null ? { themeIds: [], regionIds: [] } : tagsOfScope(scope)),
      required: !isAsset(clause.folded),
      quote: quoteOfGroup(group, lowest),
    });
  }
  return Array.from(found.values());
}
