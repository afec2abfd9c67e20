/**
 * JSON backup and restore. A backup holds every record and field, with a format version; a restore
 * checks the file's shape and every record but the postings before it writes, then validates and
 * writes the postings chunk by chunk inside one transaction, so that a bad posting anywhere, a
 * failure of the database or the user's Cancel leaves the database as it was. It merges by
 * canonical URL without losing the newer side's edits. The export is lib/transfer/backup-export.ts.
 */
import { z } from 'zod';
import type { VacancyDatabase } from '../db';
import { DescriptionSchema, SavedFileSchema, SavedPostingSchema, UserRuleSchema, type SavedFile, type SavedPosting } from '../schema';
import { SETTINGS, type SettingKey } from '../settings';
import { stopIfCancelled, TransferCancelled, type ChunkedWork } from './progress';
import { NoticeError, notice, type Notice } from '../notice';
import { noticesOfLegacyWarnings } from '../migrations';

export const BACKUP_FORMAT = 'vacancy-clipper-backup';
/**
 * Version 2 (database v3): postings carry requirements and selection grids, tracking the ticked criteria.
 * Version 3 (database v4): a posting's warnings are notices (codes with parameters), no longer English sentences.
 */
export const BACKUP_VERSION = 3;
/** Older versions this one reads, each brought up to date before validation. */
const READABLE_VERSIONS: readonly number[] = [1, 2, BACKUP_VERSION];
/** Larger than any real history (10,000 postings weigh about 60 MB): past it, the file is refused unread. */
export const MAX_BACKUP_BYTES = 150 * 1024 * 1024;
/** No field of a real posting comes near this; a longer string is an attack or a broken file. */
export const MAX_STRING_LENGTH = 2_000_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Postings validated and written per step of a restore: the page repaints and hears Cancel between steps. */
const POSTINGS_PER_CHUNK = 500;

const BackupSettingSchema = z.object({ key: z.string(), value: z.unknown() });

/** A kept PDF or Word file, its bytes in base64 so that the backup stays one JSON text. */
const BackupFileSchema = SavedFileSchema.omit({ bytes: true }).extend({ base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/) });
export type BackupFile = z.infer<typeof BackupFileSchema>;

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  postings: z.array(SavedPostingSchema),
  descriptions: z.array(DescriptionSchema),
  rules: z.array(UserRuleSchema),
  settings: z.array(BackupSettingSchema),
  files: z.array(BackupFileSchema),
});
export type Backup = z.infer<typeof BackupSchema>;

/** Everything of a backup file but its postings' contents, checked as the file is read: the restore validates each posting as it writes it. */
const BackupFileShapeSchema = BackupSchema.extend({ postings: z.array(z.unknown()) });
/** A backup as read from a file (postings not yet validated), or one made here. */
export type ReadBackup = Omit<Backup, 'postings'> & { postings: readonly unknown[]; readFromVersion?: number };

/** An import refused: the interface follows its notice with "Nothing was imported." */
export class BackupError extends NoticeError {}

/** Walks the parsed JSON once: no prototype keys, no giant strings; says where the first one is. */
function checkShape(root: unknown): void {
  // Each entry knows its parent, so the path is spelt out only for the value that is refused.
  type Visit = { value: unknown; key: string; parent: Visit | null; inArray: boolean };
  const pathOf = (visit: Visit): string => {
    const parts: string[] = [];
    for (let at: Visit | null = visit; at?.parent; at = at.parent) parts.push(at.inArray ? `[${at.key}]` : `.${at.key}`);
    return `$${parts.reverse().join('')}`;
  };
  const stack: Visit[] = [{ value: root, key: '', parent: null, inArray: false }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_LENGTH) {
        throw new BackupError(notice('importTextTooLong', { path: pathOf(visit), length: value.length, limit: MAX_STRING_LENGTH }));
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const inArray = Array.isArray(value);
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new BackupError(notice('importForbiddenKey', { path: pathOf(visit), key }));
      stack.push({ value: (value as Record<string, unknown>)[key], key, parent: visit, inArray });
    }
  }
}

/**
 * A version 1 backup lacks what database v3 added: empty requirements and grids (the background reads
 * them again from the descriptions after the restore) and no ticked criteria. Only well-formed
 * records are touched; anything else is left for the schema to refuse with its path.
 */
function upgradeFromVersion1(backup: Record<string, unknown>): void {
  backup.version = 2;
  backup.files ??= [];
  if (!Array.isArray(backup.postings)) return;
  for (const posting of backup.postings) {
    if (!posting || typeof posting !== 'object') continue;
    const { extracted, tracking } = posting as { extracted?: unknown; tracking?: unknown };
    if (extracted && typeof extracted === 'object') Object.assign(extracted, { requirements: [], selectionGrids: [], ...extracted });
    if (tracking && typeof tracking === 'object') Object.assign(tracking, { gridChecks: [], ...tracking });
  }
}

/** A version 2 backup holds warnings as English sentences: they become notices, as database v4 does. */
function upgradeFromVersion2(backup: Record<string, unknown>): void {
  backup.version = BACKUP_VERSION;
  if (!Array.isArray(backup.postings)) return;
  for (const posting of backup.postings) {
    const extracted = (posting as { extracted?: { warnings?: unknown } } | null)?.extracted;
    if (extracted && typeof extracted === 'object' && Array.isArray(extracted.warnings)) extracted.warnings = noticesOfLegacyWarnings(extracted.warnings);
  }
}

/** A posting as the user knows it, read from a record that may not be valid yet: its title, else its address. */
function named(posting: unknown): string {
  const { edits, extracted, canonicalUrl } = posting as { edits?: { title?: unknown }; extracted?: { title?: unknown }; canonicalUrl?: unknown };
  const title = [edits?.title, extracted?.title, canonicalUrl].find((value) => typeof value === 'string');
  return `“${String(title)}”`;
}

/**
 * A backup holds each posting once: two records with one id would write one and drop the other, two
 * with one web address would break the database's uniqueness. Refused before anything is written,
 * naming the postings; a key that is not text is left for validation to refuse with its path.
 */
function checkEachPostingOnce(postings: readonly unknown[]): void {
  for (const [key, code] of [['id', 'importSameId'], ['canonicalUrl', 'importSameAddress']] as const) {
    const first = new Map<string, unknown>();
    const clashes: string[] = [];
    for (const posting of postings) {
      const value = (posting as Record<string, unknown> | null)?.[key];
      if (typeof value !== 'string') continue;
      const earlier = first.get(value);
      if (earlier) clashes.push(`${named(earlier)} + ${named(posting)} (${value})`);
      else first.set(value, posting);
    }
    if (clashes.length > 0) throw new BackupError(notice(code, { postings: [...clashes.slice(0, 3), ...(clashes.length > 3 ? ['…'] : [])].join('; ') }));
  }
}

const refusal = (issue: z.core.$ZodIssue, prefix: (string | number)[] = []) => {
  const path = [...prefix, ...issue.path];
  return new BackupError(notice('importInvalidField', { path: path.length > 0 ? `$.${path.join('.')}` : '$', detail: issue.message }));
};

/** A failure of the database during an import, in words: the transaction was rolled back. */
export function explainImportError(error: unknown): BackupError {
  if (error instanceof BackupError) return error;
  const names = [error, (error as { inner?: unknown })?.inner, ...((error as { failures?: unknown[] })?.failures ?? [])].map((item) => (item as { name?: string } | undefined)?.name);
  if (names.includes('ConstraintError')) return new BackupError(notice('importConstraint'));
  const storage = error instanceof NoticeError ? error.notice.code : null;
  if (names.includes('QuotaExceededError') || storage === 'errorStorageFull') return new BackupError(notice('importStorageFull'));
  if (names.includes('MissingAPIError') || names.includes('InvalidStateError') || storage === 'errorStorageDenied') return new BackupError(notice('importStorageDenied'));
  // Already in words (lib/repository.ts explainStorageError): kept, with what it means for the import.
  if (error instanceof NoticeError || (error instanceof Error && error.name === 'Error')) return new BackupError(notice('importFailed', { detail: error instanceof NoticeError ? error.notice.code : error.message }));
  return new BackupError(notice('importDatabaseRefused', { name: names[0] ?? '' }));
}

function lineOf(text: string, position: number): number {
  let line = 1;
  for (let index = 0; index < position && index < text.length; index++) if (text.charCodeAt(index) === 10) line++;
  return line;
}

/**
 * Parses a backup file's text and checks all of it but the postings' contents (the restore validates
 * each as it writes); throws a BackupError that names the place and the reason.
 */
export function parseBackup(text: string, byteLength = text.length): ReadBackup {
  if (byteLength > MAX_BACKUP_BYTES) {
    throw new BackupError(notice('importFileTooLarge', { size: byteLength, limit: MAX_BACKUP_BYTES }));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(message.match(/position (\d+)/)?.[1] ?? NaN);
    throw new BackupError(Number.isNaN(position) ? notice('importInvalidJson', { detail: message }) : notice('importInvalidJsonAt', { line: lineOf(text, position), detail: message }));
  }
  checkShape(parsed);
  let readFromVersion: number = BACKUP_VERSION;
  if (parsed && typeof parsed === 'object' && (parsed as { format?: unknown }).format === BACKUP_FORMAT) {
    const version = (parsed as { version?: unknown }).version;
    if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
      throw new BackupError(notice('importVersion', { version: JSON.stringify(version) ?? '', readable: READABLE_VERSIONS.join(', ') }));
    }
    if (version === 1) upgradeFromVersion1(parsed as Record<string, unknown>);
    if (version <= 2) upgradeFromVersion2(parsed as Record<string, unknown>);
    readFromVersion = version;
  }
  const result = BackupFileShapeSchema.safeParse(parsed);
  if (!result.success) throw refusal(result.error.issues[0]!);
  checkEachPostingOnce(result.data.postings);
  for (const setting of result.data.settings) {
    // Own keys only: "toString" or "constructor" must not find the object's inherited members.
    const definition = Object.hasOwn(SETTINGS, setting.key) ? SETTINGS[setting.key as SettingKey] : undefined;
    if (!definition) throw new BackupError(notice('importUnknownSetting', { key: setting.key }));
    if (!definition.schema.safeParse(setting.value).success) throw new BackupError(notice('importInvalidSetting', { key: setting.key }));
  }
  return { ...result.data, readFromVersion };
}

export interface ImportReport {
  added: number;
  updated: number;
  skipped: Array<{ url: string; reason: Notice }>;
  /** Settings the user had set here, kept over the backup's (settings carry no time of change to compare). */
  keptSettings?: string[];
}

/** The postings from `start`, validated; the first invalid one refuses the whole file with its path. */
function validPostings(postings: readonly unknown[], start: number, end: number): SavedPosting[] {
  const valid: SavedPosting[] = [];
  for (let index = start; index < end; index++) {
    const result = SavedPostingSchema.safeParse(postings[index]);
    if (!result.success) throw refusal(result.error.issues[0]!, ['postings', index]);
    valid.push(result.data);
  }
  return valid;
}

/**
 * Writes a backup in one transaction, its postings validated and written a chunk at a time (the
 * database writes one chunk while the next is validated). A posting already here is replaced only
 * when the backup's copy was changed more recently, so the newer edits win on either side; a
 * setting the user set here (the profile, reminders) is kept, since nothing tells which side is
 * newer. A refusal, a failure or a Cancel anywhere rolls everything back.
 */
export async function restoreBackup(db: VacancyDatabase, backup: ReadBackup, work: ChunkedWork = {}): Promise<ImportReport> {
  checkEachPostingOnce(backup.postings);
  const skipped: ImportReport['skipped'] = [];
  const descriptions = new Map(backup.descriptions.map((description) => [description.id, description.text]));
  const filesById = new Map(backup.files.map((file) => [file.id, file]));
  const total = backup.postings.length;
  try {
    return await db.transaction('rw', db.postings, db.descriptions, db.rules, db.settings, db.files, async () => {
      const before = await db.postings.count();
      // What is here already, read before the first write: every id (keys only) and the postings at the backup's addresses.
      const urls = backup.postings.map((posting) => (posting as { canonicalUrl?: unknown } | null)?.canonicalUrl).filter((url): url is string => typeof url === 'string');
      const [locals, taken] = await Promise.all([db.postings.where('canonicalUrl').anyOf(urls).toArray(), db.postings.toCollection().primaryKeys()]);
      const localByUrl = new Map(locals.map((posting) => [posting.canonicalUrl, posting]));
      const takenIds = new Set(taken as string[]);
      // Ids are unique in the file, but a fresh id could still meet one: one record must never replace another.
      const written = new Set<string>();
      const added = new Set<string>();
      let writing: Promise<unknown> = Promise.resolve();
      for (let start = 0; start < total; start += POSTINGS_PER_CHUNK) {
        const end = Math.min(total, start + POSTINGS_PER_CHUNK);
        // Validated while the chunk before is being written.
        const incoming = validPostings(backup.postings, start, end);
        const postings: SavedPosting[] = [];
        const texts: Array<{ id: string; text: string }> = [];
        const keptFiles: SavedFile[] = [];
        for (const posting of incoming) {
          const local = localByUrl.get(posting.canonicalUrl);
          let record: SavedPosting;
          if (!local) {
            record = takenIds.has(posting.id) || written.has(posting.id) ? { ...posting, id: crypto.randomUUID() } : posting;
            added.add(record.id);
          } else if (posting.updatedAt > local.updatedAt) {
            record = { ...posting, id: local.id };
          } else {
            skipped.push({ url: posting.canonicalUrl, reason: posting.updatedAt === local.updatedAt ? notice('skippedUnchanged') : notice('skippedNewerHere') });
            continue;
          }
          if (written.has(record.id)) throw new BackupError(notice('importMerged'));
          written.add(record.id);
          postings.push(record);
          const description = descriptions.get(posting.id);
          if (description !== undefined) texts.push({ id: record.id, text: description });
          const file = filesById.get(posting.id);
          if (file) {
            const { base64, ...kept } = file;
            keptFiles.push({ ...kept, id: record.id, bytes: fromBase64(base64) });
          }
        }
        const writes = Promise.all([db.postings.bulkPut(postings), db.descriptions.bulkPut(texts), db.files.bulkPut(keptFiles)]);
        // Awaited below or at the next chunk; a refusal meanwhile rolls it back, and that rejection is then expected.
        writes.catch(() => undefined);
        // The page waits for the chunk before while the database already has this one: it never runs dry.
        await writing;
        writing = writes;
        stopIfCancelled(work.signal);
        work.onProgress?.({ done: end, total });
      }
      await writing;
      stopIfCancelled(work.signal);
      const localRules = new Map((await db.rules.toArray()).map((rule) => [rule.id, rule]));
      await db.rules.bulkPut(backup.rules.filter((rule) => !localRules.has(rule.id) || rule.updatedAt > localRules.get(rule.id)!.updatedAt));
      const localSettings = new Set((await db.settings.toCollection().primaryKeys()) as string[]);
      await db.settings.bulkPut(backup.settings.filter((setting) => !localSettings.has(setting.key)));
      const keptSettings = backup.settings.filter((setting) => localSettings.has(setting.key)).map((setting) => setting.key);
      // Counted in the database, so the report cannot say more than what was written.
      const addedCount = (await db.postings.count()) - before;
      if (addedCount !== added.size) throw new BackupError(notice('importIncomplete'));
      return { added: addedCount, updated: written.size - addedCount, skipped, keptSettings };
    });
  } catch (error) {
    if (error instanceof TransferCancelled) throw error;
    throw explainImportError(error);
  }
}
