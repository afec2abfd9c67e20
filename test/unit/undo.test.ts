import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type VacancyDatabase } from '../../lib/db';
import { postingField } from '../../lib/posting-fields';
import { deletePostings, effectivePosting, restorePostings, savePosting, updateTracking, writeField } from '../../lib/repository';
import { restoreBackup } from '../../lib/transfer/backup';
import { createBackup } from '../../lib/transfer/backup-export';
import { makePosting } from '../support/postings';

let db: VacancyDatabase;
let name = 0;
beforeEach(async () => {
  db = openDatabase(`undo-${++name}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const minute = (n: number) => new Date(Date.UTC(2027, 0, 1, 0, n));

describe('undoing a deletion after the posting came back another way', () => {
  it('a plain re-capture makes way: the user’s notes come back, with the newer extraction', async () => {
    const posting = makePosting({ title: 'Old title' });
    const saved = await savePosting(db, posting, minute(1));
    await updateTracking(db, saved.id, { notes: 'Called them' }, minute(2));
    const deleted = await deletePostings(db, [saved.id]);
    await savePosting(db, { ...posting, title: 'New title' }, minute(3));

    expect(await restorePostings(db, deleted)).toEqual([]);
    const records = await db.postings.toArray();
    expect(records).toHaveLength(1);
    expect(records[0]!.id).toBe(saved.id);
    expect(records[0]!.tracking.notes).toBe('Called them');
    expect(effectivePosting(records[0]!).title).toBe('New title');
  });

  it('a copy with work of its own is never overwritten: the undo hands the deleted one back instead', async () => {
    const posting = makePosting();
    const saved = await savePosting(db, posting, minute(1));
    await updateTracking(db, saved.id, { notes: 'Old notes' }, minute(2));
    const backup = await createBackup(db);
    const deleted = await deletePostings(db, [saved.id]);
    // The backup brings the posting back under its old id; the user writes on it.
    await restoreBackup(db, backup);
    await writeField(db, saved.id, postingField('notes'), 'Old notes', 'Newer notes', minute(4));

    const notRestored = await restorePostings(db, deleted);
    expect(notRestored.map((record) => record.id)).toEqual([saved.id]);
    expect((await db.postings.get(saved.id))!.tracking.notes).toBe('Newer notes');
  });
});
