import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PostingSchema } from '../../lib/schema';
import { pdfFromText } from '../support/documents';

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, ['cli/run.mjs', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  const lines = run.stdout.split('\n').filter((line) => line !== '');
  return { code: run.status, stderr: run.stderr, objects: lines.map((line) => JSON.parse(line) as Record<string, unknown> & { path: string; exit: number }) };
}

const FIXTURE = 'test/fixtures/expertise-france/seed-001-ecuador-environmental-crime.html';
const TOR = 'test/fixtures/civipol/seed-002-tor-victim-protection.txt';
const scratch = mkdtempSync(join(tmpdir(), 'vacancy-cli-batch-'));
const good = join(scratch, 'good');
const mixed = join(scratch, 'mixed');

beforeAll(async () => {
  // good/: a fixture page (URL in its first-line comment), and in a subfolder a ToR whose address
  // sits in a sidecar, a PDF with its own `.pdf.url`, and a file of another kind that is not read.
  mkdirSync(join(good, 'tors'), { recursive: true });
  copyFileSync(FIXTURE, join(good, 'offer.html'));
  copyFileSync(TOR, join(good, 'tors', 'victims.txt'));
  writeFileSync(join(good, 'tors', 'victims.url'), 'https://www.civipol.fr/offres/tor-expert-mentor\n');
  writeFileSync(join(good, 'tors', 'victims-copy.pdf'), await pdfFromText(readFileSync(TOR, 'utf8')));
  writeFileSync(join(good, 'tors', 'victims-copy.pdf.url'), '[InternetShortcut]\r\nURL=https://www.civipol.fr/files/tor.pdf\r\n');
  writeFileSync(join(good, 'tors', 'notes.xlsx'), 'PK');
  // mixed/: a page that is not a posting and an empty one, beside a good one.
  mkdirSync(mixed);
  copyFileSync(FIXTURE, join(mixed, 'a-offer.html'));
  writeFileSync(join(mixed, 'b-about.html'), '<html><head><title>About</title></head><body><h1>About our team</h1><p>We support NGOs in Dakar since 2004.</p></body></html>');
  writeFileSync(join(mixed, 'c-empty.html'), '  \n');
});

describe('the extract CLI on many files', () => {
  it('walks a folder and prints one JSON line per supported file, in name order, each URL from its comment or sidecar (exit 0)', () => {
    const { code, stderr, objects } = extract(good);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(objects.map((object) => object.path)).toEqual([join(good, 'offer.html'), join(good, 'tors', 'victims-copy.pdf'), join(good, 'tors', 'victims.txt')]);
    for (const object of objects) expect(object.exit).toBe(0);
    const [offer, pdf, text] = objects.map((object) => PostingSchema.parse(object.posting));
    expect(offer!.url).toMatch(/^https:\/\/expertise-france\.gestmax\.fr\/14079\//);
    expect(offer!.deadline).toMatchObject({ date: '2025-10-29', time: '23:55', timeZone: 'Europe/Paris' });
    expect(pdf!.url).toBe('https://www.civipol.fr/files/tor.pdf');
    expect(text!.url).toBe('https://www.civipol.fr/offres/tor-expert-mentor');
    expect(text!.deadline.instant).toBe('2025-02-17T16:00:00Z');
  });

  it('goes on past files that fail, each as an object with its exit code and reason, and exits with the most serious (2)', () => {
    const missing = join(scratch, 'missing.html');
    const { code, objects } = extract(mixed, missing);
    expect(code).toBe(2);
    expect(objects.map(({ path, exit }) => [path, exit])).toEqual([
      [join(mixed, 'a-offer.html'), 0],
      [join(mixed, 'b-about.html'), 3],
      [join(mixed, 'c-empty.html'), 2],
      [missing, 2],
    ]);
    const [, about, empty, absent] = objects;
    expect(about!.reason).toMatch(/shows none of a posting’s fields/);
    expect(PostingSchema.parse(about!.posting).deadline.date).toBeNull();
    expect(empty).toEqual({ path: join(mixed, 'c-empty.html'), exit: 2, error: expect.stringMatching(/is empty/) });
    expect(absent!.error).toMatch(/cannot read .*ENOENT/);
  });

  it('exits 3 when every file was read but some are not postings', () => {
    const { code, objects } = extract(join(mixed, 'a-offer.html'), join(mixed, 'b-about.html'));
    expect(code).toBe(3);
    expect(objects.map((object) => object.exit)).toEqual([0, 3]);
  });

  it('gives a lone file in a folder as a JSON line too, and its sidecar URL to a single file', () => {
    const folder = join(scratch, 'one');
    mkdirSync(folder);
    copyFileSync(TOR, join(folder, 'tor.txt'));
    writeFileSync(join(folder, 'tor.url'), 'https://www.civipol.fr/offres/tor-expert-mentor');
    const batch = extract(folder);
    expect(batch.objects).toHaveLength(1);
    expect(batch.objects[0]).toMatchObject({ path: join(folder, 'tor.txt'), exit: 0 });
    const single = spawnSync(process.execPath, ['cli/run.mjs', join(folder, 'tor.txt')], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    expect(single.status).toBe(0);
    expect(JSON.parse(single.stdout).url).toBe('https://www.civipol.fr/offres/tor-expert-mentor');
  });

  it('refuses --url with several files, and a folder with nothing to read (exit 2, one line)', () => {
    const withUrl = extract('--url', 'https://example.org/', join(mixed, 'a-offer.html'), join(mixed, 'b-about.html'));
    expect(withUrl.code).toBe(2);
    expect(withUrl.objects).toEqual([]);
    expect(withUrl.stderr).toMatch(/--url names the address of one file/);
    const nothing = join(scratch, 'nothing');
    mkdirSync(nothing);
    writeFileSync(join(nothing, 'notes.xlsx'), 'PK');
    const empty = extract(nothing);
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim().split('\n')).toHaveLength(1);
    expect(empty.stderr).toMatch(/no \.html, .* file in/);
  });
});
