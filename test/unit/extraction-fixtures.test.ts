import { describe, expect, it } from 'vitest';
import { compareFields, extractFixture, listFixtures } from '../support/fixtures';
import { PostingSchema } from '../../lib/schema';
import { notAPostingReason } from '../../lib/understand';
import { isHomeBased } from '../../lib/extract/location';

const fixtures = listFixtures();

describe('extraction fixtures', () => {
  it('has fixtures to compare, postings and pages that are not', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(new Set(fixtures.map((fixture) => fixture.site)).size).toBeGreaterThanOrEqual(14);
    expect(fixtures.filter((fixture) => fixture.expected.notAPosting === true).length).toBeGreaterThanOrEqual(2);
  });

  it("every fixture states the site that reads it: its folder's adapter, or a host name under generic/", () => {
    for (const fixture of fixtures) {
      const { site, notAPosting } = fixture.expected;
      const where = `${fixture.site}/${fixture.name}`;
      expect(typeof site, where).toBe('string');
      if (fixture.site === 'generic') expect(site, where).toContain('.');
      // A page that is not a posting may be left to the generic readers (a board's listing page).
      else if (notAPosting !== true) expect(site, where).toBe(fixture.site);
    }
  });

  for (const fixture of fixtures) {
    describe(`${fixture.site}/${fixture.name}`, () => {
      const posting = extractFixture(fixture.file);
      it('is a valid Posting', () => {
        expect(() => PostingSchema.parse(posting)).not.toThrow();
      });
      if (fixture.expected.notAPosting === true) {
        it('is said not to be a posting', () => {
          expect(notAPostingReason(posting)?.code).toMatch(/^notPosting/);
        });
      } else {
        it('reads as a posting', () => {
          expect(notAPostingReason(posting)).toBeNull();
        });
      }
      for (const result of compareFields(posting, fixture.expected).filter((item) => item.field !== 'notAPosting')) {
        it(result.field, () => {
          expect(result.actual).toEqual(result.expected);
        });
      }
    });
  }
});

describe('home-based work', () => {
  it('is read from the text, but not from a board field that answers "No"', () => {
    expect(isHomeBased('Duty station: Dakar (home-based)')).toBe(true);
    expect(isHomeBased('Remote work accepted: Yes')).toBe(true);
    expect(isHomeBased('Remote work accepted\nNo')).toBe(false);
    expect(isHomeBased('Télétravail : non')).toBe(false);
    expect(isHomeBased('Based in Maiduguri, with field travel')).toBe(false);
    expect(isHomeBased('Home-based, no travel required.')).toBe(true);
    expect(isHomeBased('Duty station: Home based (no relocation)')).toBe(true);
    expect(isHomeBased('Teletrabajo: no')).toBe(false);
  });
});
