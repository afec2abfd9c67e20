/**
 * One file → its Posting or the reason it has none, as a value: the batch must go on after a file
 * fails, and the single-file mode prints the same outcome its own way.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { PostingSchema, type CollectedPage, type Posting } from '../lib/schema';
import { pageFromText, postingFromPage } from '../lib/pipeline';
import { notAPostingReason } from '../lib/understand';
import { DocumentError, MAX_DOCUMENT_BYTES, NO_TEXT_LAYER_WARNING, postingFromDocument, tooLarge } from '../lib/documents/document';
import type { Notice } from '../lib/notice';
import { inEnglish } from './english';

/** The exit codes, per file and (for one file) of the process. */
export const EXIT = { posting: 0, failure: 1, unreadable: 2, notAPosting: 3 } as const;

export type FileOutcome =
  | { exit: typeof EXIT.posting; posting: Posting }
  | { exit: typeof EXIT.notAPosting; posting: Posting; reason: string }
  | { exit: typeof EXIT.unreadable | typeof EXIT.failure; error: string };

export const SUPPORTED_EXTENSIONS = ['.html', '.htm', '.txt', '.pdf', '.docx'];

const unreadable = (error: string): FileOutcome => ({ exit: EXIT.unreadable, error });

function outcomeOf(posting: Posting, reason: Notice | null): FileOutcome {
  return reason ? { exit: EXIT.notAPosting, posting, reason: inEnglish(reason) } : { exit: EXIT.posting, posting };
}

/**
 * `shown` is the path as the user wrote it (messages name it so); `url` is the page's address when
 * known from outside the file (--url, a sidecar), else the fixture comment or the file's own URL.
 */
export async function extractFile(path: string, shown: string, url: string | null, fileUrl: string): Promise<FileOutcome> {
  const extension = extname(path).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(extension)) {
    return unreadable(`${shown}: unsupported file type "${extension || 'none'}" (expected ${SUPPORTED_EXTENSIONS.join(', ')}).`);
  }
  const isDocument = extension === '.pdf' || extension === '.docx';
  let buffer: Buffer;
  try {
    const { size } = await stat(path);
    // Documents are refused on their size before they are even read into memory.
    if (isDocument && size > MAX_DOCUMENT_BYTES) return unreadable(inEnglish(tooLarge(basename(path), size).notice));
    buffer = await readFile(path);
  } catch (error) {
    return unreadable(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    if (isDocument) return await extractDocument(buffer, url ?? fileUrl, basename(path));
    const content = buffer.toString('utf8');
    if (content.trim() === '') return unreadable(`${shown} is empty: there is nothing to extract.`);
    const page = extension === '.txt' ? pageFromText(content, url ?? fileUrl) : await pageOfHtml(content, url, fileUrl);
    const posting = PostingSchema.parse(postingFromPage(page));
    return outcomeOf(posting, notAPostingReason(posting));
  } catch (error) {
    if (error instanceof DocumentError) return unreadable(inEnglish(error.notice));
    return { exit: EXIT.failure, error: `${shown}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function pageOfHtml(html: string, url: string | null, fileUrl: string): Promise<CollectedPage> {
  // linkedom and Readability are a third of the bundle: a .txt file starts without them.
  const { pageFromHtml, urlOfFixture } = await import('../lib/html');
  return pageFromHtml(html, url ?? urlOfFixture(html) ?? fileUrl);
}

async function extractDocument(buffer: Buffer, url: string, fileName: string): Promise<FileOutcome> {
  // pdf.js and mammoth are most of the bundle's weight: loaded only when a document comes.
  const { readDocument } = await import('../lib/documents/read');
  const reading = await readDocument(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), { url, fileName });
  const posting = PostingSchema.parse(postingFromDocument(reading));
  // A scan is kept (address and name) but is not read: that is what the user must hear first.
  return outcomeOf(posting, reading.noText ? NO_TEXT_LAYER_WARNING : notAPostingReason(posting));
}
