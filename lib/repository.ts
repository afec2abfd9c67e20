/**
 * Saved postings: the only code that writes them. Each operation is one Dexie transaction, so a
 * popup closed mid-way or two captures of one page at once leave one whole record.
 */
import type { VacancyDatabase } from './db';
import { applyUserChoices } from './classify';
import {
  SavedPostingSchema,
  type Posting,
  type PostingEdits,
  type SavedPosting,
  type Status,
  type Tag,
} from './schema';

/** Sort key of "no deadline": after every real date. */
export const NO_DEADLINE = '9999-12-31T23:59:59Z';

export function deadlineSortKey(posting: Pick<Posting, 'deadline'>): string {
  const { instant, date } = posting.deadline;
  return instant ?? (date ? `${date}T23:59:59Z` : NO_DEADLINE);
}

/** What the user sees: the extracted fields, their corrections on top, their tag choices applied. */
export function effectivePosting(saved: SavedPosting): Posting {
  return {
    ...saved.extracted,
    ...saved.edits,
    tags: applyUserChoices(saved.extracted.tags, saved.userTags, saved.tracking.removedTagIds),
  };
}

function withIndexKeys(record: Omit<SavedPosting, 'status' | 'deadlineAt' | 'organization' | 'tagIds'>): SavedPosting {
  const shown = effectivePosting(record as SavedPosting);
  return SavedPostingSchema.parse({
    ...record,
    status: record.tracking.status,
    deadlineAt: deadlineSortKey(shown),
    organization: shown.organization ?? '',
    tagIds: shown.tags.map((tag) => tag.id),
  });
}

function newId(): string {
  return crypto.randomUUID();
}

/**
 * Saves a capture. A page saved before keeps everything the user wrote (status, notes, corrections,
 * tags); only the extracted fields are refreshed.
 */
export async function savePosting(db: VacancyDatabase, posting: Posting, edits: PostingEdits = {}, now = new Date()): Promise<SavedPosting> {
  const at = now.toISOString();
  return db.transaction('rw', db.postings, async () => {
    const existing = await db.postings.where('canonicalUrl').equals(posting.canonicalUrl).first();
    const record = existing
      ? withIndexKeys({ ...existing, extracted: posting, edits: { ...existing.edits, ...edits }, updatedAt: at })
      : withIndexKeys({
          id: newId(),
          canonicalUrl: posting.canonicalUrl,
          extracted: posting,
          edits,
          userTags: [],
          tracking: { status: 'saved', statusHistory: [{ status: 'saved', at }], notes: '', removedTagIds: [] },
          capturedAt: at,
          updatedAt: at,
        });
    await db.postings.put(record);
    return record;
  });
}

async function update(db: VacancyDatabase, id: string, change: (record: SavedPosting) => SavedPosting): Promise<SavedPosting> {
  return db.transaction('rw', db.postings, async () => {
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
          tracking: { ...record.tracking, status, statusHistory: [...record.tracking.statusHistory, { status, at }] },
          updatedAt: at,
        },
  );
}

export function setNotes(db: VacancyDatabase, id: string, notes: string, now = new Date()): Promise<SavedPosting> {
  return update(db, id, (record) => ({ ...record, tracking: { ...record.tracking, notes }, updatedAt: now.toISOString() }));
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

/** Deletes and hands back the record, so that the caller can offer to undo. */
export async function deletePosting(db: VacancyDatabase, id: string): Promise<SavedPosting | null> {
  return db.transaction('rw', db.postings, async () => {
    const record = await db.postings.get(id);
    if (record) await db.postings.delete(id);
    return record ?? null;
  });
}

export async function restorePosting(db: VacancyDatabase, record: SavedPosting): Promise<void> {
  await db.postings.put(SavedPostingSchema.parse(record));
}

export function findByCanonicalUrl(db: VacancyDatabase, canonicalUrl: string): Promise<SavedPosting | undefined> {
  return db.postings.where('canonicalUrl').equals(canonicalUrl).first();
}

/** Saved postings, nearest deadline first. */
export function listByDeadline(db: VacancyDatabase, limit?: number): Promise<SavedPosting[]> {
  const query = db.postings.orderBy('deadlineAt');
  return limit ? query.limit(limit).toArray() : query.toArray();
}

const OPEN_STATUSES: Status[] = ['saved', 'preparing'];

/** Past its deadline and never applied to: shown as expired, whatever status it was left in. */
export function isExpired(record: SavedPosting, now = new Date()): boolean {
  return OPEN_STATUSES.includes(record.status) && record.deadlineAt !== NO_DEADLINE && record.deadlineAt < now.toISOString();
}
