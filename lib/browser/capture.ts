/**
 * Browser glue. Capture from a tab: inject the collector (activeTab + scripting, no host permission), then
 * understand what it gathered. Browser glue kept apart from the pure pipeline.
 */
import { CollectedPageSchema, type CollectedPage, type Posting } from '../schema';
import { postingFromPage } from '../pipeline';
import type { VacancyDatabase } from '../db';
import { notAPostingReason } from '../understand';
import { isDocumentUrl } from '../documents/document';
import { understandDocumentAt } from './documents';
import { NoticeError, notice, type Notice } from '../notice';

export const COLLECTOR_FILE = '/collector.js';

/** Why a page could not be read, as a notice a user can act on. */
export function explainInjectionError(url: string | undefined, error: unknown): Notice {
  const message = error instanceof Error ? error.message : String(error);
  if (!url || /^(chrome|edge|about|moz-extension|chrome-extension|view-source|devtools):/i.test(url) || /chromewebstore|addons\.mozilla\.org/.test(url)) {
    return notice('errorBrowserPage');
  }
  if (/Cannot access|permission|Missing host/i.test(message)) {
    return notice('errorNeedsClick');
  }
  return notice('errorPageUnreadable', { detail: message });
}

/**
 * What each frame of the tab shows, the top frame first. Boards embed postings in frames of their own
 * origin; frames of other origins stay closed to activeTab and are left out.
 */
export async function collectTab(tabId: number): Promise<CollectedPage[]> {
  const tab = await browser.tabs.get(tabId);
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [COLLECTOR_FILE] });
  } catch (error) {
    throw new NoticeError(explainInjectionError(tab.url, error), { cause: error });
  }
  const pages = [...(results ?? [])]
    .sort((a, b) => (a.frameId === 0 ? -1 : b.frameId === 0 ? 1 : 0))
    .map((result) => CollectedPageSchema.safeParse(result.result))
    .filter((parsed) => parsed.success)
    .map((parsed) => parsed.data!);
  if (pages.length === 0) throw new NoticeError(notice('errorPageNothingUsable'));
  return pages;
}

async function showsPdf(tabId: number): Promise<boolean> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: () => document.contentType });
  return result?.result === 'application/pdf';
}

export async function understandTab(db: VacancyDatabase, tabId: number): Promise<Posting> {
  // The browser's PDF viewer shows the collector no text: a document in a tab is downloaded again from its address.
  const { url } = await browser.tabs.get(tabId);
  if (url && isDocumentUrl(url)) return understandDocumentAt(db, url);
  let pages: CollectedPage[];
  try {
    pages = await collectTab(tabId);
  } catch (refused) {
    // Firefox shows a PDF in its own viewer, which no extension may script: a PDF served from an address
    // that does not say so ("download?id=7") is recognised by reading what the address serves.
    if (import.meta.env.FIREFOX && url && /^https?:/.test(url)) return understandDocumentAt(db, url).catch(() => Promise.reject(refused));
    throw refused;
  }
  // Chrome's viewer shows the collector an empty page for a PDF served from an address that does not say so.
  if (url && pages[0]!.text === '' && (await showsPdf(tabId))) return understandDocumentAt(db, url);
  const rules = await db.rules.toArray();
  const postings = pages.map((page) => postingFromPage(page, rules));
  // The top frame speaks for the tab, unless only a frame inside it holds the posting.
  return postings.find((posting) => notAPostingReason(posting) === null) ?? postings[0]!;
}
