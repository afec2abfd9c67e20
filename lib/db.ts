/**
 * The one database of the extension. Popup, full page and background share the extension's origin,
 * so they share it; it is never opened from a content script (that would create it in the web
 * site's origin). Every version bump adds a migration in lib/migrations.ts and a test that opens
 * a database of the previous version.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { SavedPosting, UserRule } from './schema';

export interface SettingRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'vacancy-clipper';

export type VacancyDatabase = Dexie & {
  postings: EntityTable<SavedPosting, 'id'>;
  rules: EntityTable<UserRule, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

/** Version 1 indexes what the tracker filters and sorts on; no large text is indexed. */
export const SCHEMA_V1 = {
  postings: 'id, &canonicalUrl, status, deadlineAt, organization, *tagIds, capturedAt, updatedAt',
  rules: 'id',
  settings: 'key',
};

export function openDatabase(name = DATABASE_NAME): VacancyDatabase {
  const db = new Dexie(name) as VacancyDatabase;
  db.version(1).stores(SCHEMA_V1);
  return db;
}

export const db = openDatabase();

/** Asks the browser not to evict saved postings when the disk fills up. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  return (await navigator.storage.persisted()) || navigator.storage.persist();
}
