import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db';
import { CURRENT_VERSION, MIGRATIONS } from '../../lib/migrations';
import { rereadAll } from '../../lib/rules';
import { SavedPostingSchema, type SavedPosting } from '../../lib/schema';
import { descriptionOf, setStatus } from '../../lib/repository';
import type { PartTimes } from '../../lib/sync/trace';

/**
 * test/fixtures-db/v<N>.json: the tables as version N wrote them, and what some of their records must
 * hold once opened by the current version ("afterMigration") and once read again ("afterReread"), by
 * record id and dotted path. A list expected there must be found among the record's, item by item.
 */
/** A posting as some version stored it: the fields this test compares. */
interface ExamplePosting {
  id: string;
  extracted: { description?: string };
  tracking: Record<string, unknown>;
  edits: Record<string, unknown>;
}

interface VersionExample {
  version: number;
  tables: { postings: ExamplePosting[]; descriptions?: Array<{ id: string; text: string }>; syncTimes?: PartTimes[] };
  expected: Partial<Record<'afterMigration' | 'afterReread', Record<string, Record<string, unknown>>>>;
}

const EXAMPLES_DIR = new URL('../fixtures-db/', import.meta.url);
const examples: VersionExample[] = readdirSync(EXAMPLES_DIR)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(new URL(file, EXAMPLES_DIR), 'utf8')))
  .sort((a, b) => a.version - b.version);

/** A database exactly as version `version` wrote it, holding the example's tables. */
async function createDatabase(name: string, example: VersionExample): Promise<void> {
  const old = new Dexie(name);
  for (const migration of MIGRATIONS.filter((candidate) => candidate.version <= example.version)) old.version(migration.version).stores(migration.stores);
  await old.open();
  for (const [table, records] of Object.entries(example.tables)) await old.table(table).bulkAdd(records);
  old.close();
}

function expectHolds(records: SavedPosting[], expectations: Record<string, Record<string, unknown>> = {}): void {
  for (const [id, fields] of Object.entries(expectations)) {
    const record = records.find((candidate) => candidate.id === id);
    expect(record, id).toBeDefined();
    for (const [path, want] of Object.entries(fields)) {
      const got = path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);
      if (Array.isArray(want) && want.length > 0) expect(got, `${id} ${path}`).toEqual(expect.arrayContaining(want.map((item) => expect.objectContaining(item))));
      else expect(got, `${id} ${path}`).toEqual(want);
    }
  }
}

/** The description of a posting as its version kept it: inside the posting (version 1) or in its own table. */
function exampleDescription(example: VersionExample, id: string): string {
  const own = example.tables.descriptions?.find((description) => description.id === id)?.text;
  return own ?? example.tables.postings.find((posting) => posting.id === id)!.extracted.description ?? '';
}

describe('database migrations', () => {
  it('lists versions in order, the current one last, with an example of every version', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual([1, 2, 3, 4, 5]);
    expect(CURRENT_VERSION).toBe(5);
    expect(examples.map((example) => example.version)).toEqual(MIGRATIONS.map((migration) => migration.version));
  });

  for (const example of examples) {
    it(`opens a version ${example.version} database: every record kept, valid, with what it held, read again, writable`, async () => {
      const name = `migration-v${example.version}`;
      await createDatabase(name, example);
      const db = openDatabase(name);
      const migrated = await db.postings.toArray();
      const stored = example.tables.postings;
      expect(migrated.map((record) => record.id).sort()).toEqual(stored.map((record) => record.id).sort());
      for (const record of migrated) {
        expect(() => SavedPostingSchema.parse(record)).not.toThrow();
        const before = stored.find((candidate) => candidate.id === record.id)!;
        // What the user wrote survives; the fields a version added come with their defaults.
        expect(record.tracking).toMatchObject(before.tracking);
        expect(record.edits).toEqual(before.edits);
        expect('description' in record.extracted).toBe(false);
        expect(await descriptionOf(db, record.id)).toBe(exampleDescription(example, record.id));
      }
      expectHolds(migrated, example.expected.afterMigration);

      // What the background does after an update: every posting is read again from its description.
      await rereadAll(db);
      const reread = await db.postings.toArray();
      for (const record of reread) expect(record.tracking).toEqual(migrated.find((candidate) => candidate.id === record.id)!.tracking);
      expectHolds(reread, example.expected.afterReread);
      expect(await rereadAll(db)).toBe(0);

      // The migrated records take ordinary writes, each with its trace for sync: the time of the part it
      // changed beside the times the version kept, and the posting in the outbox under a new token.
      const first = reread[0]!;
      const key = `posting:${first.canonicalUrl}`;
      const tokenBefore = (await db.syncOutbox.get(key))?.token;
      const interview = await setStatus(db, first.id, 'interview', new Date('2030-02-01T10:00:00Z'));
      expect(interview.tracking.statusHistory).toHaveLength(first.tracking.statusHistory.length + 1);
      const kept = example.tables.syncTimes?.find((row) => row.key === key)?.times ?? {};
      const times = (await db.syncTimes.get(key))?.times ?? {};
      expect(times).toMatchObject(kept);
      expect(times['tracking.status']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(Object.keys(times).sort()).toEqual([...new Set([...Object.keys(kept), 'tracking.status'])].sort());
      const entry = await db.syncOutbox.get(key);
      expect(entry?.token).toBeTruthy();
      expect(entry?.token).not.toBe(tokenBefore);
      db.close();
      await db.delete();
    });
  }
});
