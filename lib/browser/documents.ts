/**
 * Browser glue for PDF and Word documents. The MV3 service worker cannot host pdf.js (no DOM, no
 * dynamic import of its worker), so in Chrome an offscreen document downloads and reads the file;
 * Firefox's background is an event page with a DOM, which reads it itself. Either way the bytes stay
 * where they were downloaded: only the extracted page crosses a message.
 */
import type { VacancyDatabase } from '../db';
import { postingFromDocument, type DocumentReading } from '../documents/document';
import type { Result } from '../messages';
import type { Posting } from '../schema';
import { NoticeError, notice } from '../notice';

const OFFSCREEN_PAGE = '/offscreen.html';

/** The messages the offscreen document answers; every other runtime message is the background's. */
export type OffscreenRequest =
  | { target: 'offscreen'; type: 'read-document'; url: string }
  | { target: 'offscreen'; type: 'keep-document'; url: string; postingId: string };

export function isOffscreenRequest(message: unknown): message is OffscreenRequest {
  const candidate = message as Partial<OffscreenRequest> | null;
  return candidate?.target === 'offscreen' && (candidate.type === 'read-document' || candidate.type === 'keep-document') && typeof candidate.url === 'string';
}

/**
 * Addresses read as documents: saving a posting from one keeps its file. They are kept in session
 * storage, not in the background's memory: Chrome may stop its worker between the popup's preview and
 * the save, and the worker's memory goes with it (Firefox unloads its idle event page alike). Session
 * storage lasts until the browser closes; Firefox has it from version 115, the least this extension asks.
 */
const READ_AS_DOCUMENT = 'read-as-document:';

async function rememberReadAsDocument(urls: string[]): Promise<void> {
  await browser.storage.session.set(Object.fromEntries(urls.map((url) => [READ_AS_DOCUMENT + url, true])));
}

export async function wasReadAsDocument(url: string): Promise<boolean> {
  const key = READ_AS_DOCUMENT + url;
  return (await browser.storage.session.get(key))[key] === true;
}

/** Links the "Save linked Terms of Reference" menu entry appears on. */
export const DOCUMENT_LINK_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.docx', '*://*/*.docx?*', '*://*/*.DOCX'];

let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PAGE);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length > 0) return;
  // Two captures at once must not both create it: Chrome allows a single offscreen document.
  creating ??= browser.offscreen
    .createDocument({ url, reasons: ['DOM_PARSER'], justification: 'Read the text of PDF and Word Terms of Reference that the user captures.' })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Downloads the document at `url` and reads it into a page, where documents can be read. */
export async function readDocumentAt(url: string): Promise<DocumentReading> {
  if (import.meta.env.FIREFOX) {
    const { readDocumentAtUrl } = await import('../documents/read');
    return readDocumentAtUrl(url);
  }
  return askOffscreen<DocumentReading>({ target: 'offscreen', type: 'read-document', url });
}

async function askOffscreen<T>(request: OffscreenRequest): Promise<T> {
  await ensureOffscreenDocument();
  const result = (await browser.runtime.sendMessage(request)) as Result<T> | undefined;
  if (!result) throw new NoticeError(notice('errorDocumentReaderSilent'));
  if (!result.ok) throw new NoticeError(result.error);
  return result.value;
}

export async function understandDocumentAt(db: VacancyDatabase, url: string): Promise<Posting> {
  const reading = await readDocumentAt(url);
  await rememberReadAsDocument([url, reading.page.url]);
  return postingFromDocument(reading, await db.rules.toArray());
}

/** Keeps the original file of a posting saved from the document at `url`, where documents are downloaded. */
export async function keepDocumentAt(db: VacancyDatabase, postingId: string, url: string): Promise<void> {
  if (import.meta.env.FIREFOX) {
    const { keepDocumentFile } = await import('../documents/read');
    return keepDocumentFile(db, postingId, url);
  }
  return askOffscreen<void>({ target: 'offscreen', type: 'keep-document', url, postingId });
}
