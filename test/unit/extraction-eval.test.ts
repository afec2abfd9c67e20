import { describe, expect, it } from 'vitest';
import { evaluateFixtures, scoreTags } from '../support/fixtures';
import { corpusPagesPresent, evaluateCorpus } from '../support/corpus';

const evaluations = evaluateFixtures();
/** Theme tags are the hard family: measured 0.86 precision and 0.96 recall when this floor was set. */
const THEME_FLOOR = 0.8;

function accuracy(field?: string): number {
  const results = evaluations.flatMap((evaluation) => evaluation.results).filter((result) => field === undefined || result.field === field);
  return results.filter((result) => result.ok).length / results.length;
}

describe('extraction accuracy across the fixtures', () => {
  it('is at least 95% over every expected field', () => {
    expect(accuracy()).toBeGreaterThanOrEqual(0.95);
  });

  it('is at least 98% for deadlines and titles', () => {
    expect(accuracy('deadline.date')).toBeGreaterThanOrEqual(0.98);
    expect(accuracy('title')).toBeGreaterThanOrEqual(0.98);
  });
});

describe('tags against the ones a reader wrote beside each fixture', () => {
  const scores = new Map(scoreTags(evaluations).map((score) => [score.family, score]));

  it('covers every posting fixture', () => {
    const postings = evaluations.filter((evaluation) => evaluation.fixture.expected.notAPosting !== true);
    expect(postings.every((evaluation) => evaluation.tags !== null)).toBe(true);
    expect(scores.get('all')!.correct).toBeGreaterThan(200);
  });

  it('has precision of 0.9 or more and recall of 0.85 or more over all families', () => {
    expect(scores.get('all')!.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.get('all')!.recall).toBeGreaterThanOrEqual(0.85);
  });

  // Floors a little under the figures measured when they were set (see the README): a change that
  // costs a family several tags fails here, whatever the overall figure does.
  it.each([
    ['theme', THEME_FLOOR, THEME_FLOOR],
    ['region', 0.95, 0.95],
    ['contract', 0.95, 0.95],
    ['duration', 0.95, 0.95],
    ['seniority', 0.9, 0.9],
    ['workplace', 0.9, 0.9],
    ['language', 0.9, 0.9],
  ])('keeps %s precision and recall above their floors', (family, precision, recall) => {
    expect(scores.get(family)!.precision).toBeGreaterThanOrEqual(precision);
    expect(scores.get(family)!.recall).toBeGreaterThanOrEqual(recall);
  });
});

// The real-pages corpus is not in git: these floors hold where corpus/pages/ is present (a developer's
// machine), and the suite says it is skipped elsewhere. Measured 84.6% (tuning) and 78.4% (held-out) on 559 pages
// when set, the 50 newest pages not yet tuned on; 21 of 314 (tuning) and 15 of 194 (held-out) real postings refused.
const corpusPresent = corpusPagesPresent();
describe.skipIf(!corpusPresent)('extraction accuracy on real pages (corpus/)', () => {
  const run = corpusPresent ? evaluateCorpus() : { evaluations: [] };
  const share = (split: 'tuning' | 'held-out') => {
    const checks = run.evaluations.filter((evaluation) => evaluation.line.split === split).flatMap((evaluation) => evaluation.checks);
    return checks.filter((check) => check.ok).length / checks.length;
  };

  it('keeps its floors on the tuning and the held-out sites', () => {
    expect(share('tuning')).toBeGreaterThanOrEqual(0.845);
    expect(share('held-out')).toBeGreaterThanOrEqual(0.775);
  });

  it('refuses at most 8.5% of the real postings as "not a posting"', () => {
    for (const split of ['tuning', 'held-out'] as const) {
      const postings = run.evaluations.filter((evaluation) => evaluation.line.split === split && evaluation.line.kind === 'posting');
      expect(postings.filter((evaluation) => evaluation.refused).length / postings.length).toBeLessThanOrEqual(0.085);
    }
  });

  it('never gives a deadline where the page states none', () => {
    expect(run.evaluations.filter((evaluation) => evaluation.inventedDeadline).map((evaluation) => evaluation.line.id)).toEqual([]);
  });
});
