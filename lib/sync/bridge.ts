/**
 * The bridge between the application's store (Dexie) and the sync mirror (a local PouchDB that
 * replicates with the user's server). Dexie stays the only store the application reads.
 * - push: each outbox entry's record, read from Dexie with its part times, is merged into its mirror
 *   document; the entry is removed only if its token is unchanged, so a write made meanwhile stays queued.
 * - pull: each mirror document that changed is first freed of its conflicts (all valid revisions merged
 *   into one, the others removed), then validated and merged into Dexie in one transaction. A document
 *   that fails validation is refused and counted, never stored.
 * Both directions merge with the same pure function (lib/sync/docs.ts), so the order of events does not
 * matter: a change that arrives while a local write waits in the outbox is merged, not overwritten.
 * Kept files go apart, in documents of their own with the bytes attached (lib/sync/files.ts).
 */
import Dexie from 'dexie';
import type { VacancyDatabase } from '../db';
import { derive } from '../derive';
import { withIndexKeys } from '../repository';
import { rereadAll } from '../rules';
import type { UserRule } from '../schema';
import { SETTINGS } from '../settings';
import { isAlive, mergeDocs, parseMirrorDoc, sameContent, type MirrorDoc, type PostingDoc } from './docs';
import { FileDocSchema, fileDoc, fileDocId, fileRank, replaces, savedFileOf, type FileDoc } from './files';
import { POSTING_PARTS, SHARED_SETTINGS } from './paths';
import type { Mirror, RawDoc } from './pouch';
import { WHOLE, markRemote, type PartTimes } from './trace';

/** The time of a rule or setting that no write here ever stamped: older than any edit. */
const NEVER_CHANGED = '1970-01-01T00:00:00.000Z';

export interface BridgeEvents {
  /** A document the server sent failed validation: refused, not stored. */
  refused(id: string): void;
  /** A posting deleted here came back because another device edited it after the deletion. */
  revived(title: string): void;
}

/** The record of that mirror document as Dexie holds it now, as a document; null when Dexie knows nothing of it. */
async function localDoc(db: VacancyDatabase, key: string): Promise<MirrorDoc | null> {
  const row = (await db.syncTimes.get(key)) as PartTimes | undefined;
  const deletedAt = row?.deletedAt ?? null;
  const [kind, ...rest] = key.split(':');
  const name = rest.join(':');
  if (kind === 'posting') {
    const record = await db.postings.where('canonicalUrl').equals(name).first();
    if (!record) return deletedAt ? { _id: key, kind: 'posting', canonicalUrl: name, record: null, description: '', times: {}, deletedAt } : null;
    const description = (await db.descriptions.get(record.id))?.text ?? '';
    const times = Object.fromEntries(Object.entries(row?.times ?? {}).filter(([part]) => POSTING_PARTS.includes(part)));
    return { _id: key, kind: 'posting', canonicalUrl: name, record, description, times, deletedAt };
  }
  const time = row?.times[WHOLE] ?? NEVER_CHANGED;
  if (kind === 'rule') {
    const rule = (await db.rules.get(name)) ?? null;
    return rule || deletedAt ? { _id: key, kind: 'rule', value: rule, time, deletedAt } : null;
  }
  const setting = SHARED_SETTINGS.find((shared) => shared === name);
  const stored = setting ? await db.settings.get(setting) : undefined;
  if (!setting || !stored || !SETTINGS[setting].schema.safeParse(stored.value).success) return null;
  return { _id: key, kind: 'setting', key: setting, value: stored.value, time, deletedAt: null };
}

/** The mirror's current revision of a document, and the document if it is valid (an invalid one is only replaced). */
async function mirrorDoc<Doc = MirrorDoc>(mirror: Mirror, id: string, parse: (raw: unknown) => Doc | null = parseMirrorDoc as (raw: unknown) => Doc | null): Promise<{ rev: string | null; doc: Doc | null }> {
  try {
    const raw = await mirror.get(id);
    return { rev: raw._rev, doc: parse(raw) };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return { rev: null, doc: null };
    throw error;
  }
}

/** Every record that syncs, into the outbox: for a mirror that starts empty (a first sync, a new server). */
export async function queueEverything(db: VacancyDatabase): Promise<void> {
  await db.transaction('rw', db.postings, db.files, db.rules, db.settings, db.syncOutbox, async () => {
    const owners = await db.postings.bulkGet(await db.files.toCollection().primaryKeys());
    const keys = [
      ...(await db.postings.orderBy('canonicalUrl').keys()).map((url) => `posting:${String(url)}`),
      ...owners.filter((owner) => owner !== undefined).map((owner) => fileDocId(owner.canonicalUrl)),
      ...(await db.rules.toCollection().primaryKeys()).map((id) => `rule:${id}`),
      ...(await db.settings.bulkGet([...SHARED_SETTINGS])).filter((row) => row !== undefined).map((row) => `setting:${row.key}`),
    ];
    await db.syncOutbox.bulkPut(keys.map((key) => ({ key, token: crypto.randomUUID() })));
  });
}

/** Carries every queued local change into the mirror. Returns how many documents it wrote there. */
export async function push(db: VacancyDatabase, mirror: Mirror): Promise<number> {
  let written = 0;
  for (const entry of await db.syncOutbox.toArray()) {
    if (entry.key.startsWith(fileDocId(''))) written += await pushFile(db, mirror, entry.key.slice(fileDocId('').length));
    else written += await pushDoc(db, mirror, entry.key);
    await db.transaction('rw', db.syncOutbox, async () => {
      if ((await db.syncOutbox.get(entry.key))?.token === entry.token) await db.syncOutbox.delete(entry.key);
    });
  }
  return written;
}

async function pushDoc(db: VacancyDatabase, mirror: Mirror, key: string): Promise<number> {
  const local = await db.transaction('r', db.postings, db.descriptions, db.rules, db.settings, db.syncTimes, () => localDoc(db, key));
  if (!local) return 0;
  const { rev, doc: existing } = await mirrorDoc(mirror, key);
  const merged = existing ? mergeDocs(existing, local) : local;
  if (existing && sameContent(existing, merged)) return 0;
  await mirror.put({ ...merged, ...(rev ? { _rev: rev } : {}) });
  return 1;
}

/** A posting's kept file into the mirror, unless the mirror holds a later one or it is above the limit. */
async function pushFile(db: VacancyDatabase, mirror: Mirror, canonicalUrl: string): Promise<number> {
  const local = await db.transaction('r', db.postings, db.files, async () => {
    const owner = await db.postings.where('canonicalUrl').equals(canonicalUrl).first();
    const file = owner && (await db.files.get(owner.id));
    return file ? fileDoc(canonicalUrl, file) : null;
  });
  if (!local) return 0;
  // Without its attachment: the mirror answers with the file's description and a stub.
  const { rev, doc } = await mirrorDoc(mirror, local._id, (raw) => raw as unknown as { savedAt: string; fileName: string; size: number });
  if (doc && !replaces(local, doc)) return 0;
  await mirror.put({ ...local, ...(rev ? { _rev: rev } : {}) });
  return 1;
}

/**
 * Replaces a document's conflicting revisions by their merge, on the winning revision, and removes the
 * others, so that conflicts do not pile up. Invalid revisions are dropped. Returns the merged document,
 * or null when no revision is valid.
 */
export async function resolveConflicts(mirror: Mirror, id: string, events: BridgeEvents): Promise<MirrorDoc | null> {
  const winner = await mirror.get(id, { conflicts: true });
  const conflicts = winner._conflicts ?? [];
  const versions = [winner, ...(await Promise.all(conflicts.map((rev) => mirror.get(id, { rev }))))];
  const valid = versions.map(parseMirrorDoc).filter((doc): doc is MirrorDoc => doc !== null);
  for (let invalid = versions.length - valid.length; invalid > 0; invalid--) events.refused(id);
  if (valid.length === 0) return null;
  const merged = valid.reduce((a, b) => mergeDocs(a, b));
  if (conflicts.length === 0 && valid.length === 1) return valid[0]!;
  await mirror.bulkDocs([{ ...merged, _rev: winner._rev }, ...conflicts.map((rev) => ({ _id: id, _rev: rev, _deleted: true }))]);
  return merged;
}

/** Merges mirror documents into Dexie, in one transaction; what Dexie holds that the mirror lacks stays queued. */
export async function applyDocs(db: VacancyDatabase, docs: MirrorDoc[], events: BridgeEvents, files: FileDoc[] = []): Promise<void> {
  const tables = [db.postings, db.descriptions, db.files, db.rules, db.settings, db.syncTimes, db.syncOutbox];
  const revived = await db.transaction('rw', tables, async () => {
    markRemote(Dexie.currentTransaction.idbtrans);
    const titles: string[] = [];
    const rules = await db.rules.toArray();
    for (const doc of docs) {
      // A rule of this batch reaches the postings when pull() reads them all again after it.
      const title = await applyDoc(db, doc, rules);
      if (title) titles.push(title);
    }
    // After the postings: a file goes with the posting of its address, under that posting's id here.
    for (const file of files) {
      const owner = await db.postings.where('canonicalUrl').equals(file.canonicalUrl).first();
      if (!owner) continue;
      const present = await db.files.get(owner.id);
      if (replaces(file, present ? fileRank(present) : null)) await db.files.put(savedFileOf(file, owner.id));
    }
    return titles;
  });
  for (const title of revived) events.revived(title);
}

async function applyDoc(db: VacancyDatabase, doc: MirrorDoc, rules: UserRule[]): Promise<string | null> {
  const local = await localDoc(db, doc._id);
  const merged = local ? mergeDocs(local, doc) : doc;
  if (sameContent(merged, doc)) await db.syncOutbox.delete(doc._id);
  else await db.syncOutbox.put({ key: doc._id, token: crypto.randomUUID() });
  if (local && sameContent(local, merged)) return null;
  if (merged.kind === 'posting') return writePosting(db, merged, local as PostingDoc | null, rules);
  const times = { [WHOLE]: merged.time };
  await db.syncTimes.put({ key: merged._id, times, deletedAt: merged.deletedAt });
  if (merged.kind === 'rule') {
    if (isAlive(merged)) await db.rules.put(merged.value!);
    else await db.rules.delete(merged._id.slice('rule:'.length));
  } else await db.settings.put({ key: merged.key, value: merged.value });
  return null;
}

/** Writes a merged posting; returns its title when it comes back after a deletion made here. */
async function writePosting(db: VacancyDatabase, merged: PostingDoc, local: PostingDoc | null, rules: UserRule[]): Promise<string | null> {
  const alive = isAlive(merged);
  // Like a deletion made here, one applied from the server keeps no part times (lib/sync/trace.ts).
  const times = alive ? (merged.times as Record<string, string>) : {};
  await db.syncTimes.put({ key: merged._id, times, deletedAt: merged.deletedAt });
  const present = await db.postings.where('canonicalUrl').equals(merged.canonicalUrl).first();
  if (!alive) {
    if (present) await Promise.all([db.postings.delete(present.id), db.descriptions.delete(present.id), db.files.delete(present.id)]);
    return null;
  }
  const record = merged.record!;
  if (present && present.id !== record.id) {
    // The same page captured on two devices: the merge keeps one id, and the kept file follows it.
    const file = await db.files.get(present.id);
    await Promise.all([db.postings.delete(present.id), db.descriptions.delete(present.id), db.files.delete(present.id)]);
    if (file) await db.files.put({ ...file, id: record.id });
  }
  // What derives from the extraction (requirements, grids, tags) is derived here, with this device's rules and readers.
  const { requirements: _requirements, selectionGrids: _grids, tags: _tags, ...read } = record.extracted;
  const derived = derive({ ...read, description: merged.description }, rules);
  await db.postings.put(withIndexKeys({ ...record, extracted: { ...record.extracted, ...derived } }));
  await db.descriptions.put({ id: record.id, text: merged.description });
  const wasDeletedHere = !present && local?.deletedAt != null;
  return wasDeletedHere ? (record.edits.title ?? record.extracted.title ?? record.canonicalUrl) : null;
}

/**
 * The file documents to apply with a batch, bytes included: those that changed, and those of the batch's
 * postings (a file may have arrived before its posting, and then waited for it). Invalid changed ones are refused.
 */
async function filesFor(mirror: Mirror, docs: MirrorDoc[], changedFiles: Set<string>, events: BridgeEvents): Promise<FileDoc[]> {
  const ids = new Set(changedFiles);
  for (const doc of docs) if (doc.kind === 'posting' && isAlive(doc)) ids.add(fileDocId(doc.canonicalUrl));
  if (ids.size === 0) return [];
  const found = await mirror.allDocs({ keys: [...ids], include_docs: true, attachments: true, conflicts: true });
  const files: FileDoc[] = [];
  for (const row of found.rows) {
    if (!row.doc) continue;
    const file = row.doc._conflicts?.length ? await resolveFileConflicts(mirror, row.doc) : FileDocSchema.safeParse(row.doc).data;
    if (file) files.push(file);
    else if (changedFiles.has(row.key)) events.refused(row.key);
  }
  return files;
}

/** Two devices kept a file offline: the later kept stays, on the winning revision, and the other revisions go. */
async function resolveFileConflicts(mirror: Mirror, winner: RawDoc): Promise<FileDoc | null> {
  const conflicts = winner._conflicts ?? [];
  const others = await Promise.all(conflicts.map((rev) => mirror.get(winner._id, { rev, attachments: true })));
  const valid = [winner, ...others].map((raw) => FileDocSchema.safeParse(raw).data).filter((file) => file !== undefined);
  const best = valid.reduce<FileDoc | null>((kept, file) => (replaces(file, kept) ? file : kept), null);
  const { _rev: _bestRev, ...content } = best ?? { _rev: null };
  await mirror.bulkDocs([...(best ? [{ ...content, _id: winner._id, _rev: winner._rev }] : []), ...conflicts.map((rev) => ({ _id: winner._id, _rev: rev, _deleted: true }))]);
  return best;
}

/** Changes applied per transaction: a first sync of thousands of postings in a few hundred transactions, each short. */
const BATCH_SIZE = 200;

/** Applies the mirror's changes since `since`; returns the sequence to start from next time. */
export async function pull(db: VacancyDatabase, mirror: Mirror, since: string | number, events: BridgeEvents): Promise<string | number> {
  let position = since;
  let rulesChanged = false;
  for (;;) {
    const changes = await mirror.changes({ since: position, limit: BATCH_SIZE, include_docs: true, conflicts: true });
    const docs: MirrorDoc[] = [];
    const changedFiles = new Set<string>();
    for (const change of changes.results) {
      if (change.id.startsWith('_') || change.deleted || !change.doc) continue;
      if (change.id.startsWith(fileDocId(''))) {
        changedFiles.add(change.id);
        continue;
      }
      const doc = change.doc._conflicts?.length ? await resolveConflicts(mirror, change.id, events) : parseMirrorDoc(change.doc);
      if (!doc) {
        if (!change.doc._conflicts?.length) events.refused(change.id);
        continue;
      }
      docs.push(doc);
      rulesChanged ||= doc.kind === 'rule';
    }
    const files = await filesFor(mirror, docs, changedFiles, events);
    if (docs.length > 0 || files.length > 0) await applyDocs(db, docs, events, files);
    if (changes.results.length === 0 || changes.last_seq === position) break;
    position = changes.last_seq;
  }
  // Tags derive from the rules: as after a rule changed here, every posting is read again (no part of it is newer for that).
  if (rulesChanged) await rereadAll(db);
  return position;
}
