/**
 * `npm run bench`: measures what users feel, in one run, each figure beside the floor it is compared
 * with, measured in the same run. Prints one table and, for a full run, writes it to
 * bench/results/latest.json. Builds what it measures (the extension's shipped and e2e builds, the CLI)
 * and needs Debian's Chromium.
 *
 * `npm run bench -- --only PART,PART` runs some parts (understanding, cli, capture, lists, transfer, sync);
 * `--sizes 100,1000` sets the list sizes (default 100,1000,10000; transfer needs 10000); sync measures
 * them all (in Node, its stores are the unit tests'; 10,000 postings take a quarter of an hour there).
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { captureTimes, collectorSize, withExtension } from './chromium';
import { cliTimes } from './cli';
import { clearDatabase, installFloorPage, listTimes } from './lists';
import { printTable, rows } from './table';
import { syncTimes } from './sync';
import { transferTimes } from './transfer';
import { understandingOnCorpus, understandingOnFixtures } from './understanding';

const PARTS = ['understanding', 'cli', 'capture', 'lists', 'transfer', 'sync'] as const;
type Part = (typeof PARTS)[number];

function printResults() {
  const at = new Date().toISOString();
  // Ratios hold on a shared machine; absolute figures move with its load, so the load is kept beside them.
  const load = loadavg()[1]!.toFixed(1);
  process.stdout.write(`\nVacancy Clipper benchmark — ${at} — node ${process.version} — load average (5 min) ${load}\n\n${printTable()}\n`);
  return { at, load };
}

async function main() {
  const { values } = parseArgs({ options: { only: { type: 'string' }, sizes: { type: 'string' } } });
  const parts = new Set<string>(values.only ? values.only.split(',') : PARTS);
  const unknown = [...parts].filter((part) => !PARTS.includes(part as Part));
  if (unknown.length > 0) throw new Error(`unknown part ${unknown.join(', ')}: the parts are ${PARTS.join(', ')}`);
  const sizes = (values.sizes ?? '100,1000,10000').split(',').map(Number);
  const inChromium = parts.has('capture') || parts.has('lists') || parts.has('transfer');

  if (inChromium) {
    process.stderr.write('Building the extension (shipped and e2e builds)…\n');
    execSync('npx wxt build && npx wxt build --mode e2e', { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
    installFloorPage();
  }
  if (parts.has('understanding')) {
    process.stderr.write('Understanding vs Readability…\n');
    understandingOnFixtures();
    understandingOnCorpus();
  }
  if (parts.has('cli')) {
    process.stderr.write('The CLI…\n');
    await cliTimes();
  }
  if (parts.has('sync')) {
    process.stderr.write('Sync…\n');
    await syncTimes(sizes);
  }
  if (inChromium) {
    process.stderr.write('In Chromium…\n');
    await withExtension(async (browser, control) => {
      if (parts.has('capture')) {
        collectorSize();
        await captureTimes(browser, control);
      }
      if (parts.has('lists') || parts.has('transfer')) {
        const transfer = parts.has('transfer') && sizes.includes(10_000) ? (tracker: Parameters<typeof transferTimes>[0]) => transferTimes(tracker, () => clearDatabase(control)) : undefined;
        await listTimes(browser, control, parts.has('lists') ? sizes : [10_000], transfer);
      }
    });
  }

  const { at, load } = printResults();
  if (parts.size === PARTS.length) {
    writeFileSync('bench/results/latest.json', `${JSON.stringify({ at, node: process.version, loadAverage: Number(load), rows }, null, 2)}\n`);
    process.stdout.write('\nWritten to bench/results/latest.json\n');
  }
}

main().catch((error) => {
  // What was measured before the failure is still worth reading.
  if (rows.length > 0) printResults();
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
