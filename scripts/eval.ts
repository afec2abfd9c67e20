/**
 * Extraction accuracy over every fixture, through the CLI's code path: `npm run eval` prints the
 * accuracy per field and per site and overall, and the tags' precision and recall per family against
 * the tags a reader wrote beside each fixture; `-- --failures` lists each mismatch;
 * `-- --update-baseline` records the (fixture, field) results that pass. The run fails when a result
 * that passes in the baseline fails now, so a fix for one site cannot silently break another.
 * When corpus/pages/ is present, the real-pages corpus is scored too (tuning and held-out sites apart;
 * `-- --corpus-only` for that part alone); the fixture figures are in-sample, the held-out ones are not.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateFixtures, scoreTags, type FixtureEvaluation, type TagScore } from '../test/support/fixtures';
import { corpusPagesPresent, evaluateCorpus, type CorpusEvaluation } from '../test/support/corpus';

const BASELINE_FILE = join(dirname(fileURLToPath(import.meta.url)), 'eval-baseline.json');

interface Tally {
  passed: number;
  total: number;
}

function tallyBy(evaluations: FixtureEvaluation[], key: (evaluation: FixtureEvaluation, field: string) => string): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const evaluation of evaluations) {
    for (const result of evaluation.results) {
      const tally = tallies.get(key(evaluation, result.field)) ?? { passed: 0, total: 0 };
      tally.total++;
      if (result.ok) tally.passed++;
      tallies.set(key(evaluation, result.field), tally);
    }
  }
  return new Map([...tallies].sort(([a], [b]) => a.localeCompare(b)));
}

const percent = ({ passed, total }: Tally) => `${((100 * passed) / total).toFixed(1)}%`;

function table(title: string, tallies: Map<string, Tally>): string {
  const rows = [`| ${title} | passed | total | accuracy |`, '|---|---:|---:|---:|'];
  for (const [name, tally] of tallies) rows.push(`| ${name} | ${tally.passed} | ${tally.total} | ${percent(tally)} |`);
  return rows.join('\n');
}

function tagTable(scores: TagScore[]): string {
  const rows = ['| tag family | correct | wrongly given | missed | precision | recall |', '|---|---:|---:|---:|---:|---:|'];
  for (const score of scores) {
    rows.push(`| ${score.family} | ${score.correct} | ${score.unexpected} | ${score.missed} | ${score.precision.toFixed(2)} | ${score.recall.toFixed(2)} |`);
  }
  return rows.join('\n');
}

const resultKey = (evaluation: FixtureEvaluation, field: string) => `${evaluation.fixture.site}/${evaluation.fixture.name} ${field}`;

type Split = CorpusEvaluation['line']['split'];
const SPLITS: Split[] = ['tuning', 'held-out'];

function corpusTally(evaluations: CorpusEvaluation[], split: Split, field: string): Tally {
  const checks = evaluations.filter((evaluation) => evaluation.line.split === split).flatMap((evaluation) => evaluation.checks);
  const matching = field === 'all fields' ? checks : checks.filter((check) => check.field === field);
  return { passed: matching.filter((check) => check.ok).length, total: matching.length };
}

const cell = (tally: Tally) => (tally.total === 0 ? '–' : `${tally.passed}/${tally.total} ${percent(tally)}`);

/** The real pages: figures per field for the tuning and the held-out sites; failures of tuning pages only. */
function reportCorpus(argv: string[]): void {
  if (!corpusPagesPresent()) {
    process.stdout.write('Real-pages corpus: corpus/pages/ is absent here (it is not in git; corpus/README.md says how to rebuild it), so it is skipped.\n');
    return;
  }
  const run = evaluateCorpus();
  const { evaluations } = run;
  const rows = ['| field | tuning | held-out |', '|---|---:|---:|'];
  const fields = Array.from(new Set(evaluations.flatMap((evaluation) => evaluation.checks.map((check) => check.field)))).sort();
  for (const field of [...fields, 'all fields']) rows.push(`| ${field} | ${SPLITS.map((split) => cell(corpusTally(evaluations, split, field))).join(' | ')} |`);
  const summary = SPLITS.map((split) => {
    const part = evaluations.filter((evaluation) => evaluation.line.split === split);
    const postings = part.filter((evaluation) => evaluation.line.kind === 'posting');
    const sites = new Set(part.map((evaluation) => evaluation.line.site)).size;
    const refused = postings.filter((evaluation) => evaluation.refused).length;
    const invented = postings.filter((evaluation) => evaluation.inventedDeadline).length;
    return `${split}: ${postings.length} postings and ${part.length - postings.length} other pages from ${sites} sites; real postings refused as "not a posting": ${refused}; deadlines given where the page states none: ${invented}`;
  });
  process.stdout.write(
    [
      `Real-pages corpus (corpus/): ${evaluations.length} pages${run.missingPages ? `, ${run.missingPages} labelled pages missing from corpus/pages/` : ''}${run.invalidLines.length ? `, invalid label lines: ${run.invalidLines.join(', ')}` : ''}`,
      ...summary,
      '',
      rows.join('\n'),
      '',
    ].join('\n'),
  );
  if (!argv.includes('--failures')) return;
  for (const evaluation of evaluations.filter((item) => item.line.split === 'tuning')) {
    const failed = evaluation.checks.filter((check) => !check.ok);
    const refusedPosting = evaluation.refused && evaluation.line.kind === 'posting';
    if (failed.length === 0 && !refusedPosting) continue;
    process.stdout.write(`CORPUS ${evaluation.line.id} (${evaluation.line.file})${refusedPosting ? ' refused as not a posting' : ''}\n`);
    for (const check of failed) process.stdout.write(`  ${check.field}: expected ${JSON.stringify(check.expected)}, actual ${JSON.stringify(check.actual)}\n`);
  }
}

function main(argv: string[]): number {
  if (argv.includes('--corpus-only')) {
    reportCorpus(argv);
    return 0;
  }
  const evaluations = evaluateFixtures();
  const overall = tallyBy(evaluations, () => 'all').get('all') ?? { passed: 0, total: 0 };
  const sites = new Set(evaluations.map((evaluation) => evaluation.fixture.site));
  process.stdout.write(
    [
      `${evaluations.length} fixtures from ${sites.size} sites; ${overall.total} field checks; overall accuracy ${percent(overall)}`,
      '',
      table('field', tallyBy(evaluations, (_, field) => field)),
      '',
      table('site', tallyBy(evaluations, (evaluation) => evaluation.fixture.site)),
      '',
      `Tags over ${evaluations.filter((evaluation) => evaluation.tags).length} postings:`,
      '',
      tagTable(scoreTags(evaluations)),
      '',
    ].join('\n'),
  );

  reportCorpus(argv);

  const failures = evaluations.flatMap((evaluation) =>
    evaluation.results.filter((result) => !result.ok).map((result) => ({ key: resultKey(evaluation, result.field), result })),
  );
  if (argv.includes('--failures')) {
    for (const { key, result } of failures) {
      process.stdout.write(`FAIL ${key}\n  expected ${JSON.stringify(result.expected)}\n  actual   ${JSON.stringify(result.actual)}\n`);
    }
    for (const { fixture, tags } of evaluations) {
      if (!tags || (tags.unexpected.length === 0 && tags.missed.length === 0)) continue;
      process.stdout.write(`TAGS ${fixture.site}/${fixture.name}\n  wrongly given ${tags.unexpected.join(', ') || '–'}\n  missed        ${tags.missed.join(', ') || '–'}\n`);
    }
  }

  const passing = evaluations.flatMap((evaluation) => evaluation.results.filter((result) => result.ok).map((result) => resultKey(evaluation, result.field)));
  if (argv.includes('--update-baseline')) {
    writeFileSync(BASELINE_FILE, `${JSON.stringify(passing.sort(), null, 1)}\n`);
    process.stdout.write(`Baseline updated: ${passing.length} passing results.\n`);
    return 0;
  }
  if (!existsSync(BASELINE_FILE)) {
    process.stdout.write('No baseline yet: run with --update-baseline to record one.\n');
    return 0;
  }
  const baseline = new Set(JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as string[]);
  const regressions = failures.filter(({ key }) => baseline.has(key));
  for (const { key, result } of regressions) {
    process.stderr.write(`REGRESSION ${key}: expected ${JSON.stringify(result.expected)}, got ${JSON.stringify(result.actual)}\n`);
  }
  return regressions.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
