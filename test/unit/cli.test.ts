import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PostingSchema } from '../../lib/schema';

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, ['cli/run.mjs', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'vacancy-cli-'));

describe('the extract CLI', () => {
  it('prints a valid Posting for a saved page, the URL taken from the fixture comment', () => {
    const { code, stdout, stderr } = extract('test/fixtures/expertise-france/seed-001-ecuador-environmental-crime.html');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const posting = PostingSchema.parse(JSON.parse(stdout));
    expect(posting.site).toBe('expertise-france');
    expect(posting.deadline).toMatchObject({ date: '2025-10-29', time: '23:55', timeZone: 'Europe/Paris' });
  });

  it('reads a text document and honours --url', () => {
    const { code, stdout } = extract('--url', 'https://www.civipol.fr/offres/tor-expert-mentor', 'test/fixtures/civipol/seed-002-tor-victim-protection.txt');
    expect(code).toBe(0);
    const posting = JSON.parse(stdout);
    expect(posting.url).toBe('https://www.civipol.fr/offres/tor-expert-mentor');
    expect(posting.deadline.instant).toBe('2025-02-17T16:00:00Z');
  });

  it('fails with one clear line for a missing file', () => {
    const { code, stdout, stderr } = extract(join(scratch, 'missing.html'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/cannot read .*ENOENT/);
  });

  it('fails with one clear line for an empty file', () => {
    const empty = join(scratch, 'empty.html');
    writeFileSync(empty, '  \n');
    const { code, stderr } = extract(empty);
    expect(code).toBe(2);
    expect(stderr).toMatch(/empty/);
  });

  it('refuses an unsupported file type', () => {
    const other = join(scratch, 'posting.xlsx');
    writeFileSync(other, 'PK');
    const { code, stderr } = extract(other);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unsupported file type/);
  });

  it('says "no posting found" for a page that is not a posting, inventing no field', () => {
    const page = join(scratch, 'about.html');
    writeFileSync(page, '<html><head><title>About</title></head><body><h1>About our team</h1><p>We support NGOs in Dakar since 2004.</p></body></html>');
    const { code, stdout, stderr } = extract('--url', 'https://ngo.example.org/about', page);
    expect(code).toBe(3);
    expect(stderr).toMatch(/shows none of a posting’s fields/);
    const posting = JSON.parse(stdout);
    expect(posting.deadline.date).toBeNull();
    expect(posting.contract.type).toBeNull();
    expect(posting.duration).toMatchObject({ days: null, months: null });
  });
});
