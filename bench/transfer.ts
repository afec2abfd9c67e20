/**
 * Export and import of the seeded postings through the tracker's own buttons (click to file, file to
 * stored), each beside its floor measured in the same page, interleaved round by round: raw
 * IndexedDB reading every record of the tables a backup holds (export), and writing them all back in
 * one transaction into emptied tables (import).
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { median, ms, ratio, record } from './table';

const ROUNDS = 3;
/** The tracker words its counts with Intl in the interface's language (English here): "10,000 added". */
const ALL_ADDED = `${(10_000).toLocaleString('en')} added`;
const TABLES = JSON.stringify(['postings', 'descriptions', 'rules', 'settings', 'files']);

/** Opens the extension's database without Dexie and hands the page's helpers to a timed body. */
const rawIndexedDb = (body: string) => `(async () => {
  const db = await new Promise((done, fail) => { const request = indexedDB.open('vacancy-clipper'); request.onsuccess = () => done(request.result); request.onerror = () => fail(request.error); });
  const finished = (tx) => new Promise((done, fail) => { tx.oncomplete = done; tx.onerror = tx.onabort = () => fail(tx.error); });
  const tables = ${TABLES};
  try { ${body} } finally { db.close(); }
})()`;

/** Every record of every table of a backup, read in one transaction with one getAll per table. */
const RAW_READ = rawIndexedDb(`
  const start = performance.now();
  const tx = db.transaction(tables, 'readonly');
  let records = 0;
  for (const name of tables) tx.objectStore(name).getAll().onsuccess = (event) => { records += event.target.result.length; };
  await finished(tx);
  return { elapsed: performance.now() - start, records };`);

/** The same records written back in one transaction into emptied tables (read and emptied first, untimed). */
const RAW_WRITE = rawIndexedDb(`
  const read = db.transaction(tables, 'readonly');
  const all = {};
  for (const name of tables) read.objectStore(name).getAll().onsuccess = (event) => { all[name] = event.target.result; };
  await finished(read);
  const empty = db.transaction(tables, 'readwrite');
  for (const name of tables) empty.objectStore(name).clear();
  await finished(empty);
  const start = performance.now();
  const write = db.transaction(tables, 'readwrite');
  for (const name of tables) { const store = write.objectStore(name); for (const item of all[name]) store.put(item); }
  await finished(write);
  return { elapsed: performance.now() - start, records: tables.reduce((sum, name) => sum + all[name].length, 0) };`);

export async function transferTimes(tracker: Page, clear: () => Promise<unknown>) {
  const folder = mkdtempSync(join(tmpdir(), 'vacancy-bench-'));
  const openTransfer = async () => {
    await tracker.getByTestId('toggle-transfer').click();
    await tracker.locator('input[name="scope"]').nth(1).check();
  };
  await openTransfer();
  const exportTo = async (testId: string, name: string) => {
    const start = performance.now();
    const [download] = await Promise.all([tracker.waitForEvent('download', { timeout: 300_000 }), tracker.getByTestId(testId).click()]);
    // Click to the file complete on disk; the copy to the bench's folder is not the user's wait.
    await download.path();
    const elapsed = performance.now() - start;
    const path = join(folder, name);
    await download.saveAs(path);
    return { elapsed, path };
  };
  const megabytes = (path: string) => `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`;
  const rounds = `median of ${ROUNDS}, interleaved with the floor`;

  const readFloors: number[] = [];
  const exports: number[] = [];
  let backup = { elapsed: 0, path: '' };
  let recordCount = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const floor = (await tracker.evaluate(RAW_READ)) as { elapsed: number; records: number };
    readFloors.push(floor.elapsed);
    recordCount = floor.records;
    backup = await exportTo('export-backup', 'backup.json');
    exports.push(backup.elapsed);
  }
  const readFloor = median(readFloors);
  const exportTime = median(exports);
  record(`JSON backup export, 10,000 postings (click → file), ${rounds}`, ms(exportTime), {
    floor: ms(readFloor),
    ratio: ratio(exportTime, readFloor),
    note: `${megabytes(backup.path)}; floor: raw IndexedDB getAll of the same ${recordCount.toLocaleString('en')} records in the same page; target ≤ 1.3×`,
  });
  const csv = await exportTo('export-csv', 'postings.csv');
  record('CSV export, 10,000 postings (click → file)', ms(csv.elapsed), { note: `${megabytes(csv.path)}; from the postings the tracker already holds, no database read` });

  const writeFloors: number[] = [];
  const imports: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const floor = (await tracker.evaluate(RAW_WRITE)) as { elapsed: number; records: number };
    writeFloors.push(floor.elapsed);
    await clear();
    // A fresh page on the emptied database, as a user opening the tracker to restore a backup.
    await tracker.reload();
    await openTransfer();
    const start = performance.now();
    await tracker.getByTestId('import-file').setInputFiles(backup.path);
    await tracker.getByTestId('transfer-status').filter({ hasText: ALL_ADDED }).waitFor({ timeout: 300_000 });
    imports.push(performance.now() - start);
    // The tracker reads the restored postings to list them: let it finish before the next measure.
    await tracker.getByTestId('tracker-row').first().waitFor({ timeout: 300_000 });
  }
  const writeFloor = median(writeFloors);
  const importTime = median(imports);
  record(`JSON backup import into an empty tracker, 10,000 postings (file → stored), ${rounds}`, ms(importTime), {
    floor: ms(writeFloor),
    ratio: ratio(importTime, writeFloor),
    note: `parsed, validated with zod, written in one transaction; floor: raw IndexedDB put of the same ${recordCount.toLocaleString('en')} records in one transaction; target ≤ 1.3×`,
  });

  await clear();
  await tracker.reload();
  await openTransfer();
  const start = performance.now();
  await tracker.getByTestId('import-file').setInputFiles(csv.path);
  await tracker.getByTestId('csv-import').click();
  await tracker.getByTestId('transfer-status').filter({ hasText: ALL_ADDED }).waitFor({ timeout: 300_000 });
  record('CSV import, 10,000 rows (file → mapping → stored)', ms(performance.now() - start), { note: 'postings only (a spreadsheet holds no descriptions)' });
}
