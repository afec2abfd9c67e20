/**
 * Saved postings and the user's tag rules: the only code that writes them. Each operation is one
 * Dexie transaction, so a popup closed mid-way or two captures of one page at once leave one whole
 * record, and its failure comes out in words a user can act on (explainStorageError).
 *
 * Deliberate bulk paths write in their own transactions, through writing() and withIndexKeys() from
 * here: the backup restore (lib/transfer/backup.ts), the CSV import (lib/transfer/csv-import.ts) and
 * the re-read of every posting (lib/rules.ts rereadAll). Settings are written by lib/settings.ts,
 * which validates each key's value with its own schema.
 */
import type { Table } from 'dexie';
import { correctedRequirements } from './fit';
import type { VacancyDatabase } from './db';
import { applyUserChoices } from './classify';
import {
  SavedFileSchema,
  SavedPostingSchema,
  UserRuleSchema,
  emptyTracking,
  type Posting,
  type PostingEdits,
  type SavedFile,
  type SavedPosting,
  type Status,
  type StoredPosting,
  type Tag,
  type Tracking,
  type UserRule,
} from './schema';

/** Sort key of "no deadline": after every real date. */
export const NO_DEADLINE = '9999-12-31T23:59:59Z';

export function deadlineSortKey(posting: Pick<Posting, 'deadline'>): string {
  const { instant, date } = posting.deadline;
  return instant ?? (date ? `${date}T23:59:59Z` : NO_DEADLINE);
}

/** What the user sees: the extracted fields, their corrections on top, their tag choices applied. */
export function effectivePosting(saved: SavedPosting): StoredPosting {
  return {
    ...saved.extracted,
    ...saved.edits,
    tags: applyUserChoices(saved.extracted.tags, saved.userTags, saved.tracking.removedTagIds),
    requirements: correctedRequirements(saved.extracted.requirements, saved.edits),
  };
}

type UnindexedRecord = Omit<SavedPosting, 'status' | 'deadlineAt' | 'organization' | 'tagIds'>;

/** A record with its denormalised index keys recomputed from what the user sees. */
export function withIndexKeys(record: UnindexedRecord): SavedPosting {
  const shown = effectivePosting(record as SavedPosting);
  return SavedPostingSchema.parse({
    ...record,
    status: record.tracking.status,
    deadlineAt: deadlineSortKey(shown),
    organization: shown.organization ?? '',
    tagIds: shown.tags.map((tag) => tag.id),
  });
}

/** Storage failures in words a user can act on; the transaction was rolled back, so nothing is half-written. */
export function explainStorageError(error: unknown): Error {
  const names = [error, (error as { inner?: unknown })?.inner].map((item) => (item as { name?: string } | undefined)?.name);
  if (names.includes('QuotaExceededError')) {
    return new Error('The browser’s storage for this extension is full: nothing was saved. Export and delete old postings, or free disk space, then try again.');
  }
  if (names.includes('MissingAPIError') || names.includes('InvalidStateError')) {
    return new Error('The browser does not let this extension store data here (a private window may disable it): nothing was saved.');
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** One read-write transaction whose failure comes out explained. */
export async function writing<T>(db: VacancyDatabase, ...args: [...tables: Table[], work: () => Promise<T>]): Promise<T> {
  const work = args.pop() as () => Promise<T>;
  try {
    return await db.transaction('rw', args as Table[], work);
  } catch (error) {
    throw explainStorageError(error);
  }
}

function localDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Saves a capture. A page saved before keeps everything the user wrote (status, notes, corrections,
 * tags); only the extracted fields are refreshed.
 */
export async function savePosting(db: VacancyDatabase, posting: Posting, edits: PostingEdits = {}, now = new Date()): Promise<SavedPosting> {
  const at = now.toISOString();
  const { description, ...extracted } = posting;
  return writing(db, db.postings, db.descriptions, async () => {
    const existing = await db.postings.where('canonicalUrl').equals(posting.canonicalUrl).first();
    const record = existing
      ? withIndexKeys({ ...existing, extracted, edits: { ...existing.edits, ...edits }, updatedAt: at })
      : withIndexKeys({
          id: crypto.randomUUID(),
          canonicalUrl: posting.canonicalUrl,
          extracted,
          edits,
          userTags: [],
          tracking: emptyTracking(at),
          capturedAt: at,
          updatedAt: at,
        });
    await db.postings.put(record);
    await db.descriptions.put({ id: record.id, text: description });
    return record;
  });
}

async function update(db: VacancyDatabase, id: string, change: (record: SavedPosting) => UnindexedRecord): Promise<SavedPosting> {
  return writing(db, db.postings, async () => {
    const record = await db.postings.get(id);
    if (!record) throw new Error(`No saved posting with id ${id}: it may have been deleted.`);
    const changed = withIndexKeys(change(record));
    await db.postings.put(changed);
    return changed;
  });
}

export function setStatus(db: VacancyDatabase, id: string, status: Status, now = new Date()): Promise<SavedPosting> {
  const at = now.toISOString();
  return update(db, id, (record) =>
    record.tracking.status === status
      ? record
      : {
          ...record,
          tracking: {
            ...record.tracking,
            status,
            statusHistory: [...record.tracking.statusHistory, { status, at }],
            appliedDate: status === 'applied' && !record.tracking.appliedDate ? localDate(now) : record.tracking.appliedDate,
          },
          updatedAt: at,
        },
  );
}

/** Notes, dates, star, contacts, what was sent: everything of the tracking but its status. */
export function updateTracking(
  db: VacancyDatabase,
  id: string,
  change: Partial<Omit<Tracking, 'status' | 'statusHistory' | 'removedTagIds'>>,
  now = new Date(),
): Promise<SavedPosting> {
  return update(db, id, (record) => ({ ...record, tracking: { ...record.tracking, ...change }, updatedAt: now.toISOString() }));
}

/** Ticks or unticks a selection-grid criterion, reading the ticks in the same transaction: quick clicks all count. */
export function toggleCriterion(db: VacancyDatabase, id: string, key: string, now = new Date()): Promise<SavedPosting> {
  return update(db, id, (record) => {
    const { gridChecks } = record.tracking;
    const toggled = gridChecks.includes(key) ? gridChecks.filter((checked) => checked !== key) : [...gridChecks, key];
    return { ...record, tracking: { ...record.tracking, gridChecks: toggled }, updatedAt: now.toISOString() };
  });
}

export function editFields(db: VacancyDatabase, id: string, edits: PostingEdits, now = new Date()): Promise<SavedPosting> {
  return update(db, id, (record) => ({ ...record, edits: { ...record.edits, ...edits }, updatedAt: now.toISOString() }));
}

/** Adds a tag by hand; it survives every re-capture and re-classification. */
export function addUserTag(db: VacancyDatabase, id: string, tag: Tag, now = new Date()): Promise<SavedPosting> {
  return update(db, id, (record) => ({
    ...record,
    userTags: [...record.userTags.filter((existing) => existing.id !== tag.id), { ...tag, source: 'user' }],
    tracking: { ...record.tracking, removedTagIds: record.tracking.removedTagIds.filter((removed) => removed !== tag.id) },
    updatedAt: now.toISOString(),
  }));
}

export function removeTag(db: VacancyDatabase, id: string, tagId: string, now = new Date()): Promise<SavedPosting> {
  return update(db, id, (record) => ({
    ...record,
    userTags: record.userTags.filter((tag) => tag.id !== tagId),
    tracking: { ...record.tracking, removedTagIds: Array.from(new Set([...record.tracking.removedTagIds, tagId])) },
    updatedAt: now.toISOString(),
  }));
}

export interface DeletedPosting {
  record: SavedPosting;
  description: string | null;
  file: SavedFile | null;
}

/** Deletes and hands back what was deleted, so that the caller can offer to undo. */
export async function deletePostings(db: VacancyDatabase, ids: string[]): Promise<DeletedPosting[]> {
  return writing(db, db.postings, db.descriptions, db.files, async () => {
    const records = (await db.postings.bulkGet(ids)).filter((record): record is SavedPosting => record !== undefined);
    const found = records.map((record) => record.id);
    const descriptions = await db.descriptions.bulkGet(found);
    const files = await db.files.bulkGet(found);
    await db.postings.bulkDelete(found);
    await db.descriptions.bulkDelete(found);
    await db.files.bulkDelete(found);
    return records.map((record, index) => ({ record, description: descriptions[index]?.text ?? null, file: files[index] ?? null }));
  });
}

export async function restorePostings(db: VacancyDatabase, deleted: DeletedPosting[]): Promise<void> {
  await writing(db, db.postings, db.descriptions, db.files, async () => {
    await db.postings.bulkPut(deleted.map(({ record }) => SavedPostingSchema.parse(record)));
    await db.descriptions.bulkPut(
      deleted.filter(({ description }) => description !== null).map(({ record, description }) => ({ id: record.id, text: description! })),
    );
    await db.files.bulkPut(deleted.flatMap(({ file }) => (file ? [file] : [])));
  });
}

export async function descriptionOf(db: VacancyDatabase, id: string): Promise<string> {
  return (await db.descriptions.get(id))?.text ?? '';
}

export function findByCanonicalUrl(db: VacancyDatabase, canonicalUrl: string): Promise<SavedPosting | undefined> {
  return db.postings.where('canonicalUrl').equals(canonicalUrl).first();
}

/**
 * Saved postings by deadline: open ones first, nearest first (postings without a deadline sort
 * after them), then closed ones, latest first. Both halves are read through the index.
 */
export async function listByDeadline(db: VacancyDatabase, limit = Infinity, now = new Date()): Promise<SavedPosting[]> {
  const nowIso = now.toISOString();
  const open = await db.postings.where('deadlineAt').aboveOrEqual(nowIso).limit(limit).toArray();
  if (open.length >= limit) return open;
  const closed = await db.postings.where('deadlineAt').below(nowIso).reverse().limit(limit - open.length).toArray();
  return [...open, ...closed];
}

/** Statuses in which a posting still waits for the user's application. */
export const OPEN_STATUSES: readonly Status[] = ['saved', 'preparing'];

/** Past its deadline and never applied to: shown as expired, whatever status it was left in. */
export function isExpired(record: SavedPosting, now = new Date()): boolean {
  return OPEN_STATUSES.includes(record.status) && record.deadlineAt !== NO_DEADLINE && record.deadlineAt < now.toISOString();
}

/** Keeps the original file of a posting captured from a document; replaces the one kept before. */
export async function keepFile(db: VacancyDatabase, file: SavedFile): Promise<void> {
  await writing(db, db.files, () => db.files.put(SavedFileSchema.parse(file)));
}

/** Adds one of the user's tag rules, or replaces the one of the same id, which keeps its creation date. */
export async function saveRule(db: VacancyDatabase, rule: UserRule): Promise<UserRule> {
  return writing(db, db.rules, async () => {
    const existing = await db.rules.get(rule.id);
    const saved = UserRuleSchema.parse({ ...rule, createdAt: existing?.createdAt ?? rule.createdAt });
    await db.rules.put(saved);
    return saved;
  });
}

export async function deleteRule(db: VacancyDatabase, id: string): Promise<void> {
  await writing(db, db.rules, () => db.rules.delete(id));
}
