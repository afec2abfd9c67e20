import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type VacancyDatabase } from '../../lib/db';
import { keepFile, savePosting } from '../../lib/repository';
import type { SavedPosting } from '../../lib/schema';
import { setSetting } from '../../lib/settings';
import { BackupError, parseBackup, restoreBackup } from '../../lib/transfer/backup';
import { createBackup, exportBackup } from '../../lib/transfer/backup-export';
import { TransferCancelled, type Progress } from '../../lib/transfer/progress';
import { makePosting } from '../support/postings';
import { failureWords } from '../support/words';

// More postings than one chunk of the export (500) and of the restore (500), so that both go in several steps.
const POSTINGS = 1_200;

let databases: VacancyDatabase[] = [];
let counter = 0;
async function freshDatabase(): Promise<VacancyDatabase> {
  const db = openDatabase(`backup-chunks-${++counter}`);
  await db.open();
  databases.push(db);
  return db;
}
beforeEach(() => {
  databases = [];
});
afterEach(async () => {
  for (const db of databases) {
    db.close();
    await db.delete();
  }
});

/** A tracker of POSTINGS postings, each with its description, and one kept file: copies of one saved posting under other ids and addresses. */
async function largeTracker(): Promise<VacancyDatabase> {
  const db = await freshDatabase();
  const template = await savePosting(db, makePosting({ title: 'Expert in customs', description: 'Terms of reference.' }));
  const records: SavedPosting[] = [];
  for (let index = 1; index < POSTINGS; index++) {
    const url = `https://jobs.example.org/copy/${index}`;
    records.push({ ...template, id: `copy-${String(index).padStart(5, '0')}`, canonicalUrl: url, extracted: { ...template.extracted, url, canonicalUrl: url, title: `Expert ${index}` } });
  }
  await db.postings.bulkPut(records);
  await db.descriptions.bulkPut(records.map((record) => ({ id: record.id, text: `Terms of reference ${record.id}.` })));
  await keepFile(db, { id: template.id, fileName: 'ToR.pdf', kind: 'pdf', bytes: Uint8Array.from([37, 80, 68, 70, 0, 255]), savedAt: '2026-01-05T00:00:00Z' });
  return db;
}

/** What a user would call the tracker's contents: every record of every table. */
const contents = async (db: VacancyDatabase) => ({
  postings: await db.postings.toArray(),
  descriptions: await db.descriptions.toArray(),
  files: await db.files.toArray(),
  settings: await db.settings.toArray(),
  rules: await db.rules.toArray(),
});

describe('backup of a large tracker, in chunks', () => {
  it('exports, chunk by chunk, the very text of the whole backup, and says how far it is', async () => {
    const source = await largeTracker();
    const now = new Date('2026-02-01T00:00:00Z');
    const progress: Progress[] = [];
    const file = await exportBackup(source, { onProgress: (step) => progress.push(step) }, now);
    expect(await file.text()).toBe(JSON.stringify(await createBackup(source, now)));
    expect(file.type).toBe('application/json');
    // Postings and descriptions in three chunks each, the file in one: the count grows to the total.
    expect(progress.at(-1)).toEqual({ done: 2 * POSTINGS + 1, total: 2 * POSTINGS + 1 });
    expect(progress.length).toBeGreaterThan(6);
    expect(progress.map((step) => step.done)).toEqual([...progress.map((step) => step.done)].sort((a, b) => a - b));
  });

  it('restores it into an empty tracker in chunks, reporting each', async () => {
    const source = await largeTracker();
    const file = await exportBackup(source);
    const target = await freshDatabase();
    const progress: Progress[] = [];
    const report = await restoreBackup(target, parseBackup(await file.text()), { onProgress: (step) => progress.push(step) });
    expect(report).toEqual({ added: POSTINGS, updated: 0, skipped: [], keptSettings: [] });
    expect(progress).toEqual([500, 1_000, 1_200].map((done) => ({ done, total: POSTINGS })));
    expect(await contents(target)).toEqual(await contents(source));
  });

  it('a Cancel during the restore leaves the database exactly as it was', async () => {
    const source = await largeTracker();
    const backup = parseBackup(await (await exportBackup(source)).text());
    const target = await freshDatabase();
    await savePosting(target, makePosting({ title: 'Saved here before' }));
    await setSetting(target, 'reminderLeadDays', [3]);
    const before = await contents(target);
    const controller = new AbortController();
    const progress: Progress[] = [];
    const restoring = restoreBackup(target, backup, {
      signal: controller.signal,
      // The user presses Cancel once the first chunk is written.
      onProgress: (step) => {
        progress.push(step);
        controller.abort();
      },
    });
    await expect(restoring).rejects.toBeInstanceOf(TransferCancelled);
    expect(progress).toEqual([{ done: 500, total: POSTINGS }]);
    expect(await contents(target)).toEqual(before);
  });

  it('a Cancel during the export stops it with no file', async () => {
    const source = await largeTracker();
    const controller = new AbortController();
    const exporting = exportBackup(source, { signal: controller.signal, onProgress: (step) => step.done > 0 && controller.abort() });
    await expect(exporting).rejects.toBeInstanceOf(TransferCancelled);
  });

  it('a posting that fails validation after a chunk was written refuses the file, and nothing is written', async () => {
    const source = await largeTracker();
    const backup = JSON.parse(await (await exportBackup(source)).text()) as { postings: Array<Record<string, unknown>> };
    backup.postings[700] = { ...backup.postings[700], status: 'hired<script>' };
    const target = await freshDatabase();
    const before = await contents(target);
    const progress: Progress[] = [];
    const restoring = restoreBackup(target, parseBackup(JSON.stringify(backup)), { onProgress: (step) => progress.push(step) });
    await expect(restoring).rejects.toThrow(BackupError);
    // The interface follows a BackupError's words with "Nothing was imported."
    expect(await failureWords(() => restoring)).toMatch(/^\$\.postings\.700\.status is not valid /);
    // The first chunk had been written inside the transaction; the refusal rolled it back.
    expect(progress).toEqual([{ done: 500, total: POSTINGS }]);
    expect(await contents(target)).toEqual(before);
  });
});
