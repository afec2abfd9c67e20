import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFixture } from '../../scripts/new-fixture';
import { compareFields, extractFixture, listFixtures } from '../support/fixtures';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'new-fixture-test-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A fixture's page as a user saves it from the browser: without the fixture's first-line comment. */
function savedPage(site: string, name: string, savedAs: string): { url: string; file: string } {
  const fixture = listFixtures().find((candidate) => candidate.site === site && candidate.name === name)!;
  const [comment, ...rest] = readFileSync(fixture.file, 'utf8').split('\n');
  const file = join(work, savedAs);
  writeFileSync(file, rest.join('\n'));
  return { url: JSON.parse(comment!.replace(/^<!--|-->$/g, '')).url, file };
}

describe('npm run new-fixture', () => {
  it("writes the page under its adapter's folder with its URL, and a draft that agrees with the reviewed expected file", () => {
    const { url, file } = savedPage('devex', 'idlo-evaluation-consultant-bangui', 'IDLO Évaluation consultant.html');
    const written = writeFixture(url, file, join(work, 'fixtures'));
    expect(written.page).toBe(join(work, 'fixtures', 'devex', 'idlo-evaluation-consultant.html'));
    expect(readFileSync(written.page, 'utf8').split('\n')[0]).toBe(`<!-- {"url": "${url}"} -->`);
    const draft = JSON.parse(readFileSync(written.expected, 'utf8'));
    expect(draft.site).toBe('devex');
    const reviewed = listFixtures().find((fixture) => fixture.name === 'idlo-evaluation-consultant-bangui')!.expected;
    for (const [field, value] of Object.entries(reviewed)) expect(draft[field], field).toEqual(value);
    // The fixture test reads the new files alike: every field of the draft passes.
    expect(compareFields(extractFixture(written.page), draft).filter((result) => !result.ok)).toEqual([]);
  });

  it('says when a page is not a posting, and never overwrites a fixture', () => {
    const { url, file } = savedPage('generic', 'about-us-ngo', 'about.html');
    const written = writeFixture(url, file, join(work, 'fixtures'));
    const draft = JSON.parse(readFileSync(written.expected, 'utf8'));
    expect(written.page).toContain(join('fixtures', 'generic', 'about.html'));
    expect(draft).toMatchObject({ site: 'example-ngo.org', notAPosting: true, tags: [] });
    expect(() => writeFixture(url, file, join(work, 'fixtures'))).toThrow(/exists already/);
    expect(existsSync(join(work, 'fixtures', 'generic', 'about.expected.json'))).toBe(true);
  });
});
