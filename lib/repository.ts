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
import { NoticeError, notice } from './notice';
import { correctedRequirements } from './fit';
import type { VacancyDatabase } from './db';
import type { EditableField } from './posting-fields';
import { applyUserChoices } from './classify';
import {
  type Contact,
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
    return new NoticeError(notice('errorStorageFull'));
  }
  if (names.includes('MissingAPIError') || names.includes('InvalidStateError')) {
    return new NoticeError(notice('errorStorageDenied'));
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

/** A field the user changed before saving, with the value they saw: resolved to its field by name. */
export interface FieldChange {
  name: string;
  field: EditableField;
  seen: string;
  typed: string;
}

export interface CaptureResult {
  record: SavedPosting;
  /** Changes not applied because the field no longer held what the user saw, with what it holds. */
  refused: Array<{ name: string; current: string }>;
}

/**
 * Saves a capture. A page saved before keeps everything the user wrote (status, notes, corrections,
 * tags); only the extracted fields are refreshed. Changes typed in the popup apply over the record
 * as refreshed, each only where the field still shows what the user saw.
 */
export async function capturePosting(db: VacancyDatabase, posting: Posting, changes: FieldChange[] = [], now = new Date()): Promise<CaptureResult> {
  const at = now.toISOString();
  const { description, ...extracted } = posting;
  return writing(db, db.postings, db.descriptions, async () => {
    const existing = await db.postings.where('canonicalUrl').equals(posting.canonicalUrl).first();
    let record: SavedPosting = existing
      ? { ...existing, extracted, updatedAt: at }
      : withIndexKeys({
          id: crypto.randomUUID(),
          canonicalUrl: posting.canonicalUrl,
          extracted,
          edits: {},
          userTags: [],
          tracking: emptyTracking(at),
          capturedAt: at,
          updatedAt: at,
        });
    const refused: CaptureResult['refused'] = [];
    for (const { name, field, seen, typed } of changes) {
      const current = field.read(record);
      if (current === seen) record = field.apply(record, typed);
      else refused.push({ name, current });
    }
    record = withIndexKeys(record);
    await db.postings.put(record);
    await db.descriptions.put({ id: record.id, text: description });
    return { record, refused };
  });
}

export async function savePosting(db: VacancyDatabase, posting: Posting, now = new Date()): Promise<SavedPosting> {
  return (await capturePosting(db, posting, [], now)).record;
}

async function update(db: VacancyDatabase, id: string, change: (record: SavedPosting) => UnindexedRecord): Promise<SavedPosting> {
  return writing(db, db.postings, async () => {
    const record = await db.postings.get(id);
    if (!record) throw new NoticeError(notice('errorPostingGone', { id }));
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

/** What became of a write made over the value the user saw. */
export type FieldWrite = { written: true; stored: string; record: SavedPosting } | { written: false; current: string };

/**
 * Writes one field's typed text only if the field still holds the value the user saw when they typed:
 * compared and set in one transaction, so a write racing another tab or a re-capture cannot clobber the
 * newer value. A refusal hands back the current value, for the user to choose.
 */
export async function writeField(db: VacancyDatabase, id: string, field: EditableField, seen: string, typed: string, now = new Date()): Promise<FieldWrite> {
  return writing(db, db.postings, async () => {
    const record = await db.postings.get(id);
    if (!record) throw new NoticeError(notice('errorDeletedMeanwhile'));
    const current = field.read(record);
    if (current !== seen) return { written: false, current };
    const changed = withIndexKeys({ ...field.apply(record, typed), updatedAt: now.toISOString() });
    await db.postings.put(changed);
    return { written: true, stored: field.read(changed), record: changed };
  });
}

export function editFields(db: VacancyDatabase, id: string, edits: PostingEdits, now = new Date()): Promise<SavedPosting> {
  return update(db, id, (record) => ({ ...record, edits: { ...record.edits, ...edits }, updatedAt: now.toISOString() }));
}

export function addContact(db: VacancyDatabase, id: string, now = new Date()): Promise<SavedPosting> {
  return update(db, id, (record) => ({
    ...record,
    tracking: { ...record.tracking, contacts: [...record.tracking.contacts, { name: '', email: '', role: '' }] },
    updatedAt: now.toISOString(),
  }));
}

/** Removes the contact at that place only if it is still the one the user saw there; says whether it did. */
export async function removeContact(db: VacancyDatabase, id: string, index: number, seen: Contact, now = new Date()): Promise<boolean> {
  let removed = false;
  await update(db, id, (record) => {
    const { contacts } = record.tracking;
    if (JSON.stringify(contacts[index]) !== JSON.stringify(seen)) return record;
    removed = true;
    return { ...record, tracking: { ...record.tracking, contacts: contacts.filter((_, at) => at !== index) }, updatedAt: now.toISOString() };
  });
  return removed;
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

/** Whether the user did anything on this record: wrote, corrected, tagged, moved it on. */
export function holdsUserWork(record: SavedPosting): boolean {
  const { tracking } = record;
  return (
    Object.keys(record.edits).length > 0 ||
    record.userTags.length > 0 ||
    tracking.removedTagIds.length > 0 ||
    tracking.status !== 'saved' ||
    tracking.notes !== '' ||
    tracking.appliedDate !== null ||
    tracking.followUpDate !== null ||
    tracking.starred ||
    tracking.contacts.length > 0 ||
    tracking.sent.cv !== '' ||
    tracking.sent.coverLetter !== '' ||
    tracking.gridChecks.length > 0
  );
}

/** The user's own part of a record, to tell whether two copies of a posting hold the same work. */
function userWorkOf(record: SavedPosting): string {
  const { statusHistory: _history, ...tracking } = record.tracking;
  // Keys sorted: a migrated or imported copy may hold the same values in another order.
  const sorted = (_key: string, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value;
  return JSON.stringify([record.edits, record.userTags, tracking], sorted);
}

/**
 * Brings deleted postings back. A posting saved again since (a capture, an import) is replaced only
 * when it holds nothing of the user's own, or the same work as the deleted copy, and lends it its
 * extraction when newer; a copy with other work is never overwritten: that deleted posting stays
 * deleted and is handed back, so the undo line can say so.
 */
export async function restorePostings(db: VacancyDatabase, deleted: DeletedPosting[]): Promise<SavedPosting[]> {
  return writing(db, db.postings, db.descriptions, db.files, async () => {
    const notRestored: SavedPosting[] = [];
    for (const { record, description, file } of deleted) {
      const again = await db.postings.where('canonicalUrl').equals(record.canonicalUrl).first();
      if (again && holdsUserWork(again) && userWorkOf(again) !== userWorkOf(record)) {
        notRestored.push(record);
        continue;
      }
      let restored = SavedPostingSchema.parse(record);
      let text = description;
      if (again && again.updatedAt > record.updatedAt) {
        restored = withIndexKeys({ ...restored, extracted: again.extracted, updatedAt: again.updatedAt });
        text = (await db.descriptions.get(again.id))?.text ?? description;
      }
      if (again && again.id !== record.id) {
        await db.postings.delete(again.id);
        await db.descriptions.delete(again.id);
        await db.files.delete(again.id);
      }
      await db.postings.put(restored);
      if (text !== null) await db.descriptions.put({ id: record.id, text });
      if (file) await db.files.put(file);
    }
    return notRestored;
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
