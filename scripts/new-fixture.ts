/**
 * A new extraction fixture from a saved page: `npm run new-fixture -- URL FILE` copies FILE (.html,
 * .htm or .txt) to test/fixtures/<site>/<name>.html|.txt, the page's URL in its first-line comment, and
 * writes <name>.expected.json beside it from what the extractor reads now. <site> is the adapter that
 * read the page, or generic/ when none did. The expected file is a draft: a person reads the page and
 * corrects every value the extractor got wrong before committing it (README, "Add a board").
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_ADAPTERS } from '../lib/sites';
import { notAPostingReason } from '../lib/understand';
import { FIXTURES_DIR, expectedFields, extractFixture } from '../test/support/fixtures';

const USAGE = 'usage: npm run new-fixture -- URL FILE(.html|.htm|.txt)';

/** What an expected file states for a posting, in this order. */
export const POSTING_FIELDS = [
  'site', 'title', 'organization', 'reference', 'location.country', 'location.city', 'location.remote',
  'deadline.date', 'deadline.time', 'deadline.timeZone', 'deadline.instant', 'published.date', 'contract.type',
  'duration.days', 'duration.months', 'duration.term', 'languages', 'experienceYears', 'education.level',
  'apply.emails', 'apply.subject', 'apply.url', 'postingLanguage',
] as const;
/** For a page that is not a posting: that it is not, and that no posting's fields were read from it. */
const NOT_A_POSTING_FIELDS = ['deadline.date', 'contract.type', 'duration.months', 'experienceYears'] as const;

/** A fixture's name from its file's: lower case, words joined by "-". */
function fixtureName(file: string): string {
  return basename(file, extname(file))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const inline = (value: unknown): string =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? `{ ${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${JSON.stringify(item)}`).join(', ')} }`
    : Array.isArray(value)
      ? `[${value.map(inline).join(', ')}]`
      : JSON.stringify(value);

/** The layout of the expected files: one field a line, a list of objects one object a line. */
function formatExpected(expected: Record<string, unknown>): string {
  const lines = Object.entries(expected).map(([key, value]) =>
    Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')
      ? `  ${JSON.stringify(key)}: [\n${value.map((item) => `    ${inline(item)}`).join(',\n')}\n  ]`
      : `  ${JSON.stringify(key)}: ${inline(value)}`,
  );
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Writes the fixture and its draft expected file; returns their paths. Never overwrites a fixture. */
export function writeFixture(url: string, file: string, fixturesDir = FIXTURES_DIR): { page: string; expected: string } {
  const extension = extname(file).toLowerCase();
  if (!['.html', '.htm', '.txt'].includes(extension)) throw new Error(`${file}: expected a .html, .htm or .txt file. ${USAGE}`);
  if (!/^https?:\/\//.test(url)) throw new Error(`${url}: expected the page's http(s) address. ${USAGE}`);
  const content = readFileSync(file, 'utf8').replace(/^<!--\s*\{"url":[^\n]*-->\n/, '');
  const isText = extension === '.txt';
  const draftDir = mkdtempSync(join(tmpdir(), 'new-fixture-'));
  const draft = join(draftDir, `${fixtureName(file)}${isText ? '.txt' : '.html'}`);
  let posting;
  try {
    // A text file has no place for its address: the fixture test reads it as the CLI reads a .txt file.
    writeFileSync(draft, isText ? content : `<!-- {"url": ${JSON.stringify(url)}} -->\n${content}`);
    // Read exactly as the fixture test will read it, so that the draft matches what the test compares.
    posting = extractFixture(draft);
  } finally {
    rmSync(draftDir, { recursive: true, force: true });
  }
  const adapterIds = new Set(SITE_ADAPTERS.map((adapter) => adapter.id));
  const folder = posting.site !== null && adapterIds.has(posting.site) ? posting.site : 'generic';
  const page = join(fixturesDir, folder, basename(draft));
  const expectedFile = page.replace(/\.(html|txt)$/, '.expected.json');
  if (existsSync(page) || existsSync(expectedFile)) throw new Error(`${page} exists already: choose another file name.`);

  const isPosting = notAPostingReason(posting) === null;
  const expected = isPosting
    ? { ...expectedFields(posting, POSTING_FIELDS), tags: posting.tags.map((tag) => tag.id).sort() }
    : // A page that is not a posting is never tagged: there are no tags to expect.
      { site: posting.site, notAPosting: true, ...expectedFields(posting, NOT_A_POSTING_FIELDS), tags: [] };
  mkdirSync(join(fixturesDir, folder), { recursive: true });
  writeFileSync(page, isText ? content : `<!-- {"url": ${JSON.stringify(url)}} -->\n${content}`);
  writeFileSync(expectedFile, formatExpected(expected));
  return { page, expected: expectedFile };
}

function main(argv: string[]): number {
  if (argv.length !== 2) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const written = writeFixture(argv[0]!, resolve(argv[1]!));
    process.stdout.write(
      `Wrote ${written.page}\nand ${written.expected}\n` +
        'Read the page and correct every value of the expected file the extractor got wrong, then run npx vitest run test/unit/extraction-fixtures.test.ts.\n',
    );
    return 0;
  } catch (error) {
    process.stderr.write(`new-fixture: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
