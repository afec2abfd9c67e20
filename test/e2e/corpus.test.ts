/**
 * Real pages through the extension in Chromium: pages of the real-pages corpus (corpus/, whose texts are
 * not in git, so this suite runs where the folder is present and says it is skipped elsewhere) served on
 * 127.0.0.1 as a board would serve their text, previewed through the background as the popup does, and
 * compared with what the CLI's code path reads of the same markup at the same address. The corpus pages
 * are text, so this checks that the in-page collector and linkedom give the readers the same page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageFromHtml } from '../../lib/html';
import { postingFromPage } from '../../lib/pipeline';
import type { Posting } from '../../lib/schema';
import { CORPUS_DIR, corpusPagesPresent, readCorpusLabels } from '../support/corpus';
import { openBridged, type BridgedBrowser } from './bridge';
import { serveFixtures, type FixtureServer } from './fixture-server';
import { launchBridgedChromium } from './support';

const PAGES = 12;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text as a page: one paragraph per line, as a board's article shows it. */
function pageOf(text: string): string {
  const paragraphs = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Offer</title></head><body><main>${paragraphs.join('\n')}</main></body></html>`;
}

const fieldsOf = (posting: Posting) => ({
  title: posting.title,
  organization: posting.organization,
  reference: posting.reference,
  country: posting.location.country,
  city: posting.location.city,
  deadline: posting.deadline.date,
  contract: posting.contract.type,
  duration: [posting.duration.days, posting.duration.months],
});

const present = corpusPagesPresent();
if (!present) console.log('Real pages in the browser: corpus/pages/ is absent here (it is not in git), so this suite is skipped.');

describe.skipIf(!present)('real pages through the extension in Chromium', () => {
  let server: FixtureServer;
  let browser: BridgedBrowser;
  const lines = present ? readCorpusLabels().lines.filter((line) => line.kind === 'posting' && line.file.endsWith('.txt')).slice(0, PAGES) : [];

  beforeAll(async () => {
    server = await serveFixtures();
    for (const line of lines) server.pages.set(`/corpus/${line.id}.html`, pageOf(readFileSync(join(CORPUS_DIR, 'pages', line.file), 'utf8')));
    browser = await launchBridgedChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`reads ${PAGES} real pages in the browser as the CLI reads them`, async () => {
    expect(lines).toHaveLength(PAGES);
    for (const line of lines) {
      const url = `${server.origin}/corpus/${line.id}.html`;
      const page = await openBridged(browser, url);
      const preview = await page.send('preview', { tabId: page.tabId });
      const offline = postingFromPage(pageFromHtml(server.pages.get(`/corpus/${line.id}.html`)!, url));
      expect({ id: line.id, ...fieldsOf(preview.posting) }).toEqual({ id: line.id, ...fieldsOf(offline) });
      await page.tab.close();
    }
  });
});
