import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db';
import { CURRENT_VERSION, MIGRATIONS } from '../../lib/migrations';
import { SavedPostingSchema } from '../../lib/schema';
import { effectivePosting, descriptionOf, setStatus } from '../../lib/repository';

const v1Example = JSON.parse(readFileSync(new URL('../fixtures-db/v1-posting.json', import.meta.url), 'utf8'));
const v2Example = JSON.parse(readFileSync(new URL('../fixtures-db/v2-posting.json', import.meta.url), 'utf8'));

/** A database exactly as the first released version wrote it. */
async function createVersion1Database(name: string, records: unknown[]): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(MIGRATIONS[0]!.stores);
  await old.open();
  await old.table('postings').bulkAdd(records);
  old.close();
}

describe('database migrations', () => {
  it('lists versions in order, the current one last', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual([1, 2, 3]);
    expect(CURRENT_VERSION).toBe(3);
  });

  it('opens a version 1 database and keeps every record, valid under the current schema', async () => {
    const second = { ...structuredClone(v1Example), id: 'second', canonicalUrl: 'https://example.org/second', tracking: { ...v1Example.tracking, status: 'saved', statusHistory: [v1Example.tracking.statusHistory[0]] }, status: 'saved' };
    await createVersion1Database('migration-v1', [v1Example, second]);

    const db = openDatabase('migration-v1');
    const records = await db.postings.toArray();
    expect(records).toHaveLength(2);
    for (const record of records) expect(() => SavedPostingSchema.parse(record)).not.toThrow();

    const migrated = (await db.postings.get(v1Example.id))!;
    expect(migrated.tracking.notes).toBe('CV v4 + lettre FR');
    expect(migrated.tracking.appliedDate).toBe('2025-10-27');
    expect(migrated.tracking.starred).toBe(false);
    expect(effectivePosting(migrated).organization).toBe('Expertise France (P2S)');
    expect('description' in migrated.extracted).toBe(false);
    expect(await descriptionOf(db, v1Example.id)).toBe(v1Example.extracted.description);
    expect((await db.postings.get('second'))!.tracking.appliedDate).toBeNull();

    // The migrated records take ordinary writes.
    const interview = await setStatus(db, v1Example.id, 'interview');
    expect(interview.tracking.statusHistory).toHaveLength(3);
    db.close();
    await db.delete();
  });

  it('opens a version 2 database; re-reading fills the requirements and grids it did not have', async () => {
    const old = new Dexie('migration-v2');
    old.version(1).stores(MIGRATIONS[0]!.stores);
    old.version(2).stores(MIGRATIONS[1]!.stores);
    await old.open();
    await old.table('postings').add(v2Example.posting);
    await old.table('descriptions').add(v2Example.description);
    old.close();

    const db = openDatabase('migration-v2');
    const migrated = (await db.postings.get(v2Example.posting.id))!;
    expect(() => SavedPostingSchema.parse(migrated)).not.toThrow();
    expect(migrated.tracking.gridChecks).toEqual([]);
    expect(migrated.tracking.contacts).toEqual(v2Example.posting.tracking.contacts);
    expect(migrated.extracted.requirements).toEqual([]);
    expect(migrated.extracted.selectionGrids).toEqual([]);

    // What the background does after an update: the stored description is read again.
    const { rereadAll } = await import('../../lib/rules');
    expect(await rereadAll(db)).toBe(1);
    const reread = (await db.postings.get(v2Example.posting.id))!;
    expect(reread.extracted.requirements.find((requirement) => requirement.kind === 'language' && requirement.code === 'es')).toMatchObject({ level: 'C1', required: true });
    expect(reread.tracking).toEqual(migrated.tracking);
    db.close();
    await db.delete();
  });
});
