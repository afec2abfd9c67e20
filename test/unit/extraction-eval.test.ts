import { describe, expect, it } from 'vitest';
import { evaluateFixtures } from '../support/fixtures';

const evaluations = evaluateFixtures();

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
