/**
 * Lists at 100 / 1,000 / 10,000 saved postings: the popup from opening to its list and search box
 * against a page with no framework that does one IndexedDB read (the floor), the full page's filter,
 * its memory, and at 10,000 the transfers when asked.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type ExtensionBrowser } from '../test/e2e/support';
import { fixturePostings, generateHistory } from './records';
import { median, ms, ratio, record } from './table';

const INTERACTIVE_MARK = 'vacancy-clipper:popup-interactive';
const FIRST_LIST_MARK = 'vacancy-clipper:first-list-render';

/** The floor page goes into the e2e build just made, so the browser loads it as an extension page. */
export function installFloorPage() {
  cpSync(join(import.meta.dirname, 'floor'), join(EXTENSION_DIR, 'bench-floor'), { recursive: true });
}

export function clearDatabase(control: Page) {
  return control.evaluate(`new Promise((done, fail) => {
    const request = indexedDB.open('vacancy-clipper');
    request.onsuccess = () => { const db = request.result; const tx = db.transaction(['postings', 'descriptions'], 'readwrite'); tx.objectStore('postings').clear(); tx.objectStore('descriptions').clear(); tx.oncomplete = () => { db.close(); done(); }; tx.onerror = () => fail(tx.error); };
    request.onerror = () => fail(request.error);
  })`);
}

async function seed(control: Page, history: ReturnType<typeof generateHistory>, size: number) {
  await clearDatabase(control);
  for (let start = 0; start < size; start += 1_000) {
    const end = Math.min(size, start + 1_000);
    const chunk = JSON.stringify({ records: history.records.slice(start, end), descriptions: history.descriptions.slice(start, end) });
    await control.evaluate(`new Promise((done, fail) => {
      const { records, descriptions } = ${chunk};
      const request = indexedDB.open('vacancy-clipper');
      request.onsuccess = () => { const db = request.result; const tx = db.transaction(['postings', 'descriptions'], 'readwrite'); for (const item of records) tx.objectStore('postings').put(item); for (const item of descriptions) tx.objectStore('descriptions').put(item); tx.oncomplete = () => { db.close(); done(); }; tx.onerror = () => fail(tx.error); };
      request.onerror = () => fail(request.error);
    })`);
  }
}

/** Navigation start to the search box's and to the list's first commit, on the page's own clock. */
async function openPage(browser: ExtensionBrowser, path: string) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.waitForFunction((marks) => marks.every((mark) => performance.getEntriesByName(mark).length > 0), [INTERACTIVE_MARK, FIRST_LIST_MARK]);
  const [interactive, list] = await page.evaluate((marks) => marks.map((mark) => performance.getEntriesByName(mark)[0]!.startTime), [INTERACTIVE_MARK, FIRST_LIST_MARK]);
  await page.close();
  return { interactive: interactive!, list: list! };
}

async function trackerFilter(tracker: Page) {
  const runs: number[] = [];
  for (const [run, organization] of ['Expertise France', 'International Organization for Migration', 'CIVIPOL', 'Expertise France', 'CIVIPOL'].entries()) {
    // The organisation filter, timed in the page from the change to the next painted frame.
    runs.push(
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
  return median(runs);
}

export async function listTimes(browser: ExtensionBrowser, control: Page, sizes: number[], atLargest?: (tracker: Page) => Promise<void>) {
  const history = generateHistory(Math.max(...sizes), fixturePostings());
  const popupTimes: Record<number, number> = {};
  const filterTimes: Record<number, number> = {};
  for (const size of sizes) {
    await seed(control, history, size);
    const popupRuns: Array<{ interactive: number; list: number }> = [];
    const floorRuns: number[] = [];
    // Interleaved, so that the machine's load falls on both alike.
    for (let run = 0; run < 7; run++) {
      floorRuns.push((await openPage(browser, 'bench-floor/index.html')).list);
      popupRuns.push(await openPage(browser, 'popup.html?tabId=-1'));
    }
    const floor = median(floorRuns);
    const interactive = median(popupRuns.map((run) => run.interactive));
    popupTimes[size] = median(popupRuns.map((run) => run.list));
    const label = `${size.toLocaleString('en')} postings, median of 7`;
    const floorNote = 'floor: an extension page without framework that does one IndexedDB read (the same 50 postings) and shows them';
    record(`popup open to interactive (search box answering), ${label}`, ms(interactive), { floor: ms(floor), ratio: ratio(interactive, floor), note: `${floorNote}; target ≤ 1.2×` });
    record(`popup open to its first list, ${label}`, ms(popupTimes[size]), { floor: ms(floor), ratio: ratio(popupTimes[size], floor), note: floorNote });
    const tracker = await browser.context.newPage();
    await tracker.goto(`chrome-extension://${browser.extensionId}/tracker.html`);
    await tracker.getByTestId('tracker-row').first().waitFor();
    filterTimes[size] = await trackerFilter(tracker);
    record(`full page filter (organisation), ${size.toLocaleString('en')} postings, median of 5`, ms(filterTimes[size]));
    if (size === Math.max(...sizes)) {
      const session = await browser.context.newCDPSession(tracker);
      await session.send('HeapProfiler.collectGarbage');
      await session.send('Performance.enable');
      const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
      const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')!.value;
      record(`full page memory with ${size.toLocaleString('en')} postings (JS heap used)`, `${(heap / 1024 / 1024).toFixed(1)} MB`);
      await atLargest?.(tracker);
    }
    await tracker.close();
  }
  const [smallest, largest] = [Math.min(...sizes), Math.max(...sizes)];
  if (smallest !== largest) {
    record(`popup ratio ${largest.toLocaleString('en')} / ${smallest} postings`, ratio(popupTimes[largest]!, popupTimes[smallest]!), { note: 'target ≤ 1.5×' });
    record(`full page filter ratio ${largest.toLocaleString('en')} / ${smallest} postings`, ratio(filterTimes[largest]!, filterTimes[smallest]!), { note: 'target ≤ 1.5×' });
  }
}
