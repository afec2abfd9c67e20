import { describe, expect, it } from 'vitest';
import { checkFit, checkRequirement, compareFits, correctedRequirements, criterionKey, interestsOf, selfScores, type FitOutcome } from '../../lib/fit';
import { CEFR_LEVELS, EMPTY_PROFILE, ProfileSchema, type Profile, type Requirement } from '../../lib/schema';
import { extractFixture, FIXTURES_DIR } from '../support/fixtures';

/** A senior French security expert with Spanish, free from 2025 to the end of 2028. */
const SECURITY_EXPERT: Profile = ProfileSchema.parse({
  ...EMPTY_PROFILE,
  languages: [
    { code: 'fr', level: 'C2' },
    { code: 'en', level: 'C1' },
    { code: 'es', level: 'C1' },
  ],
  experienceYears: 22,
  experienceByTag: [
    { tagId: 'theme:organised-crime', years: 12 },
    { tagId: 'region:west-africa', years: 11 },
  ],
  degree: 'master',
  nationalities: ['FR'],
  availableFrom: '2021-01-01',
  availableTo: '2028-12-31',
});

/** A young English-speaking graduate from Kenya with some French. */
const KENYAN_GRADUATE: Profile = ProfileSchema.parse({
  ...EMPTY_PROFILE,
  languages: [
    { code: 'en', level: 'C2' },
    { code: 'fr', level: 'B1' },
  ],
  experienceYears: 4,
  degree: 'bachelor',
  nationalities: ['KE'],
});

const language = (code: string, level: (typeof CEFR_LEVELS)[number] | null, required = true): Requirement => ({
  kind: 'language',
  code,
  level,
  required,
  quote: `${code} ${level ?? ''}`,
});

const outcome = (requirement: Requirement, profile: Profile): FitOutcome => checkRequirement(requirement, profile).outcome;

describe('checking one requirement against the profile', () => {
  it('compares CEFR levels, and says unknown when the profile lists no language at all', () => {
    expect(outcome(language('es', 'C1'), SECURITY_EXPERT)).toBe('met');
    expect(outcome(language('fr', 'C1'), KENYAN_GRADUATE)).toBe('unmet');
    expect(outcome(language('fr', null), KENYAN_GRADUATE)).toBe('met');
    expect(outcome(language('ar', null), KENYAN_GRADUATE)).toBe('unmet');
    expect(outcome(language('fr', 'C1'), EMPTY_PROFILE)).toBe('unknown');
  });

  it('makes a required language the user lacks a blocker, and a missing asset only a gap', () => {
    expect(checkRequirement(language('es', 'C1'), KENYAN_GRADUATE)).toMatchObject({ outcome: 'unmet', blocker: true });
    expect(checkRequirement(language('es', null, false), KENYAN_GRADUATE)).toMatchObject({ outcome: 'unmet', blocker: false });
  });

  it('reads years in a theme or region from the profile, and overall years only when no field is asked', () => {
    const inCrime: Requirement = { kind: 'experience', years: 10, scope: 'fighting organised crime', themeIds: ['theme:organised-crime'], regionIds: [], required: true, quote: '10 years in fighting organised crime' };
    const inAfrica: Requirement = { kind: 'experience', years: 10, scope: 'in Africa', themeIds: [], regionIds: ['region:west-africa', 'region:east-africa'], required: true, quote: '10 ans en Afrique' };
    const overall: Requirement = { kind: 'experience', years: 7, scope: null, themeIds: [], regionIds: [], required: true, quote: '7 years' };
    expect(checkRequirement(inCrime, SECURITY_EXPERT)).toMatchObject({ outcome: 'met', yours: { kind: 'years', years: 12, tagId: 'theme:organised-crime' } });
    expect(outcome(inAfrica, SECURITY_EXPERT)).toBe('met');
    expect(outcome(overall, KENYAN_GRADUATE)).toBe('unmet');
    // Four years in all cannot hold ten in a field; twenty-two might, or might not.
    expect(outcome(inCrime, KENYAN_GRADUATE)).toBe('unmet');
    expect(outcome(inAfrica, { ...SECURITY_EXPERT, experienceByTag: [] })).toBe('unknown');
  });

  it('asks for the theme and the region each when a requirement names both', () => {
    const humanitarianInWestAfrica: Requirement = {
      kind: 'experience',
      years: 5,
      scope: 'humanitarian action in West Africa',
      themeIds: ['theme:humanitarian-protection'],
      regionIds: ['region:west-africa', 'region:sahel'],
      required: true,
      quote: '5 years of humanitarian action in West Africa',
    };
    const humanitarian = { tagId: 'theme:humanitarian-protection', years: 10 };
    expect(outcome(humanitarianInWestAfrica, { ...SECURITY_EXPERT, experienceByTag: [humanitarian, { tagId: 'region:west-africa', years: 0 }] })).toBe('unmet');
    expect(outcome(humanitarianInWestAfrica, { ...SECURITY_EXPERT, experienceByTag: [humanitarian] })).toBe('unknown');
    expect(outcome(humanitarianInWestAfrica, { ...SECURITY_EXPERT, experienceByTag: [humanitarian, { tagId: 'region:sahel', years: 6 }] })).toBe('met');
    // Three years in the Sahel and three in West Africa may be the same three years.
    const overlapping = [humanitarian, { tagId: 'region:sahel', years: 3 }, { tagId: 'region:west-africa', years: 3 }];
    expect(outcome(humanitarianInWestAfrica, { ...SECURITY_EXPERT, experienceByTag: overlapping })).toBe('unknown');
  });

  it('ranks degrees, and checks nationality rules, a national-only post being a blocker', () => {
    const master: Requirement = { kind: 'education', level: 'master', required: true, quote: 'Master (Bac+5)' };
    expect(outcome(master, SECURITY_EXPERT)).toBe('met');
    expect(outcome(master, KENYAN_GRADUATE)).toBe('unmet');
    const senegaleseOnly: Requirement = { kind: 'nationality', rule: 'national', countries: ['SN'], required: true, quote: 'ouvert aux ressortissants sénégalais uniquement' };
    const euOnly: Requirement = { kind: 'nationality', rule: 'eu', countries: ['DE', 'ES', 'FR', 'IT'], required: true, quote: 'nationalité d’un État membre de l’UE' };
    expect(checkRequirement(senegaleseOnly, SECURITY_EXPERT)).toMatchObject({ outcome: 'unmet', blocker: true });
    expect(outcome(euOnly, SECURITY_EXPERT)).toBe('met');
    expect(outcome(euOnly, KENYAN_GRADUATE)).toBe('unmet');
    expect(outcome(euOnly, EMPTY_PROFILE)).toBe('unknown');
    // A rule that names no country cannot be checked: it must not block anyone.
    expect(checkRequirement({ ...senegaleseOnly, countries: [] }, KENYAN_GRADUATE)).toMatchObject({ outcome: 'unknown', blocker: false });
  });

  it('checks that the mission falls within the availability', () => {
    const mission: Requirement = { kind: 'availability', from: '2025-02-01', to: '2028-05-31', required: true, quote: 'du 1er février 2025 au 31 mai 2028' };
    expect(outcome(mission, SECURITY_EXPERT)).toBe('met');
    expect(outcome(mission, { ...SECURITY_EXPERT, availableTo: '2026-12-31' })).toBe('unmet');
    expect(outcome(mission, KENYAN_GRADUATE)).toBe('unknown');
  });
});

describe('the fit of a posting', () => {
  it('is blocked by a blocker, has gaps for another unmet requirement, fits otherwise, and is unknown with nothing to check', () => {
    expect(checkFit([language('es', 'C1')], KENYAN_GRADUATE).verdict).toBe('blocked');
    expect(checkFit([{ kind: 'education', level: 'master', required: true, quote: 'Master' }], KENYAN_GRADUATE).verdict).toBe('gaps');
    expect(checkFit([language('en', 'B2'), language('es', null, false)], KENYAN_GRADUATE).verdict).toBe('fits');
    expect(checkFit([], SECURITY_EXPERT).verdict).toBe('unknown');
    expect(checkFit([language('en', 'B2')], EMPTY_PROFILE).verdict).toBe('unknown');
  });

  it('sorts what one can win first and blocked postings last', () => {
    const fits = checkFit([language('en', 'B2')], KENYAN_GRADUATE);
    const gaps = checkFit([{ kind: 'education', level: 'master', required: true, quote: 'Master' }], KENYAN_GRADUATE);
    const blocked = checkFit([language('es', 'C1')], KENYAN_GRADUATE);
    const unknown = checkFit([], KENYAN_GRADUATE);
    expect([blocked, unknown, gaps, fits].sort(compareFits).map((fit) => fit.verdict)).toEqual(['fits', 'gaps', 'unknown', 'blocked']);
  });

  it('names the interests a posting meets, without letting them block', () => {
    const profile = { ...KENYAN_GRADUATE, themes: ['theme:migration-border'], regions: ['region:sahel'], contracts: ['employment' as const] };
    expect(interestsOf(['theme:migration-border', 'region:sahel', 'region:west-africa'], 'consultancy', profile)).toEqual({ themes: ['theme:migration-border'], regions: ['region:sahel'], contract: false });
    expect(interestsOf([], null, profile).contract).toBeNull();
  });

  it('sums the ticked criteria of each grid against its total', () => {
    const grid = { title: 'Shortlist (/100)', total: 100, criteria: [{ label: 'A', points: 20 }, { label: 'B', points: 30 }, { label: 'C', points: 50 }] };
    const [first, , third] = grid.criteria;
    expect(selfScores([grid], [criterionKey(grid, first!), criterionKey(grid, third!)])).toEqual([{ scored: 70, total: 100 }]);
    // A tick follows its criterion's words: found again at another place, it still counts; gone, it does not.
    const reordered = { ...grid, criteria: [third!, first!] };
    expect(selfScores([reordered], [criterionKey(grid, first!)])).toEqual([{ scored: 20, total: 100 }]);
    expect(selfScores([{ ...grid, total: null }], [])).toEqual([{ scored: 0, total: 100 }]);
  });
});

describe('corrections the user made to the posting', () => {
  const stated: Requirement[] = [
    { kind: 'experience', years: 10, scope: null, themeIds: [], regionIds: [], required: true, quote: '10 years' },
    { kind: 'education', level: 'master', required: true, quote: 'Master' },
  ];

  it('replace the degree and the overall years the fit is judged on, keeping the posting words', () => {
    const corrected = correctedRequirements(stated, { education: { level: 'bachelor', raw: null }, experienceYears: 5 });
    expect(corrected).toEqual([
      { ...stated[0], years: 5 },
      { ...stated[1], level: 'bachelor' },
    ]);
    expect(checkFit(corrected, KENYAN_GRADUATE).verdict).toBe('gaps');
  });

  it('remove a requirement the user cleared, and add one the extraction missed', () => {
    expect(correctedRequirements(stated, { education: { level: null, raw: null } }).map((requirement) => requirement.kind)).toEqual(['experience']);
    expect(correctedRequirements([], { experienceYears: 3 })).toEqual([{ kind: 'experience', years: 3, scope: null, themeIds: [], regionIds: [], required: true, quote: '' }]);
    expect(correctedRequirements(stated, {})).toEqual(stated);
  });
});

describe('the seeds against two profiles', () => {
  const fitOfSeed = (path: string, profile: Profile) => {
    const fit = checkFit(extractFixture(`${FIXTURES_DIR}/${path}`).requirements, profile);
    return { verdict: fit.verdict, outcomes: fit.checks.map(({ requirement, outcome }) => `${requirement.kind}${requirement.kind === 'language' ? `:${requirement.code}` : ''} ${outcome}`) };
  };
  const SEEDS = {
    '000': 'expertise-france/seed-000-seacop-caribbean.html',
    '001': 'expertise-france/seed-001-ecuador-environmental-crime.html',
    '002': 'civipol/seed-002-tor-victim-protection.txt',
    '003': 'wp-job-manager/seed-003-iom-senegal-repost.html',
    '004': 'france-volontaires/seed-004-vsi-oeco.txt',
  };

  it('a senior security expert with French, English and Spanish fits all five; what the profile cannot tell stays unknown', () => {
    expect(fitOfSeed(SEEDS['000'], SECURITY_EXPERT)).toEqual({ verdict: 'fits', outcomes: ['language:fr met', 'language:en met', 'experience met', 'education met', 'availability met'] });
    // Five years in environmental crime: the profile holds 22 years overall but none stated in that theme.
    expect(fitOfSeed(SEEDS['001'], SECURITY_EXPERT)).toEqual({
      verdict: 'fits',
      outcomes: ['language:es met', 'language:fr met', 'language:en met', 'experience unknown', 'education met', 'availability met'],
    });
    // Twenty years of police service is unknown; ten years in Africa is met by eleven in West Africa.
    expect(fitOfSeed(SEEDS['002'], SECURITY_EXPERT)).toEqual({ verdict: 'fits', outcomes: ['experience unknown', 'experience met', 'availability met'] });
    expect(fitOfSeed(SEEDS['003'], SECURITY_EXPERT)).toEqual({ verdict: 'fits', outcomes: ['experience met', 'education met', 'availability met'] });
    expect(fitOfSeed(SEEDS['004'], SECURITY_EXPERT)).toEqual({ verdict: 'fits', outcomes: ['language:en met', 'language:fr met', 'education met'] });
  });

  it('a junior English speaker is blocked by the French C1 and Spanish C1 posts, has gaps on the senior ones, fits the VSI', () => {
    expect(fitOfSeed(SEEDS['000'], KENYAN_GRADUATE)).toEqual({
      verdict: 'blocked',
      outcomes: ['language:fr unmet', 'language:en met', 'experience unmet', 'education met', 'availability unknown'],
    });
    expect(fitOfSeed(SEEDS['001'], KENYAN_GRADUATE)).toEqual({
      verdict: 'blocked',
      outcomes: ['language:es unmet', 'language:fr met', 'language:en met', 'experience unmet', 'education unmet', 'availability unknown'],
    });
    expect(fitOfSeed(SEEDS['002'], KENYAN_GRADUATE)).toEqual({ verdict: 'gaps', outcomes: ['experience unmet', 'experience unmet', 'availability unknown'] });
    expect(fitOfSeed(SEEDS['003'], KENYAN_GRADUATE)).toEqual({ verdict: 'gaps', outcomes: ['experience unmet', 'education unmet', 'availability unknown'] });
    expect(fitOfSeed(SEEDS['004'], KENYAN_GRADUATE)).toEqual({ verdict: 'fits', outcomes: ['language:en met', 'language:fr met', 'education met'] });
  });

  it("reads seed 000's two grids with points summing to 100 each", () => {
    const grids = extractFixture(`${FIXTURES_DIR}/${SEEDS['000']}`).selectionGrids;
    expect(grids.map((grid) => [grid.total, grid.criteria.reduce((sum, criterion) => sum + criterion.points, 0), grid.criteria.length])).toEqual([
      [100, 100, 9],
      [100, 100, 6],
    ]);
  });
});
