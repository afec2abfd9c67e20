/**
 * Fit: each requirement a posting states, checked against the user's profile. Pure functions, run
 * wherever a posting is shown, so that a profile change shows at once without re-capturing anything.
 * A requirement the profile says nothing about is "unknown", never guessed either way.
 */
import { CEFR_LEVELS, EDUCATION_LEVELS, type ContractType, type PostingEdits, type Profile, type Requirement, type SelectionGrid } from './schema';

export type FitOutcome = 'met' | 'unmet' | 'unknown';

export interface FitCheck {
  requirement: Requirement;
  outcome: FitOutcome;
  /** A required language or nationality the user does not have: no application can get past it. */
  blocker: boolean;
  /** What the profile holds for this requirement, for the line "Espagnol C1 impérative — you: B2". */
  yours: ProfileValue | null;
}

/** The profile's side of one check, as data: the UI words it in the user's language. */
export type ProfileValue =
  | { kind: 'language'; code: string; level: string | null }
  | { kind: 'years'; years: number; tagId: string | null }
  | { kind: 'degree'; level: string }
  | { kind: 'nationalities'; countries: string[] }
  | { kind: 'availability'; from: string | null; to: string | null };

/**
 * blocked: a hard blocker is unmet; gaps: another required item is unmet; fits: every required item
 * that could be checked is met; unknown: nothing could be checked (no requirement, or an empty profile).
 */
export type FitVerdict = 'blocked' | 'gaps' | 'fits' | 'unknown';
export const FIT_VERDICTS: readonly FitVerdict[] = ['fits', 'gaps', 'blocked', 'unknown'];

export interface Fit {
  verdict: FitVerdict;
  checks: FitCheck[];
  met: number;
  unmet: number;
  unknown: number;
}

const cefrRank = (level: string) => CEFR_LEVELS.indexOf(level as (typeof CEFR_LEVELS)[number]);
const degreeRank = (level: string) => EDUCATION_LEVELS.indexOf(level as (typeof EDUCATION_LEVELS)[number]);

function checkLanguage(requirement: Extract<Requirement, { kind: 'language' }>, profile: Profile): FitCheck {
  const spoken = profile.languages.find((language) => language.code === requirement.code);
  const blocks = (outcome: FitOutcome) => outcome === 'unmet' && requirement.required;
  if (!spoken) {
    // An empty list says nothing; a list without this language says the user does not speak it.
    const outcome: FitOutcome = profile.languages.length === 0 ? 'unknown' : 'unmet';
    return { requirement, outcome, blocker: blocks(outcome), yours: outcome === 'unmet' ? { kind: 'language', code: requirement.code, level: null } : null };
  }
  const outcome: FitOutcome = requirement.level === null || cefrRank(spoken.level) >= cefrRank(requirement.level) ? 'met' : 'unmet';
  return { requirement, outcome, blocker: blocks(outcome), yours: { kind: 'language', code: spoken.code, level: spoken.level } };
}

/**
 * The years the profile states within some of a requirement's tags (the themes it names, or its
 * regions). Regions overlap (the Sahel lies in West Africa), so years in two of them may or may not
 * add up: enough in one is met, enough only when added is unknown.
 */
function yearsWithin(tagIds: readonly string[], required: number, profile: Profile): { outcome: FitOutcome; best: Profile['experienceByTag'][number] } | null {
  const entries = profile.experienceByTag.filter((entry) => tagIds.includes(entry.tagId));
  if (entries.length === 0) return null;
  const best = entries.reduce((a, b) => (b.years > a.years ? b : a));
  const added = entries.reduce((sum, entry) => sum + entry.years, 0);
  return { outcome: best.years >= required ? 'met' : added >= required ? 'unknown' : 'unmet', best };
}

const OUTCOME_RANK: Record<FitOutcome, number> = { unmet: 0, unknown: 1, met: 2 };

function checkExperience(requirement: Extract<Requirement, { kind: 'experience' }>, profile: Profile): FitCheck {
  const overall = profile.experienceYears;
  const overallValue: ProfileValue | null = overall === null ? null : { kind: 'years', years: overall, tagId: null };
  // Nobody has more years in a field than in all.
  if (overall !== null && overall < requirement.years) return { requirement, outcome: 'unmet', blocker: false, yours: overallValue };
  if (requirement.scope === null) return { requirement, outcome: overall === null ? 'unknown' : 'met', blocker: false, yours: overallValue };

  // "5 years of humanitarian work in West Africa" asks for both: the theme and the region are each checked.
  const kinds = [requirement.themeIds, requirement.regionIds].filter((ids) => ids.length > 0);
  if (kinds.length === 0) return { requirement, outcome: 'unknown', blocker: false, yours: overallValue };
  const checks = kinds.map((ids) => yearsWithin(ids, requirement.years, profile));
  const outcome = checks.reduce<FitOutcome>((worst, check) => {
    const each = check?.outcome ?? 'unknown';
    return OUTCOME_RANK[each] < OUTCOME_RANK[worst] ? each : worst;
  }, 'met');
  const shown = checks.find((check) => check?.outcome === outcome) ?? checks.find((check) => check !== null);
  return { requirement, outcome, blocker: false, yours: shown ? { kind: 'years', years: shown.best.years, tagId: shown.best.tagId } : overallValue };
}

function checkEducation(requirement: Extract<Requirement, { kind: 'education' }>, profile: Profile): FitCheck {
  if (profile.degree === null) return { requirement, outcome: 'unknown', blocker: false, yours: null };
  const outcome: FitOutcome = degreeRank(profile.degree) >= degreeRank(requirement.level) ? 'met' : 'unmet';
  return { requirement, outcome, blocker: false, yours: { kind: 'degree', level: profile.degree } };
}

function checkNationality(requirement: Extract<Requirement, { kind: 'nationality' }>, profile: Profile): FitCheck {
  // The requirement lists the accepted nationalities (the EU's members for an "EU nationals" rule).
  if (profile.nationalities.length === 0 || requirement.countries.length === 0) return { requirement, outcome: 'unknown', blocker: false, yours: null };
  const accepted = new Set(requirement.countries);
  const outcome: FitOutcome = profile.nationalities.some((country) => accepted.has(country)) ? 'met' : 'unmet';
  return { requirement, outcome, blocker: outcome === 'unmet' && requirement.required, yours: { kind: 'nationalities', countries: profile.nationalities } };
}

function checkAvailability(requirement: Extract<Requirement, { kind: 'availability' }>, profile: Profile): FitCheck {
  const { availableFrom, availableTo } = profile;
  if (availableFrom === null && availableTo === null) return { requirement, outcome: 'unknown', blocker: false, yours: null };
  // ISO dates compare as strings. The mission must start after the user is free and end before they stop being free.
  const startsInTime = availableFrom === null || requirement.from === null || availableFrom <= requirement.from;
  const lastDay = requirement.to ?? requirement.from;
  const endsInTime = availableTo === null || lastDay === null || lastDay <= availableTo;
  return { requirement, outcome: startsInTime && endsInTime ? 'met' : 'unmet', blocker: false, yours: { kind: 'availability', from: availableFrom, to: availableTo } };
}

export function checkRequirement(requirement: Requirement, profile: Profile): FitCheck {
  switch (requirement.kind) {
    case 'language':
      return checkLanguage(requirement, profile);
    case 'experience':
      return checkExperience(requirement, profile);
    case 'education':
      return checkEducation(requirement, profile);
    case 'nationality':
      return checkNationality(requirement, profile);
    case 'availability':
      return checkAvailability(requirement, profile);
  }
}

export function checkFit(requirements: readonly Requirement[], profile: Profile): Fit {
  const checks = requirements.map((requirement) => checkRequirement(requirement, profile));
  const count = (outcome: FitOutcome) => checks.filter((check) => check.outcome === outcome).length;
  const verdict: FitVerdict = checks.some((check) => check.blocker)
    ? 'blocked'
    : checks.some((check) => check.outcome === 'unmet' && check.requirement.required)
      ? 'gaps'
      : checks.some((check) => check.outcome === 'met')
        ? 'fits'
        : 'unknown';
  return { verdict, checks, met: count('met'), unmet: count('unmet'), unknown: count('unknown') };
}

/** Best first: a posting one can win, then one with gaps, then one nothing is known of, then a blocked one. */
const VERDICT_ORDER: Record<FitVerdict, number> = { fits: 0, gaps: 1, unknown: 2, blocked: 3 };

export function compareFits(a: Fit, b: Fit): number {
  return VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || b.met - a.met || a.unmet - b.unmet;
}

/**
 * A ticked criterion is kept by its words, not its position: when a better reader finds the grid again,
 * a tick stays on the criterion it was given to, or goes if that criterion is gone.
 */
export function criterionKey(grid: SelectionGrid, criterion: SelectionGrid['criteria'][number]): string {
  return `${grid.title}\n${criterion.label}`;
}

/** The points of the criteria the user ticked, per grid, beside each grid's total. */
export function selfScores(grids: readonly SelectionGrid[], gridChecks: readonly string[]): Array<{ scored: number; total: number }> {
  const checked = new Set(gridChecks);
  return grids.map((grid) => ({
    scored: grid.criteria.reduce((sum, criterion) => sum + (checked.has(criterionKey(grid, criterion)) ? criterion.points : 0), 0),
    total: grid.total ?? grid.criteria.reduce((sum, criterion) => sum + criterion.points, 0),
  }));
}

/** Where a posting meets the user's stated interests: preferences, shown beside the fit, never blocking. */
export interface Interests {
  themes: string[];
  regions: string[];
  /** Null when the user stated no contract preference or the posting's contract is unknown. */
  contract: boolean | null;
}

export function interestsOf(tagIds: readonly string[], contract: ContractType | null, profile: Profile): Interests {
  return {
    themes: profile.themes.filter((id) => tagIds.includes(id)),
    regions: profile.regions.filter((id) => tagIds.includes(id)),
    contract: profile.contracts.length === 0 || contract === null ? null : profile.contracts.includes(contract),
  };
}

/**
 * The requirements with the user's corrections of the degree and the overall years applied: the fit
 * judges what the user says the posting asks. A cleared field removes its requirement; a value the
 * extraction missed adds one, quoted from nothing.
 */
export function correctedRequirements(requirements: readonly Requirement[], edits: PostingEdits): Requirement[] {
  let corrected = [...requirements];
  if (edits.education) {
    const level = edits.education.level;
    const stated = corrected.find((requirement) => requirement.kind === 'education');
    corrected = corrected.filter((requirement) => requirement.kind !== 'education');
    if (level) corrected.push({ kind: 'education', level, required: stated?.required ?? true, quote: stated?.quote ?? '' });
  }
  if (edits.experienceYears !== undefined) {
    const years = edits.experienceYears;
    const stated = corrected.find((requirement) => requirement.kind === 'experience' && requirement.scope === null);
    corrected = corrected.filter((requirement) => requirement.kind !== 'experience' || requirement.scope !== null);
    if (years !== null) corrected.push({ kind: 'experience', years, scope: null, themeIds: [], regionIds: [], required: stated?.required ?? true, quote: stated?.quote ?? '' });
  }
  const order: Requirement['kind'][] = ['language', 'experience', 'education', 'nationality', 'availability'];
  return corrected.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}
