import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from './fixture-server';
import { launchFirefoxPages, type FirefoxPages } from './marionette';

let server: FixtureServer;
let firefox: FirefoxPages;

beforeAll(async () => {
  server = await serveFixtures();
  firefox = await launchFirefoxPages();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const WP_BOARD = '/wp-job-manager/seed-003-iom-senegal-repost.html';
const fieldValue = 'return document.querySelector(arguments[0])?.value ?? null';
const savedRows = 'return [...document.querySelectorAll(\'[data-testid="saved-row"]\')].map((row) => row.textContent.includes(arguments[0]))';

describe("Firefox ESR: the popup's and the tracker's own pages", () => {
  it('previews a page in the popup, takes a corrected field, saves it and lists it', async () => {
    const address = `${server.origin}${WP_BOARD}`;
    await firefox.openTab(address);
    await firefox.openTab(firefox.extensionUrl('popup.html'));
    const tabId = await firefox.run<number>('const [url, done] = arguments; browser.tabs.query({}).then((tabs) => done(tabs.find((tab) => tab.url === url)?.id ?? -1))', [address], { async: true });
    expect(tabId).toBeGreaterThan(0);
    await firefox.navigate(firefox.extensionUrl(`popup.html?tabId=${tabId}`));
    await firefox.waitFor(fieldValue, ['input[name="organization"]'], 'International Organization for Migration');

    await firefox.type('input[name="organization"]', 'IOM-ROWCA');
    await firefox.click('[data-testid="save-posting"]');
    await firefox.waitFor(savedRows, ['IOM-ROWCA'], [true]);
  });

  it('keeps a status chosen in the popup, and the tracker exports it in the JSON backup', async () => {
    await firefox.click('[data-testid="saved-row"] [data-testid="status-select"] option[value="applied"]');
    await firefox.navigate(firefox.extensionUrl('popup.html'));
    await firefox.waitFor(fieldValue, ['[data-testid="saved-row"] [data-testid="status-select"]'], 'applied');

    await firefox.navigate(firefox.extensionUrl('tracker.html'));
    await firefox.waitFor('return document.querySelectorAll(\'[data-testid="tracker-row"]\').length', [], 1);
    await firefox.click('[data-testid="toggle-transfer"]');
    await firefox.click('[data-testid="export-backup"]');
    // The download is complete once its file reads as a whole backup.
    const exported = () => {
      try {
        const name = readdirSync(firefox.downloadDir).find((file) => /^vacancy-clipper-backup-.*\.json$/.test(file));
        const backup = JSON.parse(readFileSync(join(firefox.downloadDir, name ?? ''), 'utf8'));
        return backup.postings.map((posting: { status: string; edits: { organization?: string } }) => [posting.status, posting.edits.organization]);
      } catch {
        return null;
      }
    };
    await expect.poll(exported, { timeout: 30_000 }).toEqual([['applied', 'IOM-ROWCA']]);
  });
});
