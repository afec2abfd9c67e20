/**
 * The real-pages corpus (corpus/README.md): pages written by others, kept out of git in corpus/pages/,
 * with the fields a reader sees on each in corpus/labels/*.jsonl. Each page goes through the CLI's code
 * path with its real URL, and each labelled field is scored. Pages of held-out sites are scored like the
 * others but never listed one by one, so nobody tunes on them by reading their failures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { pageFromHtml } from '../../lib/html';
import { pageFromText, postingFromPage } from '../../lib/pipeline';
import { CONTRACT_TYPES, type Posting } from '../../lib/schema';
import { fold } from '../../lib/text';
import { notAPostingReason } from '../../lib/understand';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');

const CorpusLineSchema = z.object({
  id: z.string(),
  file: z.string(),
  url: z.string(),
  found: z.string(),
  site: z.string(),
  lang: z.enum(['fr', 'en', 'es']),
  split: z.enum(['tuning', 'held-out']),
  kind: z.enum(['posting', 'not-posting']),
  fields: z
    .object({
      title: z.string().nullable().optional(),
      organization: z.union([z.string(), z.array(z.string())]).nullable().optional(),
      reference: z.string().nullable().optional(),
      country: z.string().nullable().optional(),
      city: z.string().nullable().optional(),
      deadline: z.object({ date: z.string(), time: z.string().nullable().optional() }).nullable().optional(),
      contract: z.enum(CONTRACT_TYPES).nullable().optional(),
      duration: z.object({ days: z.number().optional(), months: z.number().optional() }).nullable().optional(),
    })
    .default({}),
  notes: z.string().optional(),
});
export type CorpusLine = z.infer<typeof CorpusLineSchema>;

export interface CorpusCheck {
  field: string;
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

export interface CorpusEvaluation {
  line: CorpusLine;
  refused: boolean;
  /** A deadline read where the page states none. */
  inventedDeadline: boolean;
  checks: CorpusCheck[];
}

export interface CorpusRun {
  evaluations: CorpusEvaluation[];
  missingPages: number;
  invalidLines: string[];
}

/** The labelled lines; invalid ones are reported, never scored. */
export function readCorpusLabels(): { lines: CorpusLine[]; invalid: string[] } {
  const labelsDir = join(CORPUS_DIR, 'labels');
  const lines: CorpusLine[] = [];
  const invalid: string[] = [];
  if (!existsSync(labelsDir)) return { lines, invalid };
  for (const file of readdirSync(labelsDir).filter((name) => name.endsWith('.jsonl')).sort()) {
    readFileSync(join(labelsDir, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        if (text.trim() === '') return;
        try {
          lines.push(CorpusLineSchema.parse(JSON.parse(text)));
        } catch {
          invalid.push(`${file}:${index + 1}`);
        }
      });
  }
  return { lines, invalid };
}

export function corpusPagesPresent(): boolean {
  const pagesDir = join(CORPUS_DIR, 'pages');
  return existsSync(pagesDir) && readdirSync(pagesDir).length > 0;
}

function extractCorpusPage(line: CorpusLine, content: string): Posting {
  const page = /\.html?$/.test(line.file) ? pageFromHtml(content, line.url) : pageFromText(content, line.url);
  return postingFromPage(page);
}

// Apostrophes join a name's parts ("N'Djamena" is "Ndjamena"); other punctuation separates words.
const comparable = (value: string) =>
  fold(value)
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Equal once case, accents and punctuation are set aside, or one holds the other almost whole. */
export function sameText(expected: string, actual: string | null): boolean {
  if (!actual) return false;
  const want = comparable(expected);
  const got = comparable(actual);
  if (want === got) return true;
  const [shorter, longer] = want.length <= got.length ? [want, got] : [got, want];
  return shorter.length > 0 && longer.includes(shorter) && shorter.length >= 0.7 * longer.length;
}

// "Recrutement d'un expert" and "Expert" name one role: the lead-in is the page's wording, not the title's.
const TITLE_LEAD_IN = /^(?:avis de )?(?:recrutement|recruitment|contratacion|hiring) (?:dun e |dun |dune |de un |de una |of an |of a |of )?/;

function sameTitle(expected: string, actual: string | null): boolean {
  if (sameText(expected, actual)) return true;
  const bare = (text: string) => comparable(text).replace(TITLE_LEAD_IN, '');
  return actual !== null && bare(expected) === bare(actual);
}

const compactReference = (value: string) => fold(value).replace(/[^\p{L}\p{N}]/gu, '');

function durationMatches(expected: { days?: number; months?: number }, actual: Posting['duration']): boolean {
  if (expected.days !== undefined && actual.days === expected.days) return true;
  if (expected.months !== undefined && actual.months === expected.months) return true;
  // A month of working time is written as 20 to 22 days, of calendar time as 30.
  if (expected.months !== undefined && actual.days !== null) return Math.abs(actual.days - expected.months * 30) <= 2;
  if (expected.days !== undefined && actual.months !== null) return Math.abs(actual.months * 30 - expected.days) <= 2;
  return false;
}

/** One check per labelled field. A null label counts where saying nothing is the right answer. */
export function scoreCorpusPosting(line: CorpusLine, posting: Posting): CorpusCheck[] {
  const fields = line.fields;
  const checks: CorpusCheck[] = [];
  const check = (field: string, ok: boolean, expected: unknown, actual: unknown) => checks.push({ field, ok, expected, actual });
  if (fields.title) check('title', sameTitle(fields.title, posting.title), fields.title, posting.title);
  if (fields.organization) {
    const forms = [fields.organization].flat();
    check('organization', forms.some((form) => sameText(form, posting.organization)), forms, posting.organization);
  }
  if (fields.reference !== undefined) {
    const ok = fields.reference === null ? posting.reference === null : posting.reference !== null && compactReference(fields.reference) === compactReference(posting.reference);
    check('reference', ok, fields.reference, posting.reference);
  }
  if (fields.country !== undefined) check('country', (fields.country ?? null) === posting.location.country, fields.country, posting.location.country);
  if (fields.city) check('city', sameText(fields.city, posting.location.city), fields.city, posting.location.city);
  if (fields.deadline !== undefined) {
    const expected = fields.deadline?.date ?? null;
    check('deadline.date', expected === posting.deadline.date, expected, posting.deadline.date);
    if (fields.deadline?.time) check('deadline.time', fields.deadline.time === posting.deadline.time, fields.deadline.time, posting.deadline.time);
  }
  if (fields.contract) check('contract', fields.contract === posting.contract.type, fields.contract, posting.contract.type);
  if (fields.duration) check('duration', durationMatches(fields.duration, posting.duration), fields.duration, { days: posting.duration.days, months: posting.duration.months });
  check('postingLanguage', line.lang === posting.postingLanguage, line.lang, posting.postingLanguage);
  return checks;
}

export function evaluateCorpus(): CorpusRun {
  const { lines, invalid } = readCorpusLabels();
  const evaluations: CorpusEvaluation[] = [];
  let missingPages = 0;
  for (const line of lines) {
    const path = join(CORPUS_DIR, 'pages', line.file);
    if (!existsSync(path)) {
      missingPages++;
      continue;
    }
    const posting = extractCorpusPage(line, readFileSync(path, 'utf8'));
    const refused = notAPostingReason(posting) !== null;
    if (line.kind === 'not-posting') {
      evaluations.push({ line, refused, inventedDeadline: false, checks: [{ field: 'not a posting', ok: refused, expected: true, actual: refused }] });
      continue;
    }
    const inventedDeadline = line.fields.deadline === null && posting.deadline.date !== null;
    evaluations.push({ line, refused, inventedDeadline, checks: scoreCorpusPosting(line, posting) });
  }
  return { evaluations, missingPages, invalidLines: invalid };
}
