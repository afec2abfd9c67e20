import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PostingSchema } from '../../lib/schema';
import { docxFromText, encryptedPdf, oversizedPdf, pdfFromText, scannedPdf } from '../support/documents';

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, ['cli/run.mjs', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'vacancy-cli-documents-'));
const file = (name: string) => join(scratch, name);

beforeAll(async () => {
  const tor = readFileSync('test/fixtures/civipol/seed-002-tor-victim-protection.txt', 'utf8');
  const offer = readFileSync('test/fixtures/france-volontaires/seed-004-vsi-oeco.txt', 'utf8');
  writeFileSync(file('tor.pdf'), await pdfFromText(tor));
  writeFileSync(file('offre.docx'), await docxFromText(offer));
  writeFileSync(file('scan.pdf'), await scannedPdf());
  writeFileSync(file('locked.pdf'), encryptedPdf());
  writeFileSync(file('huge.pdf'), oversizedPdf(50));
});

describe('the extract CLI on documents', () => {
  it('reads a PDF ToR (exit 0) and honours --url', () => {
    const { code, stdout, stderr } = extract('--url', 'https://www.civipol.fr/files/tor.pdf', file('tor.pdf'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const posting = PostingSchema.parse(JSON.parse(stdout));
    expect(posting.url).toBe('https://www.civipol.fr/files/tor.pdf');
    expect(posting.deadline.instant).toBe('2025-02-17T16:00:00Z');
  });

  it('reads a Word offer (exit 0)', () => {
    const { code, stdout } = extract(file('offre.docx'));
    expect(code).toBe(0);
    const posting = PostingSchema.parse(JSON.parse(stdout));
    expect(posting.title).toBe('Appui au développement de la coopération française à l’OECO');
    expect(posting.deadline.date).toBe('2025-03-09');
  });

  it('prints a scan as a posting named after its file, and says it has no text layer (exit 3)', () => {
    const { code, stdout, stderr } = extract(file('scan.pdf'));
    expect(code).toBe(3);
    expect(PostingSchema.parse(JSON.parse(stdout)).title).toBe('scan');
    expect(stderr).toMatch(/has no text layer/);
  });

  for (const [name, message] of [
    ['locked.pdf', /locked\.pdf is protected by a password/],
    ['huge.pdf', /huge\.pdf weighs 50 MB: documents over 20 MB are not read/],
  ] as const) {
    it(`refuses ${name} with one line and no output (exit 2)`, () => {
      const { code, stdout, stderr } = extract(file(name));
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    });
  }
});
