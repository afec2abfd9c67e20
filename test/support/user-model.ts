/**
 * A plain in-memory model of what the user should see in the tracker, for the model-based test
 * (test/support/user-actions.ts holds what users do). The model never loses what the user wrote: a
 * disagreement with the real repository is data lost (or invented) by the real code.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { expect } from 'vitest';
import { openDatabase, type VacancyDatabase } from '../../lib/db';
import { postingField } from '../../lib/posting-fields';
import { effectivePosting, findByCanonicalUrl, type DeletedPosting } from '../../lib/repository';
import { type Profile, type Status, type Tag } from '../../lib/schema';
import { getSetting } from '../../lib/settings';
import { type Backup } from '../../lib/transfer/backup';
import { makePosting } from './postings';

// Dexie reads the IndexedDB implementation when it loads; in this file's module graph it may load
// before fake-indexeddb installed itself, so it is handed over explicitly (Dexie's documented hook).
Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

export const SLOTS = 4;
export const urlOf = (slot: number) => `https://jobs.example.org/posting/slot-${slot}`;

export const TEXT_FIELDS = ['title', 'organization', 'city', 'notes'] as const;
export type TextFieldName = (typeof TEXT_FIELDS)[number];
export type Shown = Record<TextFieldName, string>;
type Corrected = 'title' | 'organization' | 'city';

export interface ModelPosting {
  extracted: Record<Corrected, string | null>;
  /** The user's corrections; a key present with null is a field the user emptied. */
  corrections: Partial<Record<Corrected, string | null>>;
  notes: string;
  status: Status;
  userTags: string[];
  removedTags: string[];
  /** The applied date the tracker sets when the status first becomes "applied". */
  applied: boolean;
  updatedAt: number;
}

/** The profile's years of experience as the field shows them; `set` once the user wrote the profile here. */
export interface ModelProfile {
  years: string;
  set: boolean;
}

export interface Model {
  postings: Map<string, ModelPosting>;
  profile: ModelProfile;
  /** The last deletion, which the undo line offers to bring back. */
  undo: Array<{ url: string; posting: ModelPosting }> | null;
  backups: Array<{ postings: Map<string, ModelPosting>; profile: ModelProfile }>;
  /** What tabs opened earlier and left alone show: their values are the "seen" of a stale edit. */
  tabs: Array<Map<string, Shown>>;
}

export interface Real {
  db: VacancyDatabase;
  name: string;
  clock: number;
  undo: DeletedPosting[] | null;
  backups: Backup[];
  migrations: number;
}

export const stats = { sequences: 0, steps: 0 };

export function emptyModel(): Model {
  return { postings: new Map(), profile: { years: '', set: false }, undo: null, backups: [], tabs: [] };
}

const nullable = (text: string) => (text.trim() === '' ? null : text.trim());
export const copy = (posting: ModelPosting): ModelPosting => structuredClone(posting);

export function shownOf(posting: ModelPosting): Shown {
  const corrected = (key: Corrected) => (key in posting.corrections ? posting.corrections[key]! : posting.extracted[key]) ?? '';
  return { title: corrected('title'), organization: corrected('organization'), city: corrected('city'), notes: posting.notes };
}

/** The clock of a step: every command gets its own minute, so "newer" is well defined. */
export function tick(real: Real): { now: Date; at: number } {
  real.clock++;
  return { now: new Date(Date.UTC(2027, 0, 1, 0, real.clock)), at: real.clock };
}

export const AUTO_TAGS = ['theme:health', 'theme:gender'];
export const autoTag = (id: string): Tag => ({ id, family: 'theme', label: { en: id, fr: id }, evidence: [{ phrase: 'x', where: 'title', weight: 3 }], source: 'auto' });

export interface Capture {
  slot: number;
  title: string | null;
  organization: string | null;
  city: string | null;
  tags: string[];
}

export function postingOf(capture: Capture) {
  const url = urlOf(capture.slot);
  return makePosting({
    url,
    canonicalUrl: url,
    title: capture.title,
    organization: capture.organization,
    location: { country: 'SN', city: capture.city, remote: false, raw: null },
    tags: capture.tags.map(autoTag),
    description: `${capture.title ?? ''} — seaport cooperation in ${capture.city ?? 'the region'}.`,
  });
}

export function capturedInModel(model: Model, capture: Capture, at: number): ModelPosting {
  const url = urlOf(capture.slot);
  const extracted = { title: capture.title, organization: capture.organization, city: capture.city };
  const existing = model.postings.get(url);
  const posting: ModelPosting = existing
    ? { ...existing, extracted, updatedAt: at }
    : { extracted, corrections: {}, notes: '', status: 'saved', userTags: [], removedTags: [], applied: false, updatedAt: at };
  model.postings.set(url, posting);
  return posting;
}

/** The model's side of a field write: applied only over the value seen, as the repository must. */
export function editInModel(posting: ModelPosting, field: TextFieldName, seen: string, typed: string, at: number): boolean {
  if (shownOf(posting)[field] !== seen) return false;
  if (field === 'notes') posting.notes = typed;
  else if (nullable(typed) === posting.extracted[field]) delete posting.corrections[field];
  else posting.corrections[field] = nullable(typed);
  posting.updatedAt = at;
  return true;
}

export function holdsUserWork(posting: ModelPosting): boolean {
  return Object.keys(posting.corrections).length > 0 || posting.userTags.length > 0 || posting.removedTags.length > 0 || posting.status !== 'saved' || posting.notes !== '' || posting.applied;
}

export function workOf(posting: ModelPosting): string {
  return JSON.stringify([posting.corrections, posting.notes, posting.status, posting.userTags, posting.removedTags, posting.applied]);
}

export async function recordOf(real: Real, slot: number) {
  return findByCanonicalUrl(real.db, urlOf(slot));
}

/** After every step: the tracker shows exactly what the model says the user should see. */
export async function expectAgreement(model: Model, real: Real): Promise<void> {
  expect(yearsField.read(await getSetting(real.db, 'profile'))).toBe(model.profile.years);
  const records = await real.db.postings.toArray();
  expect(records.map((record) => record.canonicalUrl).sort()).toEqual([...model.postings.keys()].sort());
  for (const record of records) {
    const expected = model.postings.get(record.canonicalUrl)!;
    const shown = effectivePosting(record);
    const tagIds = shown.tags.map((tag) => tag.id);
    expect(
      {
        shown: Object.fromEntries(TEXT_FIELDS.map((field) => [field, postingField(field).read(record)])),
        status: record.status,
        userTags: record.userTags.map((tag) => tag.id).sort(),
        removedShown: expected.removedTags.filter((id) => tagIds.includes(id)),
        userTagsShown: expected.userTags.every((id) => tagIds.includes(id)),
      },
      record.canonicalUrl,
    ).toEqual({ shown: shownOf(expected), status: expected.status, userTags: [...expected.userTags].sort(), removedShown: [], userTagsShown: true });
    expect(record.updatedAt).toBe(new Date(Date.UTC(2027, 0, 1, 0, expected.updatedAt)).toISOString());
  }
}

export const yearsField = {
  read: (profile: Profile) => (profile.experienceYears === null ? '' : String(profile.experienceYears)),
  apply: (profile: Profile, typed: string) => ({ ...profile, experienceYears: typed.trim() === '' ? null : Number(typed) }),
};

let databases = 0;
export async function freshReal(): Promise<Real> {
  const name = `user-model-${++databases}`;
  const db = openDatabase(name);
  await db.open();
  return { db, name, clock: 0, undo: null, backups: [], migrations: 0 };
}

export async function closeReal(real: Real): Promise<void> {
  real.db.close();
  await real.db.delete();
}
