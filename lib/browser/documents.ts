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

const OFFSCREEN_PAGE = '/offscreen.html';

/** The one message the offscreen document answers; every other runtime message is the background's. */
export interface ReadDocumentRequest {
  target: 'offscreen';
  type: 'read-document';
  url: string;
}

export function isReadDocumentRequest(message: unknown): message is ReadDocumentRequest {
  const candidate = message as Partial<ReadDocumentRequest> | null;
  return candidate?.target === 'offscreen' && candidate.type === 'read-document' && typeof candidate.url === 'string';
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
  await ensureOffscreenDocument();
  const request: ReadDocumentRequest = { target: 'offscreen', type: 'read-document', url };
  const result = (await browser.runtime.sendMessage(request)) as Result<DocumentReading> | undefined;
  if (!result) throw new Error('The document reader did not answer: reload the extension and try again.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export async function understandDocumentAt(db: VacancyDatabase, url: string): Promise<Posting> {
  const reading = await readDocumentAt(url);
  return postingFromDocument(reading, await db.rules.toArray());
}
