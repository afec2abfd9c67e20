/**
 * Reading a PDF or Word file into a page for the usual pipeline, and downloading one within the size
 * limit. This module loads pdf.js and mammoth: import it only where documents are read (the offscreen
 * document, Firefox's background page, the CLI, tests).
 */
import type { VacancyDatabase } from '../db';
import { pageFromText } from '../pipeline';
import { keepFile } from '../repository';
import { notice } from '../notice';
import { DocumentError, MAX_DOCUMENT_BYTES, documentKind, fileNameFromUrl, tooLarge, type DocumentReading } from './document';
import { docxLines } from './docx';
import { pdfLines } from './pdf';

export interface DocumentSource {
  /** The address the posting keeps: the document's URL, or a file: URL for the CLI. */
  url: string;
  fileName: string;
}

export async function readDocument(bytes: Uint8Array, source: DocumentSource): Promise<DocumentReading> {
  // Refused before any parsing: a huge file would stall the reader and never be a ToR.
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw tooLarge(source.fileName, bytes.byteLength);
  if (bytes.byteLength === 0) throw new DocumentError('corrupted', notice('documentEmpty', { file: source.fileName }));
  const kind = documentKind(bytes, source.fileName);
  const lines = kind === 'pdf' ? await pdfLines(bytes, source.fileName) : await docxLines(bytes, source.fileName);
  const page = pageFromText(lines.join('\n'), source.url);
  return { page, fileName: source.fileName, kind, noText: page.text.trim() === '' };
}

/** The name in a Content-Disposition header ("attachment; filename*=UTF-8''ToR%20expert.pdf"). */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const encoded = header.match(/filename\*\s*=\s*[^']*'[^']*'([^;]+)/i);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]!.trim());
    } catch {
      // A malformed escape: fall back to the plain filename parameter.
    }
  }
  return header.match(/filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;]+)/i)?.slice(1).find(Boolean)?.trim() ?? null;
}

/**
 * Downloads a document, refusing it as soon as it is known to exceed the limit: by its declared
 * length, else while it streams in (a server may not declare it).
 */
export async function fetchDocument(url: string, fetchImpl: typeof fetch = fetch): Promise<{ bytes: Uint8Array<ArrayBuffer>; source: DocumentSource }> {
  let response: Response;
  try {
    // With the user's cookies: ToRs often sit behind a board's login.
    response = await fetchImpl(url, { credentials: 'include' });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocumentError('unreachable', notice('documentUnreachable', { url, detail }));
  }
  if (!response.ok) throw new DocumentError('unreachable', notice('documentHttpError', { url, status: response.status }));
  const source = { url: response.url || url, fileName: fileNameFromDisposition(response.headers.get('content-disposition')) ?? fileNameFromUrl(response.url || url) };
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_DOCUMENT_BYTES) {
    await response.body?.cancel();
    throw tooLarge(source.fileName, declared);
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > MAX_DOCUMENT_BYTES) {
      await reader.cancel();
      throw tooLarge(source.fileName, received);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, source };
}

/** The last document downloaded here: saving it right after its preview must not download it again. */
let lastDownload: { url: string; bytes: Uint8Array<ArrayBuffer>; source: DocumentSource } | null = null;

export async function readDocumentAtUrl(url: string, fetchImpl: typeof fetch = fetch): Promise<DocumentReading> {
  const { bytes, source } = await fetchDocument(url, fetchImpl);
  const reading = await readDocument(bytes, source);
  lastDownload = { url, bytes, source };
  return reading;
}

/**
 * Keeps the original file of a saved posting, so that the user can open it again when the site has
 * taken it down: the bytes just read if they are this document's, else downloaded again.
 */
export async function keepDocumentFile(db: VacancyDatabase, postingId: string, url: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  const { bytes, source } = lastDownload && (lastDownload.url === url || lastDownload.source.url === url) ? lastDownload : await fetchDocument(url, fetchImpl);
  await keepFile(db, { id: postingId, fileName: source.fileName, kind: documentKind(bytes, source.fileName), bytes, savedAt: new Date().toISOString() });
}
