/**
 * Terms of Reference and offers that travel as PDF or Word files: what the extension, the CLI and the
 * tests share about them, without the readers themselves (pdf.js and mammoth are heavy: only the
 * offscreen document and the CLI load them, through lib/documents/read.ts).
 */
import type { CollectedPage, Posting, UserRule } from '../schema';
import { postingFromPage } from '../pipeline';
import { NoticeError, notice, type Notice } from '../notice';

/** A ToR is a few hundred kilobytes; anything this large is refused before it is parsed. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export type DocumentKind = 'pdf' | 'docx';

export type DocumentFailure = 'too-large' | 'corrupted' | 'encrypted' | 'unsupported' | 'unreachable';

/** A document that cannot be read, with a notice the user can act on. */
export class DocumentError extends NoticeError {
  constructor(
    readonly failure: DocumentFailure,
    what: Notice,
  ) {
    super(what);
    this.name = 'DocumentError';
  }
}

export function tooLarge(fileName: string, bytes: number): DocumentError {
  return new DocumentError('too-large', notice('documentTooLarge', { file: fileName, size: bytes, limit: MAX_DOCUMENT_BYTES }));
}

/** What reading a document gave: a page for the usual pipeline, and what the user must know about it. */
export interface DocumentReading {
  page: CollectedPage;
  fileName: string;
  kind: DocumentKind;
  /** Set when the document has no text to read (a scan): the posting then keeps only its address and name. */
  noText: boolean;
}

export const NO_TEXT_LAYER_WARNING = notice('warningNoTextLayer');

const DOCUMENT_PATH = /\.(pdf|docx)$/i;

/** Links and tabs that point at a PDF or Word file, by the file name in their address. */
export function isDocumentUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return DOCUMENT_PATH.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** The kind of a file by its first bytes (names and content types lie: "download.php", octet-stream). */
export function documentKind(bytes: Uint8Array, fileName: string): DocumentKind {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'docx';
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0')) {
    // Office wraps a password-protected .docx in the old compound-file format, with an EncryptionInfo stream.
    if (utf16Includes(bytes, 'EncryptionInfo')) throw encrypted(fileName);
    throw new DocumentError('unsupported', notice('documentOldWord', { file: fileName }));
  }
  throw new DocumentError('unsupported', notice('documentUnsupported', { file: fileName }));
}

export function encrypted(fileName: string): DocumentError {
  return new DocumentError('encrypted', notice('documentEncrypted', { file: fileName }));
}

function utf16Includes(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text).flatMap((character) => [character.charCodeAt(0), 0]);
  outer: for (let index = 0; index <= bytes.length - needle.length; index++) {
    for (let offset = 0; offset < needle.length; offset++) if (bytes[index + offset] !== needle[offset]) continue outer;
    return true;
  }
  return false;
}

/** The file name a user would recognise: the last segment of the address, decoded. */
export function fileNameFromUrl(url: string): string {
  try {
    const segment = new URL(url).pathname.split('/').filter(Boolean).pop();
    return segment ? decodeURIComponent(segment) : new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The same understanding and classification as a web page. A document with no text still gives a
 * posting, titled by its file name, so that the user can save it and fill it in.
 */
export function postingFromDocument(reading: DocumentReading, userRules: UserRule[] = []): Posting {
  const posting = postingFromPage(reading.page, userRules);
  if (!reading.noText) return posting;
  return { ...posting, title: posting.title ?? reading.fileName.replace(/\.(pdf|docx)$/i, ''), warnings: [NO_TEXT_LAYER_WARNING, ...posting.warnings] };
}
