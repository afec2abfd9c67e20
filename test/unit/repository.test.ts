import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type VacancyDatabase } from '../../lib/db';
import {
  addUserTag, deletePostings, keepFile, editFields, effectivePosting, findByCanonicalUrl, isExpired, listByDeadline, removeTag,
  restorePostings, savePosting, updateTracking, descriptionOf, setStatus, NO_DEADLINE,
} from '../../lib/repository';
import type { Tag } from '../../lib/schema';
import { makePosting } from '../support/postings';

let db: VacancyDatabase;
let name = 0;

beforeEach(async () => {
  db = openDatabase(`test-${++name}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const themeTag = (id: string): Tag => ({ id, family: 'theme', label: { en: id, fr: id }, evidence: [{ phrase: 'x', where: 'title', weight: 3 }], source: 'auto' });

describe('saving postings', () => {
  it('creates a record with status "saved" and its first history entry', async () => {
    const saved = await savePosting(db, makePosting(), new Date('2026-01-01T10:00:00Z'));
    expect(saved.status).toBe('saved');
    expect(saved.tracking.statusHistory).toEqual([{ status: 'saved', at: '2026-01-01T10:00:00.000Z' }]);
    expect(saved.deadlineAt).toBe('2030-01-15T16:00:00Z');
    expect(await db.postings.count()).toBe(1);
  });

  it('re-capturing the same page updates the extraction and keeps status, notes, corrections and tags', async () => {
    const first = makePosting({ title: 'Old title', tags: [themeTag('theme:health'), themeTag('theme:gender')] });
    const saved = await savePosting(db, first);
    await setStatus(db, saved.id, 'applied');
    await updateTracking(db, saved.id, { notes: 'Sent CV v3' });
    await editFields(db, saved.id, { organization: 'IOM Dakar' });
    await removeTag(db, saved.id, 'theme:gender');
    await addUserTag(db, saved.id, { ...themeTag('user:seacop'), family: 'user' });

    const recaptured = await savePosting(db, { ...first, title: 'New title', organization: 'Extracted org', tags: [themeTag('theme:health'), themeTag('theme:gender')] });
    expect(recaptured.id).toBe(saved.id);
    expect(await db.postings.count()).toBe(1);
    const shown = effectivePosting(recaptured);
    expect(shown.title).toBe('New title');
    expect(shown.organization).toBe('IOM Dakar');
    expect(recaptured.tracking.status).toBe('applied');
    expect(recaptured.tracking.notes).toBe('Sent CV v3');
    expect(shown.tags.map((tag) => tag.id).sort()).toEqual(['theme:health', 'user:seacop']);
    expect(recaptured.tagIds.sort()).toEqual(['theme:health', 'user:seacop']);
  });

  it('two captures of one page at once make one record', async () => {
    const posting = makePosting();
    await Promise.all([savePosting(db, posting), savePosting(db, posting), savePosting(db, posting)]);
    expect(await db.postings.count()).toBe(1);
  });

  it('keeps a status history with timestamps', async () => {
    const saved = await savePosting(db, makePosting(), new Date('2026-01-01T00:00:00Z'));
    await setStatus(db, saved.id, 'applied', new Date('2026-01-05T00:00:00Z'));
    const interview = await setStatus(db, saved.id, 'interview', new Date('2026-01-20T00:00:00Z'));
    expect(interview.tracking.appliedDate).toBe('2026-01-05');
    expect(interview.tracking.statusHistory.map((change) => `${change.status}@${change.at.slice(0, 10)}`)).toEqual([
      'saved@2026-01-01',
      'applied@2026-01-05',
      'interview@2026-01-20',
    ]);
    expect((await db.postings.where('status').equals('interview').toArray()).length).toBe(1);
  });

  it('deletes with undo, the kept file included', async () => {
    const saved = await savePosting(db, makePosting());
    await keepFile(db, { id: saved.id, fileName: 'ToR.pdf', kind: 'pdf', bytes: new Uint8Array([37, 80, 68, 70, 45]), savedAt: '2026-01-01T00:00:00Z' });
    const deleted = await deletePostings(db, [saved.id]);
    expect(await db.postings.count()).toBe(0);
    expect(await db.descriptions.count()).toBe(0);
    expect(await db.files.count()).toBe(0);
    await restorePostings(db, deleted);
    expect((await db.postings.get(saved.id))?.canonicalUrl).toBe(saved.canonicalUrl);
    expect(await descriptionOf(db, saved.id)).toBe('A posting.');
    expect(Array.from((await db.files.get(saved.id))!.bytes)).toEqual([37, 80, 68, 70, 45]);
  });

  it('lists open deadlines nearest first, then those without one, then closed ones latest first', async () => {
    const deadline = (date: string) => ({ date, time: null, timeZone: null, instant: null, raw: date, unparsed: false });
    await savePosting(db, makePosting({ title: 'late', deadline: deadline('2031-01-01') }));
    await savePosting(db, makePosting({ title: 'none', deadline: { ...deadline('x'), date: null, raw: null } }));
    await savePosting(db, makePosting({ title: 'soon' }));
    await savePosting(db, makePosting({ title: 'closed long ago', deadline: deadline('2020-01-01') }));
    await savePosting(db, makePosting({ title: 'just closed', deadline: deadline('2026-06-01') }));
    const now = new Date('2027-01-01T00:00:00Z');
    const titles = (await listByDeadline(db, Infinity, now)).map((record) => record.extracted.title);
    expect(titles).toEqual(['soon', 'late', 'none', 'just closed', 'closed long ago']);
    expect((await listByDeadline(db, 2, now)).map((record) => record.extracted.title)).toEqual(['soon', 'late']);
    expect((await listByDeadline(db, 4, now)).map((record) => record.extracted.title)).toEqual(['soon', 'late', 'none', 'just closed']);
    expect((await db.postings.get((await listByDeadline(db, Infinity, now))[2]!.id))?.deadlineAt).toBe(NO_DEADLINE);
  });

  it('shows a past deadline never applied to as expired, and an applied one not', async () => {
    const saved = await savePosting(db, makePosting());
    const after = new Date('2030-02-01T00:00:00Z');
    expect(isExpired(saved, after)).toBe(true);
    expect(isExpired(await setStatus(db, saved.id, 'applied'), after)).toBe(false);
    expect(isExpired(saved, new Date('2029-01-01T00:00:00Z'))).toBe(false);
  });

  it('finds a saved page by its canonical URL', async () => {
    const saved = await savePosting(db, makePosting());
    expect((await findByCanonicalUrl(db, saved.canonicalUrl))?.id).toBe(saved.id);
  });

  it('rejects an invalid posting and writes nothing', async () => {
    await expect(savePosting(db, { ...makePosting(), deadline: { date: '15/01/2030' } } as never)).rejects.toThrow();
    expect(await db.postings.count()).toBe(0);
  });
});

describe('user tag rules', () => {
  it('a new rule re-tags saved postings, and what the user set by hand survives', async () => {
    const { rereadAll, ruleFrom } = await import('../../lib/rules');
    const { classifyPosting } = await import('../../lib/classify');
    const text = 'The SEACOP project supports seaport cooperation against maritime trafficking of drugs in the Caribbean. Port control units, maritime security, drug trafficking.';
    const posting = makePosting({ title: 'Port security expert', description: text });
    const saved = await savePosting(db, { ...posting, tags: classifyPosting(posting) });
    const removedId = saved.extracted.tags[0]!.id;
    await removeTag(db, saved.id, removedId);
    await addUserTag(db, saved.id, { ...themeTag('user:my-shortlist'), family: 'user', label: { en: 'My shortlist', fr: 'My shortlist' } });

    await db.rules.put(ruleFrom('SEACOP', 'SEACOP, seaport cooperation'));
    expect(await rereadAll(db)).toBe(1);
    const after = effectivePosting((await db.postings.get(saved.id))!);
    const ids = after.tags.map((tag) => tag.id);
    expect(ids).toContain('user:seacop');
    expect(ids).toContain('user:my-shortlist');
    expect(ids).not.toContain(removedId);
    expect(after.tags.find((tag) => tag.id === 'user:seacop')!.evidence[0]!.phrase).toMatch(/SEACOP/i);
    // The index follows: the tracker's tag filter finds it.
    expect(await db.postings.where('tagIds').equals('user:seacop').count()).toBe(1);
    // Nothing changes the second time.
    expect(await rereadAll(db)).toBe(0);
  });

  it('capture and re-read derive alike: postings saved from real pages have nothing to re-read', async () => {
    const { rereadAll, ruleFrom } = await import('../../lib/rules');
    const { listFixtures, pageOfFixture } = await import('../support/fixtures');
    const { postingFromPage } = await import('../../lib/pipeline');
    const rule = ruleFrom('Sahel', 'Sahel, Mali');
    await db.rules.put(rule);
    const fixtures = listFixtures().filter((fixture) => fixture.expected.notAPosting !== true).slice(0, 8);
    for (const fixture of fixtures) await savePosting(db, postingFromPage(pageOfFixture(fixture.file), [rule]));
    expect(await db.postings.count()).toBe(fixtures.length);
    expect(await db.postings.where('tagIds').equals('user:sahel').count()).toBeGreaterThan(0);
    expect(await rereadAll(db)).toBe(0);
  });
});
