/**
 * Kept Terms of Reference files (the PDF and Word files of postings captured from a document) in the
 * sync mirror: one document per posting's file, `file:<canonical URL>`, its bytes as a PouchDB
 * attachment, so that CouchDB's replication carries them (and, once a file is on both sides, only
 * its digest). Apart from the posting's own document so that an edit of the posting never sends the
 * file again. A file replaces the one kept before it whole: of two versions, the later kept wins.
 * Files above SYNC_FILE_LIMIT stay on their device.
 */
import { z } from 'zod';
import type { VacancyDatabase } from '../db';
import { SavedFileSchema, type SavedFile } from '../schema';
import { canonical } from './paths';

/** The largest kept file that syncs: a ToR is rarely above a few megabytes, and every device stores what syncs. */
export const SYNC_FILE_LIMIT = 10 * 1024 * 1024;

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export const fileDocId = (canonicalUrl: string) => `file:${canonicalUrl}`;

/** The attachment's name inside a file document. */
const CONTENT = 'content';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** A file document with its bytes inline (base64), as `get(id, { attachments: true })` gives it. */
export const FileDocSchema = z
  .object({
    _id: z.string(),
    _rev: z.string().optional(),
    kind: z.literal('file'),
    canonicalUrl: z.string().min(1),
    fileName: SavedFileSchema.shape.fileName,
    fileKind: SavedFileSchema.shape.kind,
    size: z.number().int().min(0).max(SYNC_FILE_LIMIT),
    savedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/),
    _attachments: z.object({ [CONTENT]: z.object({ content_type: z.string(), data: base64 }) }),
  })
  .refine((doc) => doc._id === fileDocId(doc.canonicalUrl), 'a file document names another posting than its own')
  .refine((doc) => doc._attachments[CONTENT].content_type === CONTENT_TYPES[doc.fileKind], 'a file whose type is not its kind')
  // Base64's length gives the size exactly: four characters for three bytes, less the padding.
  .refine((doc) => {
    const data = doc._attachments[CONTENT].data;
    return (data.length / 4) * 3 - (data.match(/=*$/)?.[0].length ?? 0) === doc.size;
  }, 'a file whose bytes are not its size');
export type FileDoc = z.infer<typeof FileDocSchema>;

/** Base64 in slices: String.fromCharCode over megabytes at once would overflow the call stack. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** A posting's kept file as a mirror document; null when it is above the limit and stays here. */
export function fileDoc(canonicalUrl: string, file: SavedFile): FileDoc | null {
  if (file.bytes.byteLength > SYNC_FILE_LIMIT) return null;
  return {
    _id: fileDocId(canonicalUrl),
    kind: 'file',
    canonicalUrl,
    fileName: file.fileName,
    fileKind: file.kind,
    size: file.bytes.byteLength,
    savedAt: file.savedAt,
    _attachments: { [CONTENT]: { content_type: CONTENT_TYPES[file.kind], data: toBase64(file.bytes) } },
  };
}

/** The file a document holds, for the posting of that id. */
export function savedFileOf(doc: FileDoc, postingId: string): SavedFile {
  return { id: postingId, fileName: doc.fileName, kind: doc.fileKind, bytes: fromBase64(doc._attachments[CONTENT].data), savedAt: doc.savedAt };
}

/** What decides between two versions of a file: the later kept, then (same time) the greater description, as every device decides alike. */
function rank(file: { savedAt: string; fileName: string; size: number }): string {
  return `${file.savedAt} ${canonical({ fileName: file.fileName, size: file.size })}`;
}

/** Whether the version `incoming` should replace `present` (which may be none). */
export function replaces(incoming: { savedAt: string; fileName: string; size: number }, present: { savedAt: string; fileName: string; size: number } | null): boolean {
  return present === null || rank(incoming) > rank(present);
}

/** How a kept file compares in rank(): its bytes counted, not read. */
export const fileRank = (file: SavedFile) => ({ savedAt: file.savedAt, fileName: file.fileName, size: file.bytes.byteLength });

/** How many kept files are above the limit, and so stay on this device. */
export async function filesTooLargeToSync(db: VacancyDatabase): Promise<number> {
  let count = 0;
  await db.files.each((file) => {
    if (file.bytes.byteLength > SYNC_FILE_LIMIT) count++;
  });
  return count;
}
