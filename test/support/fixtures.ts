/**
 * Extraction fixtures, Zotero-style: test/fixtures/<site>/<name>.html|.txt with the expected fields
 * beside it in <name>.expected.json (dotted paths → values). Used by the unit tests and `npm run eval`.
 * The key "notAPosting" is special: true for pages that are not postings (a listing, an "about us"
 * page), compared with what notAPostingReason() says of the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFromHtml, urlOfFixture } from '../../lib/html';
import { pageFromText, postingFromPage } from '../../lib/pipeline';
import type { CollectedPage, Posting } from '../../lib/schema';
import { notAPostingReason } from '../../lib/understand';

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface Fixture {
  site: string;
  name: string;
  file: string;
  expected: Record<string, unknown>;
}

export function listFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const site of readdirSync(FIXTURES_DIR).sort()) {
    for (const file of readdirSync(join(FIXTURES_DIR, site)).sort()) {
      if (!/\.(html|txt)$/.test(file)) continue;
      const name = file.replace(/\.(html|txt)$/, '');
      const expectedFile = join(FIXTURES_DIR, site, `${name}.expected.json`);
      fixtures.push({ site, name, file: join(FIXTURES_DIR, site, file), expected: JSON.parse(readFileSync(expectedFile, 'utf8')) });
    }
  }
  return fixtures;
}

/** A fixture file as the collector would have gathered it. */
export function pageOfFixture(file: string): CollectedPage {
  const content = readFileSync(file, 'utf8');
  return file.endsWith('.html')
    ? pageFromHtml(content, urlOfFixture(content) ?? `file:///${basename(file)}`)
    : pageFromText(content, `file:///${basename(file)}`);
}

export function extractFixture(file: string): Posting {
  return postingFromPage(pageOfFixture(file));
}

function valueAt(posting: Posting, path: string): unknown {
  if (path === 'notAPosting') return notAPostingReason(posting) !== null;
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], posting);
}

/** Comparable form: languages without their raw text and in code order; whitespace collapsed. */
function normalise(path: string, value: unknown): unknown {
  if (path === 'languages' && Array.isArray(value)) {
    return value
      .map(({ code, level, required }: { code: string; level: string | null; required: boolean }) => ({ code, level, required }))
      .sort((a, b) => a.code.localeCompare(b.code));
  }
  if (path === 'apply.emails' && Array.isArray(value)) return [...value].sort();
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  return value ?? null;
}

/** The fields of a posting as an expected file writes them: dotted paths → comparable values. */
export function expectedFields(posting: Posting, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, normalise(field, valueAt(posting, field))]));
}

export interface FieldResult {
  field: string;
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

/** Every expectation of a fixture, with what the extractor read. */
export function compareFields(posting: Posting, expected: Record<string, unknown>): FieldResult[] {
  return Object.entries(expected)
    // Tags are scored apart, per family, by compareTags.
    .filter(([field]) => field !== 'tags')
    .map(([field, value]) => {
      const want = normalise(field, value);
      const got = normalise(field, valueAt(posting, field));
      return { field, ok: JSON.stringify(want) === JSON.stringify(got), expected: want, actual: got };
    });
}

/** The tags of one fixture against the ones a reader wrote beside it: found, wrongly given, missed. */
export interface TagComparison {
  correct: string[];
  unexpected: string[];
  missed: string[];
}

export function compareTags(posting: Posting, expectedTagIds: readonly string[]): TagComparison {
  const given = new Set(posting.tags.map((tag) => tag.id));
  const expected = new Set(expectedTagIds);
  return {
    correct: [...given].filter((id) => expected.has(id)).sort(),
    unexpected: [...given].filter((id) => !expected.has(id)).sort(),
    missed: [...expected].filter((id) => !given.has(id)).sort(),
  };
}

export interface FixtureEvaluation {
  fixture: Fixture;
  results: FieldResult[];
  /** Null for a fixture without expected tags. */
  tags: TagComparison | null;
}

/** Every fixture through the CLI's code path, compared field by field and tag by tag. */
export function evaluateFixtures(): FixtureEvaluation[] {
  return listFixtures().map((fixture) => {
    const posting = extractFixture(fixture.file);
    const expectedTags = fixture.expected.tags;
    return {
      fixture,
      results: compareFields(posting, fixture.expected),
      // A page that is not a posting is never saved, so its tags are never shown: nothing to score.
      tags: Array.isArray(expectedTags) && notAPostingReason(posting) === null ? compareTags(posting, expectedTags as string[]) : null,
    };
  });
}

export interface TagScore {
  family: string;
  correct: number;
  unexpected: number;
  missed: number;
  /** Of the tags given, the share a reader expects; 1 when none were given. */
  precision: number;
  /** Of the tags a reader expects, the share given; 1 when none were expected. */
  recall: number;
}

/** Precision and recall per tag family ("theme", "region"…) and over all families ("all"). */
export function scoreTags(evaluations: readonly FixtureEvaluation[]): TagScore[] {
  const counts = new Map<string, { correct: number; unexpected: number; missed: number }>();
  const count = (id: string, outcome: 'correct' | 'unexpected' | 'missed') => {
    for (const family of [id.slice(0, id.indexOf(':')), 'all']) {
      const tally = counts.get(family) ?? { correct: 0, unexpected: 0, missed: 0 };
      tally[outcome]++;
      counts.set(family, tally);
    }
  };
  for (const { tags } of evaluations) {
    if (!tags) continue;
    for (const outcome of ['correct', 'unexpected', 'missed'] as const) for (const id of tags[outcome]) count(id, outcome);
  }
  return [...counts]
    .map(([family, { correct, unexpected, missed }]) => ({
      family,
      correct,
      unexpected,
      missed,
      precision: correct + unexpected === 0 ? 1 : correct / (correct + unexpected),
      recall: correct + missed === 0 ? 1 : correct / (correct + missed),
    }))
    .sort((a, b) => (a.family === 'all' ? 1 : b.family === 'all' ? -1 : a.family.localeCompare(b.family)));
}
