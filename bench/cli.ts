/**
 * The built CLI: start-up for one file against node's own start-up, and one call over 50 pages
 * against the same pages read in this process (the work itself, without start-up).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractFile } from '../cli/extract-file';
import { listFixtures } from '../test/support/fixtures';
import { median, ms, ratio, record } from './table';

const BATCH_SIZE = 50;
const CLI_ENTRY = '.output/cli/extract.mjs';
/** A saved page (linkedom and Readability load) and a text (they do not). */
const ONE_FILE = ['test/fixtures/expertise-france/seed-001-ecuador-environmental-crime.html', 'test/fixtures/civipol/seed-002-tor-victim-protection.txt'];

/**
 * The CPU time (user + system) of the children this process has waited for, from Linux's
 * /proc/self/stat (clock ticks of 10 ms); null elsewhere. On a loaded machine a process waits for a
 * core: its CPU time is what its wall time would be on an idle one.
 */
function childrenCpu(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

function timed(args: string[], options: { maxBuffer?: number } = {}) {
  const cpuBefore = childrenCpu();
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'UTC' }, ...options });
  const wall = performance.now() - start;
  const cpuAfter = childrenCpu();
  return { run, wall, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

function wallAndCpu(args: string[]) {
  const { run, wall, cpu } = timed(args);
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return { wall, cpu };
}

export async function cliTimes() {
  execFileSync(process.execPath, ['cli/build.mjs'], { stdio: 'inherit' });
  const empty = join(mkdtempSync(join(tmpdir(), 'vacancy-bench-cli-')), 'empty.mjs');
  writeFileSync(empty, '');
  const nodeAlone: Array<{ wall: number; cpu: number | null }> = [];
  const startUps = new Map(ONE_FILE.map((file) => [file, [] as Array<{ wall: number; cpu: number | null }>]));
  // Interleaved, so that the machine's load falls on the floor and on each kind of file alike.
  for (let run = 0; run < 9; run++) {
    nodeAlone.push(wallAndCpu([empty]));
    for (const [file, runs] of startUps) runs.push(wallAndCpu([CLI_ENTRY, file]));
  }
  const nodeWall = median(nodeAlone.map((run) => run.wall));
  for (const [file, runs] of startUps) {
    const kind = file.slice(file.lastIndexOf('.'));
    const wall = median(runs.map((run) => run.wall));
    record(`CLI: one ${kind} file, process start to exit, median of 9`, ms(wall), {
      floor: ms(nodeWall),
      ratio: ratio(wall, nodeWall),
      note: 'floor: node running an empty module; target < 300 ms (npm run adds its own start-up)',
    });
    if (runs.every((run) => run.cpu !== null) && nodeAlone.every((run) => run.cpu !== null)) {
      const cpu = median(runs.map((run) => run.cpu!));
      const nodeCpu = median(nodeAlone.map((run) => run.cpu!));
      record(`CLI: one ${kind} file, CPU time (user + system), median of 9`, ms(cpu), { floor: ms(nodeCpu), ratio: ratio(cpu, nodeCpu), note: 'what the wall time comes to on an idle machine' });
    }
  }

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
  const { run, wall: elapsed, cpu } = timed([CLI_ENTRY, ...batch], { maxBuffer: 256 * 1024 * 1024 });
  const lines = run.stdout.toString().trim().split('\n');
  if (lines.length !== BATCH_SIZE) throw new Error(`the batch printed ${lines.length} lines for ${BATCH_SIZE} files`);
  record(`CLI: ${BATCH_SIZE} pages in one call (fixtures, JSON Lines)`, ms(elapsed), {
    floor: ms(nodeWall + work),
    ratio: ratio(elapsed, nodeWall + work),
    note: `floor: node start-up + the same files read in this warmed-up process; target < 8 s${cpu === null ? '' : `; CPU time ${ms(cpu)}`}`,
  });
}
