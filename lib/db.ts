/**
 * The one database of the extension. Popup, full page and background share the extension's origin,
 * so they share it; it is never opened from a content script (that would create it in the web
 * site's origin). Every version bump adds a migration in lib/migrations.ts and an example of the
 * new version's tables, test/fixtures-db/v<N>.json, which test/unit/migrations.test.ts opens.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Description, SavedFile, SavedPosting, UserRule } from './schema';
import { MIGRATIONS } from './migrations';
import { syncTrace, type OutboxEntry, type PartTimes } from './sync/trace';

export interface SettingRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'vacancy-clipper';

export type VacancyDatabase = Dexie & {
  postings: EntityTable<SavedPosting, 'id'>;
  descriptions: EntityTable<Description, 'id'>;
  rules: EntityTable<UserRule, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  files: EntityTable<SavedFile, 'id'>;
  syncOutbox: EntityTable<OutboxEntry, 'key'>;
  syncTimes: EntityTable<PartTimes, 'key'>;
};

/** `clock` gives the time of each write, which sync compares between devices (lib/sync/trace.ts). */
export function openDatabase(name = DATABASE_NAME, clock: () => Date = () => new Date()): VacancyDatabase {
  const db = new Dexie(name) as VacancyDatabase;
  db.use(syncTrace(clock));
  for (const migration of MIGRATIONS) {
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
  return db;
}

export const db = openDatabase();

/** Asks the browser not to evict saved postings when the disk fills up. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  return (await navigator.storage.persisted()) || navigator.storage.persist();
}
