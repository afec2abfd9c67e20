/**
 * `npm run bench`: measures what users feel, in one run, and compares as ratios within the run.
 * Prints one table and writes it to bench/results/latest.json. Needs the builds (`npm run build`
 * and `npm run build:test`, which this script runs) and Debian's Chromium.
 */
import { execSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { pageFromHtml, urlOfFixture } from '../lib/html';
import { postingFromPage } from '../lib/pipeline';
import { classifyPosting } from '../lib/classify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { listFixtures } from '../test/support/fixtures';
import { launchExtension, openTab, serveFixtures } from '../test/e2e/support';
import { fixturePostings, generateHistory } from './records';

interface Row {
  measure: string;
  value: string;
  note: string;
}
const rows: Row[] = [];
const record = (measure: string, value: string, note = '') => {
  rows.push({ measure, value, note });
  process.stderr.write(`  ${measure}: ${value} ${note}\n`);
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (value: number) => `${value.toFixed(2)} ms`;
const time = async (work: () => unknown | Promise<unknown>) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

async function understandingAgainstReadability() {
  const pages = listFixtures().filter((fixture) => fixture.file.endsWith('.html')).map((fixture) => {
    const html = readFileSync(fixture.file, 'utf8');
    return { html, url: urlOfFixture(html) ?? 'https://example.org/' };
  });
  const collected = pages.map((page) => pageFromHtml(page.html, page.url));
  const understanding: number[] = [];
  const readability: number[] = [];
  const classification: number[] = [];
  // Warm up the JIT and the lazily built tables, then measure several rounds, interleaved.
  for (let round = 0; round < 12; round++) {
    pages.forEach((page, index) => {
      const readabilityTime = performance.now();
      const { document } = parseHTML(page.html);
      new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
      const readabilityEnd = performance.now();
      const posting = postingFromPage(collected[index]!);
      const understandingEnd = performance.now();
      const classifyStart = performance.now();
      classifyPosting(posting);
      const classifyEnd = performance.now();
      if (round >= 2) {
        readability.push(readabilityEnd - readabilityTime);
        understanding.push(understandingEnd - readabilityEnd);
        classification.push(classifyEnd - classifyStart);
      }
    });
  }
  record('pages measured (fixture .html pages)', String(pages.length));
  record('understanding per page (collected → Posting with tags), median', ms(median(understanding)), `p95 ${ms(percentile(understanding, 95))}`);
  record('Readability alone (linkedom parse + parse()), median', ms(median(readability)), `p95 ${ms(percentile(readability, 95))}`);
  record('ratio understanding / Readability (median)', `${(median(understanding) / median(readability)).toFixed(2)}×`, 'target ≤ 1.2×');
  const mean = classification.reduce((sum, value) => sum + value, 0) / classification.length;
  record('classification of one posting, mean', `${(mean * 1000).toFixed(0)} µs`, 'target well under 1 ms');
}

async function inChromium() {
  const collectorPath = '.output/chrome-mv3/collector.js';
  const collector = readFileSync(collectorPath, 'utf8');
  record('in-page collector bundle', `${(statSync(collectorPath).size / 1024).toFixed(1)} KB minified`, `${(gzipSync(collector).length / 1024).toFixed(1)} KB gzipped; target < 60 KB`);

  const server = await serveFixtures();
  const browser = await launchExtension();
  try {
    const fixtures = listFixtures().filter((fixture) => fixture.file.endsWith('.html'));
    const collectorTimes: number[] = [];
    const captureTimes: number[] = [];
    // The control page sends messages and seeds the database; a popup page is light (it lists 50
    // postings at most), so it does not compete with what is measured.
    const control = await browser.context.newPage();
    await control.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=-1`);
    for (const fixture of fixtures) {
      const path = fixture.file.slice(fixture.file.indexOf('/test/fixtures/') + '/test/fixtures'.length);
      const { page, tabId } = await openTab(browser, `${server.origin}${path}`);
      for (let round = 0; round < 3; round++) {
        collectorTimes.push(await page.evaluate(`(() => { const start = performance.now(); ${collector}; return performance.now() - start; })()`));
      }
      captureTimes.push(
        await control.evaluate(`(async () => {
          const start = performance.now();
          const result = await chrome.runtime.sendMessage({ type: 'capture', tabId: ${tabId} });
          if (!result.ok) throw new Error(result.error);
          return performance.now() - start;
        })()`),
      );
      await page.close();
    }
    record('collector inside Chromium per page, median', ms(median(collectorTimes)), `p95 ${ms(percentile(collectorTimes, 95))}`);
    record('end-to-end capture (inject, collect, understand, save), median', ms(median(captureTimes)), `${captureTimes.length} pages`);

    const { records, descriptions } = generateHistory(10_000, fixturePostings());
    const clear = () =>
      control.evaluate(`new Promise((done, fail) => {
        const request = indexedDB.open('vacancy-clipper');
        request.onsuccess = () => { const db = request.result; const tx = db.transaction(['postings', 'descriptions'], 'readwrite'); tx.objectStore('postings').clear(); tx.objectStore('descriptions').clear(); tx.oncomplete = () => { db.close(); done(); }; tx.onerror = () => fail(tx.error); };
        request.onerror = () => fail(request.error);
      })`);
    const popupTimes: Record<number, number> = {};
    const filterTimes: Record<number, number> = {};
    for (const size of [100, 1_000, 10_000]) {
      await clear();
      for (let start = 0; start < size; start += 1_000) {
        const chunk = JSON.stringify({ records: records.slice(start, Math.min(size, start + 1_000)), descriptions: descriptions.slice(start, Math.min(size, start + 1_000)) });
        await control.evaluate(`new Promise((done, fail) => {
          const { records, descriptions } = ${chunk};
          const request = indexedDB.open('vacancy-clipper');
          request.onsuccess = () => { const db = request.result; const tx = db.transaction(['postings', 'descriptions'], 'readwrite'); for (const item of records) tx.objectStore('postings').put(item); for (const item of descriptions) tx.objectStore('descriptions').put(item); tx.oncomplete = () => { db.close(); done(); }; tx.onerror = () => fail(tx.error); };
          request.onerror = () => fail(request.error);
        })`);
      }
      const popupRuns: number[] = [];
      for (let run = 0; run < 5; run++) {
        const popup = await browser.context.newPage();
        await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=-1`);
        await popup.getByTestId('saved-row').first().waitFor();
        // From navigation start to the list's first commit, on the page's own clock.
        popupRuns.push(await popup.evaluate(() => performance.getEntriesByName('vacancy-clipper:first-list-render')[0]!.startTime));
        await popup.close();
      }
      popupTimes[size] = median(popupRuns);
      const tracker = await browser.context.newPage();
      await tracker.goto(`chrome-extension://${browser.extensionId}/tracker.html`);
      await tracker.getByTestId('tracker-row').first().waitFor();
      const filterRuns: number[] = [];
      for (const [run, organization] of ['Expertise France', 'International Organization for Migration', 'CIVIPOL', 'Expertise France', 'CIVIPOL'].entries()) {
        // The organisation filter, timed in the page from the change to the next painted frame.
        filterRuns.push(
          await tracker.evaluate(
            (value) =>
              new Promise<number>((done) => {
                const select = document.querySelector<HTMLSelectElement>('select[name="organization"]')!;
                const start = performance.now();
                select.value = value;
                select.dispatchEvent(new Event('change', { bubbles: true }));
                requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
              }),
            run % 2 === 0 ? organization : '',
          ),
        );
      }
      filterTimes[size] = median(filterRuns);
      if (size === 10_000) {
        const session = await browser.context.newCDPSession(tracker);
        await session.send('HeapProfiler.collectGarbage');
        await session.send('Performance.enable');
        const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
        const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')!.value;
        record('full page memory with 10,000 postings (JS heap used)', `${(heap / 1024 / 1024).toFixed(1)} MB`);
        await transferIn(tracker, clear);
      }
      await tracker.close();
      record(`popup first list render, ${size.toLocaleString('en')} postings, median of 5`, ms(popupTimes[size]!));
      record(`full page filter (organisation), ${size.toLocaleString('en')} postings, median of 5`, ms(filterTimes[size]!));
    }
    record('popup render ratio 10,000 / 100', `${(popupTimes[10_000]! / popupTimes[100]!).toFixed(2)}×`, 'target ≤ 1.5×');
    record('full page filter ratio 10,000 / 100', `${(filterTimes[10_000]! / filterTimes[100]!).toFixed(2)}×`, 'target ≤ 1.5×');
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Export and import of 10,000 postings through the tracker's own buttons: click to file, file to stored. */
async function transferIn(tracker: Page, clear: () => Promise<unknown>) {
  const folder = mkdtempSync(join(tmpdir(), 'vacancy-bench-'));
  await tracker.getByTestId('toggle-transfer').click();
  await tracker.locator('input[name="scope"]').nth(1).check();
  const exportTo = async (testId: string, name: string) => {
    const start = performance.now();
    const [download] = await Promise.all([tracker.waitForEvent('download'), tracker.getByTestId(testId).click()]);
    const path = join(folder, name);
    await download.saveAs(path);
    return { elapsed: performance.now() - start, path };
  };
  const backup = await exportTo('export-backup', 'backup.json');
  record('JSON backup export, 10,000 postings (click → file)', ms(backup.elapsed), `${(statSync(backup.path).size / 1024 / 1024).toFixed(1)} MB; target < 3 s`);
  const csv = await exportTo('export-csv', 'postings.csv');
  record('CSV export, 10,000 postings (click → file)', ms(csv.elapsed), `${(statSync(csv.path).size / 1024 / 1024).toFixed(1)} MB; target < 3 s`);

  await clear();
  let start = performance.now();
  await tracker.getByTestId('import-file').setInputFiles(backup.path);
  await tracker.getByTestId('transfer-status').filter({ hasText: '10000 added' }).waitFor({ timeout: 120_000 });
  record('JSON backup import into an empty tracker, 10,000 postings (file → stored)', ms(performance.now() - start), 'validated with zod first; target < 3 s');

  await clear();
  start = performance.now();
  await tracker.getByTestId('import-file').setInputFiles(csv.path);
  await tracker.getByTestId('csv-import').click();
  await tracker.getByTestId('transfer-status').filter({ hasText: '10000 added' }).waitFor({ timeout: 120_000 });
  record('CSV import, 10,000 rows (file → mapping → stored)', ms(performance.now() - start), 'target < 3 s');
}

async function main() {
  process.stderr.write('Building the extension (shipped and e2e builds)…\n');
  execSync('npx wxt build && npx wxt build --mode e2e', { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  process.stderr.write('Understanding vs Readability…\n');
  await understandingAgainstReadability();
  process.stderr.write('In Chromium…\n');
  await inChromium();

  const width = Math.max(...rows.map((row) => row.measure.length));
  const valueWidth = Math.max(...rows.map((row) => row.value.length));
  const table = rows.map((row) => `${row.measure.padEnd(width)}  ${row.value.padStart(valueWidth)}  ${row.note}`).join('\n');
  process.stdout.write(`\nVacancy Clipper benchmark — ${new Date().toISOString()} — node ${process.version}\n\n${table}\n`);
  writeFileSync('bench/results/latest.json', `${JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
  process.stdout.write('\nWritten to bench/results/latest.json\n');
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
