import { describe, expect, it } from 'vitest';
import { compareFields, extractFixture, listFixtures } from '../support/fixtures';
import { PostingSchema } from '../../lib/schema';

const fixtures = listFixtures();

describe('extraction fixtures', () => {
  it('has fixtures to compare', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });

  for (const fixture of fixtures) {
    describe(`${fixture.site}/${fixture.name}`, () => {
      const posting = extractFixture(fixture.file);
      it('is a valid Posting', () => {
        expect(() => PostingSchema.parse(posting)).not.toThrow();
      });
      for (const result of compareFields(posting, fixture.expected)) {
        it(result.field, () => {
          expect(result.actual).toEqual(result.expected);
        });
      }
    });
  }
});
