/**
 * The explainable classifier: which tags of lib/taxonomy.ts a posting deserves, and the phrases that
 * justify each one. Pure functions (no browser API, no I/O), so the extension, the CLI and the tests
 * classify alike.
 *
 * How it reads a posting:
 * 1. lib/zones.ts cuts the description into lines, drops boilerplate (cookie banners, login prompts,
 *    the organisation's description of itself, "similar jobs" lists and all that follows them), and
 *    places each remaining line in a zone: the posting's objectives / tasks, its site category
 *    ("field"), or the rest of the body. Title and organisation are zones of their own. Asides of the
 *    body (the project's context, footnotes, selection grids, words in brackets) count half (ASIDE_FACTOR).
 * 2. lib/phrases.ts folds the kept text (no case, no accents, inclusive endings such as "·rice" or "/a"
 *    blanked) and cuts it into words once.
 * 3. One pass over the words (lib/phrases.ts) looks every phrase of the taxonomy up by its first word
 *    (a hash lookup, not one regex scan per phrase), so the cost grows with the text, not with the taxonomy.
 * 4. Each match scores phrase weight × zone multiplier; a tag is kept above its family's threshold.
 */
import type { Evidence, ReadPosting, Tag, TagFamily, UserRule } from './schema';
import {
  CONTRACT_LABELS,
  DAYS_PER_MONTH,
  DURATION_BUCKETS,
  POSTING_LANGUAGES,
  REGIONS,
  SENIORITY_LEVELS,
  SENIORITY_TITLE_CUES,
  THEMES,
  WORKPLACES,
  type Label,
  type SeniorityLevelId,
  type WeightedPhrase,
} from './taxonomy';
import { compileMatcher, findMatches, foldLine, scoreWords, toWords, type PhraseSpec, type TargetScore, type Words, type Zone } from './phrases';
import { zonedLines } from './zones';

/**
 * The title names the job and a site's category line classifies it, so a phrase there is worth three
 * mentions in the body; the objectives and tasks say what the person will do, worth two; the body also
 * holds the project context and the requirements, where themes appear in passing. The organisation's
 * name says what the employer does in general, not what this job is about.
 */
const ZONE_MULTIPLIER: Readonly<Record<Zone, number>> = { title: 3, field: 3, objectives: 2, body: 1, organization: 1 };

/**
 * Asides: lines that speak about the job from the outside. A "Context" / "Background" section tells the
 * problem the project addresses and the programme around the post, naming many themes in passing ("an
 * ever-growing nexus between terrorism and organised crime"); footnotes recall earlier projects; a
 * selection grid restates the profile as points; words in brackets, in the body or the tasks, give an
 * example, a detail or an acronym. Their phrases are theme evidence at half weight, so it takes an aside
 * that keeps coming back to a theme, or a word of the job's own tasks, to tag the posting.
 */
const ASIDE_FACTOR = 0.5;

/**
 * Weight of evidence read from a structured field (country, contract type, years...): such a field
 * states the fact, so it outranks any text evidence (at most 3 × 3 = 9 per phrase).
 */
const STRUCTURED_FIELD_WEIGHT = 10;

const MAX_EVIDENCE_PER_TAG = 5;

interface Threshold {
  /** Least total score. */
  minScore: number;
  /** Least score from phrases of weight 2 or 3: words of weight 1 only top up, they never decide. */
  minAnchorScore: number;
}

/**
 * A theme needs 6 points, 4 of them from specific phrases. With the multipliers above that means:
 * - one specific phrase in the title or the site's category (2 × 3 = 6) is enough;
 * - a term of art in the objectives (3 × 2 = 6) is enough;
 * - in the body, one mention never is (at most 3), nor two (a term of art twice: 3 + 1.5, since
 *   repeats count half as much as the one before; or two different specific phrases: 2 + 3). It takes
 *   a third piece of evidence, so a list of risk factors or a requirement that names "public health"
 *   twice does not make the posting a health or reform job; in an aside (a context section, a footnote)
 *   every piece of evidence counts half, so it takes still more;
 * - weight-1 words never make the 4 specific points, however often they come back.
 */
const THEME_THRESHOLD: Threshold = { minScore: 6, minAnchorScore: 4 };

/**
 * A region named in the text only counts when the posting has no country, and needs more than one
 * passing mention ("experience in West Africa is an asset" scores 3): a region in the title or the
 * objectives, or named twice.
 */
const REGION_TEXT_THRESHOLD: Threshold = { minScore: 4, minAnchorScore: 3 };

/** Home-based phrases are all unambiguous (weight 3), so one mention anywhere is enough. */
const HOME_BASED_THRESHOLD: Threshold = { minScore: 3, minAnchorScore: 3 };


function weightedSpecs(target: number, phrases: readonly WeightedPhrase[], caseSensitive: boolean): PhraseSpec[] {
  return phrases.map(([text, weight]) => ({ target, text, weight, caseSensitive }));
}

// ---------------------------------------------------------------------------------------------------
// The precompiled taxonomy

interface TextTarget {
  id: string;
  family: TagFamily;
  label: Label;
  threshold: Threshold;
}

const TEXT_TARGETS: TextTarget[] = [];
const TEXT_SPECS: PhraseSpec[] = [];

for (const theme of THEMES) {
  const target =
    TEXT_TARGETS.push({ id: `theme:${theme.id}`, family: 'theme', label: theme.label, threshold: THEME_THRESHOLD }) - 1;
  const { en, fr, es } = theme.phrases;
  TEXT_SPECS.push(...weightedSpecs(target, [...en, ...fr, ...es], false), ...weightedSpecs(target, theme.acronyms, true));
}
const REGION_TARGET_BY_ID = new Map<string, number>();
for (const region of REGIONS) {
  const target =
    TEXT_TARGETS.push({ id: `region:${region.id}`, family: 'region', label: region.label, threshold: REGION_TEXT_THRESHOLD }) - 1;
  REGION_TARGET_BY_ID.set(region.id, target);
  TEXT_SPECS.push(...weightedSpecs(target, region.phrases, false), ...weightedSpecs(target, region.acronyms, true));
}
const HOME_BASED_TARGET =
  TEXT_TARGETS.push({
    id: 'workplace:home-based',
    family: 'workplace',
    label: WORKPLACES['home-based'].label,
    threshold: HOME_BASED_THRESHOLD,
  }) - 1;
TEXT_SPECS.push(...weightedSpecs(HOME_BASED_TARGET, WORKPLACES['home-based'].phrases, false));

const TEXT_MATCHER = compileMatcher(TEXT_SPECS, TEXT_TARGETS.length, true);
/**
 * What an aside's phrase is worth, per target: asides name themes in passing, but a place or a
 * "(home-based)" in brackets is as much a fact as anywhere else.
 */
const TEXT_ASIDE_FACTORS = Float64Array.from(TEXT_TARGETS, (target) => (target.family === 'theme' ? ASIDE_FACTOR : 1));

const SENIORITY_CUE_MATCHER = compileMatcher(
  SENIORITY_TITLE_CUES.map((cue, target) => ({ target, text: cue.phrase, weight: 1, caseSensitive: false })),
  SENIORITY_TITLE_CUES.length,
  true,
);

const REGIONS_BY_COUNTRY = new Map<string, number[]>();
for (const region of REGIONS) {
  const target = REGION_TARGET_BY_ID.get(region.id)!;
  for (const country of region.countries) REGIONS_BY_COUNTRY.set(country, [...(REGIONS_BY_COUNTRY.get(country) ?? []), target]);
}

function passes(score: TargetScore | undefined, threshold: Threshold): score is TargetScore {
  return score !== undefined && score.score >= threshold.minScore && score.anchorScore >= threshold.minAnchorScore;
}

function strongestEvidence(evidence: Iterable<Evidence>): Evidence[] {
  return [...evidence]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_EVIDENCE_PER_TAG)
    .map((item) => ({ ...item, weight: Math.round(item.weight * 100) / 100 }));
}

function autoTag(id: string, family: TagFamily, label: Label, evidence: Evidence[]): Tag {
  return { id, family, label: { en: label.en, fr: label.fr }, evidence, source: 'auto' };
}

function fieldEvidence(phrase: string): Evidence {
  return { phrase, where: 'field', weight: STRUCTURED_FIELD_WEIGHT };
}

/** Tags of one family found in the text, strongest first. */
function textTags(scores: readonly (TargetScore | undefined)[], family: TagFamily): Tag[] {
  const found: { target: TextTarget; score: TargetScore }[] = [];
  TEXT_TARGETS.forEach((target, index) => {
    const score = scores[index];
    if (target.family === family && passes(score, target.threshold)) found.push({ target, score });
  });
  return found
    .sort((a, b) => b.score.score - a.score.score)
    .map(({ target, score }) => autoTag(target.id, target.family, target.label, strongestEvidence(score.evidence.values())));
}

// ---------------------------------------------------------------------------------------------------
// Tags from fields

/** A stated country decides; the regions named in the text only count for a posting without one. */
function regionTags(posting: ReadPosting, scores: readonly (TargetScore | undefined)[]): Tag[] {
  const country = posting.location.country;
  const regions = country === null ? undefined : REGIONS_BY_COUNTRY.get(country);
  if (!country || !regions) return textTags(scores, 'region');
  return regions.map((index) => {
    const target = TEXT_TARGETS[index]!;
    return autoTag(target.id, 'region', target.label, [fieldEvidence(country)]);
  });
}

function contractTag(posting: ReadPosting): Tag[] {
  const { type, raw } = posting.contract;
  if (type === null) return [];
  return [autoTag(`contract:${type}`, 'contract', CONTRACT_LABELS[type], [fieldEvidence(raw ?? type)])];
}

const SENIORITY_RANK: Readonly<Record<SeniorityLevelId, number>> = { junior: 0, mid: 1, senior: 2, expert: 3 };

function levelForYears(years: number): SeniorityLevelId {
  let level: SeniorityLevelId = 'junior';
  for (const candidate of SENIORITY_LEVELS) if (years >= candidate.minYears) level = candidate.id;
  return level;
}

/**
 * The title's words and the required years. A junior word in the title wins over any other word
 * ("Stagiaire auprès du chef de projet") and over the years; a management word is a floor the years
 * may raise; without title words the years decide.
 */
function seniorityTag(posting: ReadPosting, words: Words): Tag[] {
  const cues = findMatches(words, SENIORITY_CUE_MATCHER, 0, words.titleCount).map(({ phrase, first, last }) => {
    const shown = words.text.slice(words.start[first], words.end[last]);
    const evidence: Evidence = { phrase: shown, where: 'title', weight: ZONE_MULTIPLIER.title };
    return { index: phrase.target, evidence };
  });
  const priority = (index: number) => {
    const level = SENIORITY_TITLE_CUES[index]!.level;
    return level === 'junior' ? Infinity : SENIORITY_RANK[level];
  };
  const titleCue = cues.reduce<(typeof cues)[number] | null>(
    (best, candidate) => (best === null || priority(candidate.index) > priority(best.index) ? candidate : best),
    null,
  );

  const years = posting.experienceYears;
  const yearsLevel = years === null ? null : levelForYears(years);
  let level: SeniorityLevelId | null = yearsLevel;
  if (titleCue !== null) {
    const { level: cueLevel, atLeast } = SENIORITY_TITLE_CUES[titleCue.index]!;
    level = atLeast && yearsLevel !== null && SENIORITY_RANK[yearsLevel] > SENIORITY_RANK[cueLevel] ? yearsLevel : cueLevel;
  }
  if (level === null) return [];
  const definition = SENIORITY_LEVELS.find((candidate) => candidate.id === level)!;
  const evidence: Evidence[] = [];
  if (titleCue !== null) evidence.push(titleCue.evidence);
  // The count alone: the interface words it ("5 years", "5 ans").
  if (years !== null && yearsLevel === level) evidence.unshift(fieldEvidence(String(years)));
  return [autoTag(`seniority:${level}`, 'seniority', definition.label, evidence)];
}

const BUCKET_OF_TERM = { short: 'short-term', long: 'long-term' } as const;

/** From the days or months when known; from the stated term ("Court terme") otherwise. */
function durationTag(posting: ReadPosting): Tag[] {
  const { days, months, term, raw } = posting.duration;
  const totalDays = days ?? (months === null ? null : months * DAYS_PER_MONTH);
  const bucket =
    totalDays !== null
      ? DURATION_BUCKETS.find((candidate) => totalDays <= candidate.maxDays)
      : DURATION_BUCKETS.find((candidate) => term !== null && candidate.id === BUCKET_OF_TERM[term]);
  if (!bucket) return [];
  const stated = raw ?? (days !== null ? `${days} days` : months !== null ? `${months} months` : `${term} term`);
  return [autoTag(`duration:${bucket.id}`, 'duration', bucket.label, [fieldEvidence(stated)])];
}

/** Home-based when the record or the text says so; otherwise a posting placed in a country is on site. */
function workplaceTag(posting: ReadPosting, scores: readonly (TargetScore | undefined)[]): Tag[] {
  const { remote, country, raw } = posting.location;
  const textEvidence = scores[HOME_BASED_TARGET];
  const saidInText = passes(textEvidence, HOME_BASED_THRESHOLD);
  if (remote || saidInText) {
    const evidence = [...(remote ? [fieldEvidence(raw ?? 'remote')] : []), ...(saidInText ? textEvidence.evidence.values() : [])];
    return [autoTag('workplace:home-based', 'workplace', WORKPLACES['home-based'].label, strongestEvidence(evidence))];
  }
  if (country === null) return [];
  return [autoTag('workplace:field', 'workplace', WORKPLACES.field.label, [fieldEvidence(raw ?? country)])];
}

function languageTag(posting: ReadPosting): Tag[] {
  const stated = posting.postingLanguage;
  const code = stated?.slice(0, 2).toLowerCase();
  if (!stated || (code !== 'fr' && code !== 'en' && code !== 'es')) return [];
  return [autoTag(`language:${code}`, 'language', POSTING_LANGUAGES[code], [fieldEvidence(stated)])];
}

/**
 * A user's rule tags every posting where one of its phrases appears once, anywhere. Rules change
 * between calls, so they are compiled per call; a few phrases compile in microseconds.
 */
function userRuleTags(rules: readonly UserRule[], words: Words): Tag[] {
  if (rules.length === 0) return [];
  const specs = rules.flatMap((rule, target) => rule.phrases.map((text) => ({ target, text, weight: 1, caseSensitive: false })));
  const scores = scoreWords(words, compileMatcher(specs, rules.length, false), ZONE_MULTIPLIER);
  return rules.flatMap((rule, index) => {
    const score = scores[index];
    if (!score) return [];
    const label = { en: rule.label, fr: rule.label, es: rule.label };
    return [autoTag(`user:${rule.id}`, rule.family, label, strongestEvidence(score.evidence.values()))];
  });
}

// ---------------------------------------------------------------------------------------------------
// API

/**
 * The automatic tags of a posting, each with the evidence that justifies it: themes (strongest
 * first), regions, contract, seniority, duration, workplace, posting language, then the user's rules.
 */
export function classifyPosting(posting: ReadPosting, userRules: readonly UserRule[] = []): Tag[] {
  const words = toWords(zonedLines(posting));
  const scores = scoreWords(words, TEXT_MATCHER, ZONE_MULTIPLIER, TEXT_ASIDE_FACTORS);
  return [
    ...textTags(scores, 'theme'),
    ...regionTags(posting, scores),
    ...contractTag(posting),
    ...seniorityTag(posting, words),
    ...durationTag(posting),
    ...workplaceTag(posting, scores),
    ...languageTag(posting),
    ...userRuleTags(userRules, words),
  ];
}

/**
 * The tags a posting shows: the automatic ones minus those the user removed, plus the user's own
 * (the user's tag replaces an automatic tag of the same id). Since the removed ids are kept apart from
 * the automatic tags, re-classifying never brings back a tag the user removed.
 */
/**
 * The themes and regions a short text names, by the classifier's own phrases (the scope of a
 * requirement: "in fighting organised crime", "en Afrique de l'Ouest"): ids in taxonomy order. No
 * threshold: a short text says what it says once.
 */
export function tagsNamedIn(text: string): string[] {
  const words = toWords([{ text, ...foldLine(text), zone: 'body', aside: false }]);
  const named = new Set(findMatches(words, TEXT_MATCHER, 0, words.count).map((match) => match.phrase.target));
  return TEXT_TARGETS.filter((target, index) => named.has(index) && (target.family === 'theme' || target.family === 'region')).map((target) => target.id);
}

export function applyUserChoices(autoTags: readonly Tag[], userTags: readonly Tag[], removedTagIds: readonly string[]): Tag[] {
  const hidden = new Set([...removedTagIds, ...userTags.map((tag) => tag.id)]);
  return [...autoTags.filter((tag) => !hidden.has(tag.id)), ...userTags];
}
