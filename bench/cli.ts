/**
 * The built CLI: start-up for one file against node's own start-up, and one call over 50 pages
 * against the same pages read in this process (the work itself, without start-up).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractFile } from '../cli/extract-file';
import { listFixtures } from '../test/support/fixtures';
import { median, ms, ratio, record } from './table';

const BATCH_SIZE = 50;
const CLI_ENTRY = '.output/cli/extract.mjs';
const ONE_FILE = 'test/fixtures/expertise-france/seed-001-ecuador-environmental-crime.html';

function wallTime(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: 'UTC' } });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return elapsed;
}

export async function cliTimes() {
  execFileSync(process.execPath, ['cli/build.mjs'], { stdio: 'inherit' });
  const empty = join(mkdtempSync(join(tmpdir(), 'vacancy-bench-cli-')), 'empty.mjs');
  writeFileSync(empty, '');
  const startUps: number[] = [];
  const nodeAlone: number[] = [];
  for (let run = 0; run < 9; run++) {
    nodeAlone.push(wallTime([empty]));
    startUps.push(wallTime([CLI_ENTRY, ONE_FILE]));
  }
  record('CLI: one file, process start to exit, median of 9', ms(median(startUps)), {
    floor: ms(median(nodeAlone)),
    ratio: ratio(median(startUps), median(nodeAlone)),
    note: 'floor: node running an empty module; target < 300 ms (npm run adds its own start-up)',
  });

  // The fixture pages and texts, taken in turn until there are 50.
  const files = listFixtures().map((fixture) => fixture.file);
  const batch = Array.from({ length: BATCH_SIZE }, (_, index) => files[index % files.length]!);
  const inProcess = async () => {
    const start = performance.now();
    for (const file of batch) await extractFile(resolve(file), file, null, pathToFileURL(resolve(file)).toString());
    return performance.now() - start;
  };
  await inProcess();
  const work = await inProcess();
  const start = performance.now();
  const run = spawnSync(process.execPath, [CLI_ENTRY, ...batch], { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, TZ: 'UTC' } });
  const elapsed = performance.now() - start;
  const lines = run.stdout.toString().trim().split('\n');
  if (lines.length !== BATCH_SIZE) throw new Error(`the batch printed ${lines.length} lines for ${BATCH_SIZE} files`);
  record(`CLI: ${BATCH_SIZE} pages in one call (fixtures, JSON Lines)`, ms(elapsed), {
    floor: ms(median(nodeAlone) + work),
    ratio: ratio(elapsed, median(nodeAlone) + work),
    note: 'floor: node start-up + the same files read in this warmed-up process; target < 8 s',
  });
}
