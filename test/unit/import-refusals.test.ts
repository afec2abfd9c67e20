import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type VacancyDatabase } from '../../lib/db';
import { savePosting } from '../../lib/repository';
import { BackupError, MAX_STRING_LENGTH, explainImportError, parseBackup, restoreBackup, type Backup } from '../../lib/transfer/backup';
import { createBackup } from '../../lib/transfer/backup-export';
import { mapRows, parseCsv, guessMapping } from '../../lib/transfer/csv';
import { importCsvRows } from '../../lib/transfer/csv-import';
import { EMPTY_PROFILE } from '../../lib/schema';
import { getSetting, setSetting } from '../../lib/settings';
import { makePosting } from '../support/postings';
import { englishOf } from '../support/words';

let db: VacancyDatabase;
let name = 0;
beforeEach(async () => {
  db = openDatabase(`import-refusals-${++name}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** A backup of two postings made in a scratch database, then edited by hand as a user might. */
async function backupOfTwo(): Promise<Backup> {
  const source = openDatabase(`import-refusals-source-${name}`);
  await source.open();
  await savePosting(source, makePosting({ title: 'Expert in customs' }));
  await savePosting(source, makePosting({ title: 'Water engineer' }));
  const backup = await createBackup(source);
  // The database lists them by id (random): put them in the order the assertions name them.
  backup.postings.sort((a, b) => a.extracted.title!.localeCompare(b.extracted.title!));
  source.close();
  await source.delete();
  return backup;
}

async function refusal(work: () => Promise<unknown>): Promise<string> {
  const error = await work().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BackupError);
  expect(await db.postings.count()).toBe(0);
  // The interface follows every BackupError with "Nothing was imported."
  return englishOf(error);
}

describe('a backup holds each posting once, checked before anything is written', () => {
  it('two postings with one id are refused, naming both', async () => {
    const backup = await backupOfTwo();
    backup.postings[1]!.id = backup.postings[0]!.id;
    const message = await refusal(async () => restoreBackup(db, parseBackup(JSON.stringify(backup))));
    expect(message).toMatch(/same id: “Expert in customs” \+ “Water engineer” \(/);
  });

  it('two postings on one web address are refused in words, not with the database’s error', async () => {
    const backup = await backupOfTwo();
    backup.postings[1]!.canonicalUrl = backup.postings[0]!.canonicalUrl;
    const message = await refusal(async () => restoreBackup(db, parseBackup(JSON.stringify(backup))));
    expect(message).toMatch(/same web address: “Expert in customs” \+ “Water engineer” \(/);
    expect(message).not.toMatch(/ConstraintError|bulkPut/);
  });

  it('restoreBackup checks it too when handed a backup that skipped parseBackup', async () => {
    const backup = await backupOfTwo();
    backup.postings[1]!.id = backup.postings[0]!.id;
    expect(await refusal(() => restoreBackup(db, backup))).toMatch(/the same id/);
  });

  it('the counts are those of the records written', async () => {
    const backup = await backupOfTwo();
    await savePosting(db, makePosting({ ...backup.postings[0]!.extracted, description: '' }));
    expect(await restoreBackup(db, backup)).toMatchObject({ added: 1, updated: 0, skipped: [{ url: backup.postings[0]!.canonicalUrl }] });
    expect(await db.postings.count()).toBe(2);
  });

  it('a profile written here is kept over the backup’s, and the report says so', async () => {
    const backup = await backupOfTwo();
    backup.settings = [{ key: 'profile', value: { ...EMPTY_PROFILE, experienceYears: 3 } }, { key: 'reminderLeadDays', value: [7] }];
    await setSetting(db, 'profile', { ...EMPTY_PROFILE, experienceYears: 12 });
    expect((await restoreBackup(db, parseBackup(JSON.stringify(backup)))).keptSettings).toEqual(['profile']);
    expect((await getSetting(db, 'profile')).experienceYears).toBe(12);
    expect(await getSetting(db, 'reminderLeadDays')).toEqual([7]);
  });

  it('an oversized field says that nothing was imported', async () => {
    const backup = await backupOfTwo();
    backup.postings[0]!.tracking.notes = 'x'.repeat(MAX_STRING_LENGTH + 1);
    expect(await refusal(async () => restoreBackup(db, parseBackup(JSON.stringify(backup))))).toMatch(/longer than any posting field/);
  });
});

describe('a spreadsheet holds each posting once', () => {
  it('two rows of one posting are refused, naming their lines', async () => {
    const table = parseCsv('Title,Organization,URL,Notes\nExpert,AFD,https://afd.example/1,first\nOther,AFD,https://afd.example/2,\nExpert,AFD,https://afd.example/1,second\n');
    const { rows } = mapRows(table, guessMapping(table.headers));
    expect(await refusal(() => importCsvRows(db, rows, 'UTC'))).toMatch(/rows 2 \+ 4 \(“Expert”\)/);
  });
});

describe('database errors reach the user in words', () => {
  it('maps a constraint error, a full disk and anything else', () => {
    const constraint = Object.assign(new Error('postings.bulkPut(): 1 of 2 operations failed'), { name: 'BulkError', failures: [{ name: 'ConstraintError' }] });
    expect(englishOf(explainImportError(constraint))).toBe('Two postings would have the same web address or id in this tracker.');
    expect(englishOf(explainImportError(Object.assign(new Error('x'), { name: 'QuotaExceededError' })))).toMatch(/storage .* is full: export/);
    const other = explainImportError(Object.assign(new Error('Transaction aborted at 0x1f'), { name: 'AbortError' }));
    expect(englishOf(other)).toBe('The browser’s database refused the import (AbortError).');
  });
});
