/**
 * JSON backup and restore. A backup holds every record and field, with a format version; a restore
 * validates the whole file with zod before one transaction writes anything, and merges by canonical
 * URL without losing the newer side's edits.
 */
import { z } from 'zod';
import type { VacancyDatabase } from '../db';
import { effectivePosting } from '../repository';
import { DescriptionSchema, SavedFileSchema, SavedPostingSchema, UserRuleSchema, type SavedFile, type SavedPosting } from '../schema';
import { SETTINGS, type SettingKey } from '../settings';

export const BACKUP_FORMAT = 'vacancy-clipper-backup';
/** Version 2 (database v3): postings carry requirements and selection grids, tracking the ticked criteria. */
export const BACKUP_VERSION = 2;
/** Older versions this one reads, each brought up to date before validation. */
const READABLE_VERSIONS: readonly number[] = [1, BACKUP_VERSION];
/** Larger than any real history (10,000 postings weigh about 60 MB): past it, the file is refused unread. */
export const MAX_BACKUP_BYTES = 150 * 1024 * 1024;
/** No field of a real posting comes near this; a longer string is an attack or a broken file. */
export const MAX_STRING_LENGTH = 2_000_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const BackupSettingSchema = z.object({ key: z.string(), value: z.unknown() });

/** A kept PDF or Word file, its bytes in base64 so that the backup stays one JSON text. */
const BackupFileSchema = SavedFileSchema.omit({ bytes: true }).extend({ base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/) });
type BackupFile = z.infer<typeof BackupFileSchema>;

/** Base64 in slices: String.fromCharCode over 20 MB at once would overflow the call stack. */
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

export async function createBackup(db: VacancyDatabase, now = new Date()): Promise<Backup> {
  return db.transaction('r', db.postings, db.descriptions, db.rules, db.settings, db.files, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    postings: await db.postings.toArray(),
    descriptions: await db.descriptions.toArray(),
    rules: await db.rules.toArray(),
    settings: await db.settings.toArray(),
    files: (await db.files.toArray()).map(({ bytes, ...file }): BackupFile => ({ ...file, base64: toBase64(bytes) })),
  }));
}

export class BackupError extends Error {}

/** Walks the parsed JSON once: no prototype keys, no giant strings; says where the first one is. */
function checkShape(root: unknown): void {
  const stack: Array<{ value: unknown; path: string }> = [{ value: root, path: '$' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string' && value.length > MAX_STRING_LENGTH) {
      throw new BackupError(`${path}: a text of ${value.length.toLocaleString('en')} characters is longer than any posting field can be (limit ${MAX_STRING_LENGTH.toLocaleString('en')}). Nothing was imported.`);
    }
    if (value === null || typeof value !== 'object') continue;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new BackupError(`${path}: the key "${key}" is not allowed (it could alter the program's objects). Nothing was imported.`);
      stack.push({ value: (value as Record<string, unknown>)[key], path: Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}` });
    }
  }
}

/**
 * A version 1 backup lacks what database v3 added: empty requirements and grids (the background reads
 * them again from the descriptions after the restore) and no ticked criteria. Only well-formed
 * records are touched; anything else is left for the schema to refuse with its path.
 */
function upgradeFromVersion1(backup: Record<string, unknown>): void {
  backup.version = BACKUP_VERSION;
  backup.files ??= [];
  if (!Array.isArray(backup.postings)) return;
  for (const posting of backup.postings) {
    if (!posting || typeof posting !== 'object') continue;
    const { extracted, tracking } = posting as { extracted?: unknown; tracking?: unknown };
    if (extracted && typeof extracted === 'object') Object.assign(extracted, { requirements: [], selectionGrids: [], ...extracted });
    if (tracking && typeof tracking === 'object') Object.assign(tracking, { gridChecks: [], ...tracking });
  }
}

function named(posting: SavedPosting): string {
  return `“${effectivePosting(posting).title ?? posting.canonicalUrl}”`;
}

/**
 * A backup holds each posting once: two records with one id would write one and drop the other, two
 * with one web address would break the database's uniqueness. Refused before anything is written,
 * naming the postings.
 */
function checkEachPostingOnce(postings: readonly SavedPosting[]): void {
  for (const [key, what] of [['id', 'the same id'], ['canonicalUrl', 'the same web address']] as const) {
    const first = new Map<string, SavedPosting>();
    const clashes: string[] = [];
    for (const posting of postings) {
      const earlier = first.get(posting[key]);
      if (earlier) clashes.push(`${named(earlier)} and ${named(posting)} (${posting[key]})`);
      else first.set(posting[key], posting);
    }
    if (clashes.length > 0) {
      const more = clashes.length > 3 ? ` and ${clashes.length - 3} more` : '';
      throw new BackupError(`$.postings: ${clashes.slice(0, 3).join('; ')}${more} have ${what}; a backup holds each posting once. Nothing was imported.`);
    }
  }
}

/** A failure of the database during an import, in words: the transaction was rolled back. */
export function explainImportError(error: unknown): Error {
  if (error instanceof BackupError) return error;
  const names = [error, (error as { inner?: unknown })?.inner, ...((error as { failures?: unknown[] })?.failures ?? [])].map((item) => (item as { name?: string } | undefined)?.name);
  if (names.includes('ConstraintError')) return new BackupError('Two postings would have the same web address or id in this tracker. Nothing was imported.');
  if (names.includes('QuotaExceededError')) return new BackupError('The browser’s storage for this extension is full. Nothing was imported: export and delete old postings, or free disk space, then try again.');
  if (names.includes('MissingAPIError') || names.includes('InvalidStateError')) return new BackupError('The browser does not let this extension store data here (a private window may disable it). Nothing was imported.');
  // Already in words (lib/repository.ts explainStorageError): kept, with what it means for the import.
  if (error instanceof Error && error.name === 'Error') return new BackupError(/Nothing was imported/.test(error.message) ? error.message : `${error.message} Nothing was imported.`);
  return new BackupError(`The browser’s database refused the import${names[0] ? ` (${names[0]})` : ''}. Nothing was imported.`);
}

function lineOf(text: string, position: number): number {
  let line = 1;
  for (let index = 0; index < position && index < text.length; index++) if (text.charCodeAt(index) === 10) line++;
  return line;
}

/** Parses and validates a backup file's text; throws a BackupError that names the place and the reason. */
export function parseBackup(text: string, byteLength = text.length): Backup {
  if (byteLength > MAX_BACKUP_BYTES) {
    throw new BackupError(`The file is ${(byteLength / 1024 / 1024).toFixed(0)} MB: a backup is at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB. Nothing was imported.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(message.match(/position (\d+)/)?.[1] ?? NaN);
    const where = Number.isNaN(position) ? '' : ` (line ${lineOf(text, position)})`;
    throw new BackupError(`The file is not valid JSON${where}: ${message}. It may be truncated. Nothing was imported.`);
  }
  checkShape(parsed);
  if (parsed && typeof parsed === 'object' && (parsed as { format?: unknown }).format === BACKUP_FORMAT) {
    const version = (parsed as { version?: unknown }).version;
    if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
      throw new BackupError(`This backup has format version ${JSON.stringify(version)}; this version of the extension reads versions ${READABLE_VERSIONS.join(' and ')}. Nothing was imported.`);
    }
    if (version === 1) upgradeFromVersion1(parsed as Record<string, unknown>);
  }
  const result = BackupSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.length > 0 ? `$.${issue.path.join('.')}` : '$';
    throw new BackupError(`${path}: ${issue.message}. Nothing was imported.`);
  }
  checkEachPostingOnce(result.data.postings);
  for (const setting of result.data.settings) {
    // Own keys only: "toString" or "constructor" must not find the object's inherited members.
    const definition = Object.hasOwn(SETTINGS, setting.key) ? SETTINGS[setting.key as SettingKey] : undefined;
    if (!definition) throw new BackupError(`$.settings: unknown setting "${setting.key}". Nothing was imported.`);
    if (!definition.schema.safeParse(setting.value).success) throw new BackupError(`$.settings.${setting.key}: the value is not valid. Nothing was imported.`);
  }
  return result.data;
}

export interface ImportReport {
  added: number;
  updated: number;
  skipped: Array<{ url: string; reason: string }>;
  /** Settings the user had set here, kept over the backup's (settings carry no time of change to compare). */
  keptSettings?: string[];
}

/**
 * Writes a validated backup in one transaction. A posting already here is replaced only when the
 * backup's copy was changed more recently, so the newer edits win on either side; a setting the user
 * set here (the profile, reminders) is kept, since nothing tells which side is newer.
 */
export async function restoreBackup(db: VacancyDatabase, backup: Backup): Promise<ImportReport> {
  checkEachPostingOnce(backup.postings);
  const skipped: ImportReport['skipped'] = [];
  const descriptions = new Map(backup.descriptions.map((description) => [description.id, description.text]));
  try {
    return await db.transaction('rw', db.postings, db.descriptions, db.rules, db.settings, db.files, async () => {
      // One indexed read for all the backup's URLs and one for its ids, then bulk writes: a 10,000-posting
      // backup must not cost 10,000 round trips to the database.
      const urls = backup.postings.map((posting) => posting.canonicalUrl);
      const localByUrl = new Map((await db.postings.where('canonicalUrl').anyOf(urls).toArray()).map((posting) => [posting.canonicalUrl, posting]));
      const takenIds = new Set((await db.postings.bulkGet(backup.postings.map((posting) => posting.id))).filter(Boolean).map((posting) => posting!.id));
      const postings: SavedPosting[] = [];
      const added = new Set<string>();
      const texts: Array<{ id: string; text: string }> = [];
      const keptFiles: SavedFile[] = [];
      const filesById = new Map(backup.files.map((file) => [file.id, file]));
      for (const incoming of backup.postings) {
        const local = localByUrl.get(incoming.canonicalUrl);
        let written: SavedPosting;
        if (!local) {
          written = takenIds.has(incoming.id) ? { ...incoming, id: crypto.randomUUID() } : incoming;
          added.add(written.id);
        } else if (incoming.updatedAt > local.updatedAt) {
          written = { ...incoming, id: local.id };
        } else {
          skipped.push({ url: incoming.canonicalUrl, reason: incoming.updatedAt === local.updatedAt ? 'already here, unchanged' : 'the copy here was changed more recently' });
          continue;
        }
        postings.push(written);
        const description = descriptions.get(incoming.id);
        if (description !== undefined) texts.push({ id: written.id, text: description });
        const file = filesById.get(incoming.id);
        if (file) {
          const { base64, ...kept } = file;
          keptFiles.push({ ...kept, id: written.id, bytes: fromBase64(base64) });
        }
      }
      // Ids are unique in the file, but a fresh id could still meet one: one record must never replace another.
      const ids = new Set(postings.map((posting) => posting.id));
      if (ids.size !== postings.length) throw new BackupError('Two postings of this backup would be stored as one. Nothing was imported.');
      await db.postings.bulkPut(postings);
      await db.descriptions.bulkPut(texts);
      await db.files.bulkPut(keptFiles);
      const localRules = new Map((await db.rules.toArray()).map((rule) => [rule.id, rule]));
      await db.rules.bulkPut(backup.rules.filter((rule) => !localRules.has(rule.id) || rule.updatedAt > localRules.get(rule.id)!.updatedAt));
      const localSettings = new Set((await db.settings.toCollection().primaryKeys()) as string[]);
      await db.settings.bulkPut(backup.settings.filter((setting) => !localSettings.has(setting.key)));
      const keptSettings = backup.settings.filter((setting) => localSettings.has(setting.key)).map((setting) => setting.key);
      // Counted from the records as stored, so the report cannot say more than what was written.
      const stored = (await db.postings.bulkGet([...ids])).filter((posting) => posting !== undefined);
      if (stored.length !== postings.length) throw new BackupError('Some postings could not be stored. Nothing was imported.');
      const addedCount = stored.filter((posting) => added.has(posting.id)).length;
      return { added: addedCount, updated: stored.length - addedCount, skipped, keptSettings };
    });
  } catch (error) {
    throw explainImportError(error);
  }
}
