/** The parts measured in Chromium with the built extension: the collector and a capture end to end. */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { listFixtures } from '../test/support/fixtures';
import { launchExtension, openTab, serveFixtures, type ExtensionBrowser } from '../test/e2e/support';
import { median, ms, percentile, record } from './table';

export function collectorSize() {
  const collectorPath = '.output/chrome-mv3/collector.js';
  const collector = readFileSync(collectorPath, 'utf8');
  record('in-page collector bundle', `${(statSync(collectorPath).size / 1024).toFixed(1)} KB minified`, { note: `${(gzipSync(collector).length / 1024).toFixed(1)} KB gzipped; target < 60 KB` });
}

/** A browser with the e2e build, and a page of the extension that sends messages and seeds the database. */
export async function withExtension(work: (browser: ExtensionBrowser, control: Page) => Promise<void>) {
  const browser = await launchExtension();
  try {
    const control = await browser.context.newPage();
    await control.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=-1`);
    await work(browser, control);
  } finally {
    await browser.close();
  }
}

export async function captureTimes(browser: ExtensionBrowser, control: Page) {
  const collector = readFileSync('.output/chrome-mv3/collector.js', 'utf8');
  const server = await serveFixtures();
  try {
    const collectorTimes: number[] = [];
    const captures: number[] = [];
    for (const fixture of listFixtures().filter((fixture) => fixture.file.endsWith('.html'))) {
      const path = fixture.file.slice(fixture.file.indexOf('/test/fixtures/') + '/test/fixtures'.length);
      const { page, tabId } = await openTab(browser, `${server.origin}${path}`);
      for (let round = 0; round < 3; round++) {
        collectorTimes.push(await page.evaluate(`(() => { const start = performance.now(); ${collector}; return performance.now() - start; })()`));
      }
      captures.push(
        await control.evaluate(`(async () => {
          const start = performance.now();
          const result = await chrome.runtime.sendMessage({ type: 'capture', tabId: ${tabId} });
          if (!result.ok) throw new Error(result.error);
          return performance.now() - start;
        })()`),
      );
      await page.close();
    }
    record('collector inside Chromium per page, median', ms(median(collectorTimes)), { note: `p95 ${ms(percentile(collectorTimes, 95))}` });
    record('end-to-end capture (inject, collect, understand, save), median', ms(median(captures)), { note: `${captures.length} pages` });
  } finally {
    await server.close();
  }
}
