/**
 * Browser glue. Capture from a tab: inject the collector (activeTab + scripting, no host permission), then
 * understand what it gathered. Browser glue kept apart from the pure pipeline.
 */
import { CollectedPageSchema, type CollectedPage, type Posting } from '../schema';
import { postingFromPage } from '../pipeline';
import type { VacancyDatabase } from '../db';

export const COLLECTOR_FILE = '/collector.js';

/** Why a page could not be read, in words a user can act on. */
export function explainInjectionError(url: string | undefined, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!url || /^(chrome|edge|about|moz-extension|chrome-extension|view-source|devtools):/i.test(url) || /chromewebstore|addons\.mozilla\.org/.test(url)) {
    return 'This page belongs to the browser or its store: extensions may not read it. Open the posting in an ordinary tab.';
  }
  if (/Cannot access|permission|Missing host/i.test(message)) {
    return 'The extension may read a page only after you click its button or menu on that page. Click "Save this posting" again from the page.';
  }
  return `The page could not be read: ${message}`;
}

export async function collectTab(tabId: number): Promise<CollectedPage> {
  const tab = await browser.tabs.get(tabId);
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [COLLECTOR_FILE] });
  } catch (error) {
    throw new Error(explainInjectionError(tab.url, error));
  }
  const collected = CollectedPageSchema.safeParse(results?.[0]?.result);
  if (!collected.success) throw new Error('The page could not be read: it returned nothing usable (it may still be loading).');
  return collected.data;
}

export async function understandTab(db: VacancyDatabase, tabId: number): Promise<Posting> {
  const page = await collectTab(tabId);
  return postingFromPage(page, await db.rules.toArray());
}
