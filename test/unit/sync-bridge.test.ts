/**
 * The sync bridge between two devices and a server, all PouchDB on its memory adapter: what one
 * device does reaches the other, and conflicts are decided the same way on both.
 */
import { describe, expect, it } from 'vitest';
import { deletePostings, editFields, findByCanonicalUrl, restorePostings, savePosting, setStatus, updateTracking } from '../../lib/repository';
import { saveRule } from '../../lib/repository';
import { createBackup } from '../../lib/transfer/backup-export';
import { restoreBackup } from '../../lib/transfer/backup';
import { ruleFrom } from '../../lib/rules';
import { getSetting, updateSetting } from '../../lib/settings';
import { capturedPosting, Clock, contentOf, device, syncOnce, syncUntilQuiet, twoDevicesEachTest } from '../support/sync';

const devices = twoDevicesEachTest();

describe('sync between two devices', () => {
  it('carries a capture with its description, a status change back, and leaves nothing queued', async () => {
    const clock = new Clock();
    const [a, b, server] = devices.open(clock);
    const posting = capturedPosting({ description: 'Terms of reference: border management in the Sahel.' });
    clock.tick();
    await savePosting(a.db, posting, clock.read());
    await syncUntilQuiet([a, b], server);
    const onB = await findByCanonicalUrl(b.db, posting.canonicalUrl);
    expect(onB?.extracted.title).toBe(posting.title);
    expect((await b.db.descriptions.get(onB!.id))?.text).toBe(posting.description);

    clock.tick();
    await setStatus(b.db, onB!.id, 'applied', clock.read());
    await syncUntilQuiet([a, b], server);
    expect((await findByCanonicalUrl(a.db, posting.canonicalUrl))?.tracking.status).toBe('applied');
    expect(await contentOf(a)).toEqual(await contentOf(b));
    expect(await a.db.syncOutbox.count()).toBe(0);
    expect(await b.db.syncOutbox.count()).toBe(0);
  });

  it('merges edits made offline on both: by field, the later edit wins, history is a union, no conflict revision is left', async () => {
    const clock = new Clock();
    const [a, b, server] = devices.open(clock);
    const posting = capturedPosting();
    await savePosting(a.db, posting, clock.tick());
    await syncUntilQuiet([a, b], server);
    const id = (await findByCanonicalUrl(a.db, posting.canonicalUrl))!.id;

    // Offline: A writes notes, then B changes the status and later writes its own notes; A corrects the title last.
    await updateTracking(a.db, id, { notes: 'Call Ms Diallo' }, clock.tick());
    await setStatus(b.db, id, 'preparing', clock.tick());
    await updateTracking(b.db, id, { notes: 'CV sent to the team leader' }, clock.tick());
    await setStatus(a.db, id, 'applied', clock.tick());
    await editFields(a.db, id, { title: 'Border management expert (corrected)' }, clock.tick());

    await syncUntilQuiet([a, b], server);
    const merged = (await findByCanonicalUrl(b.db, posting.canonicalUrl))!;
    expect(merged.tracking.notes).toBe('CV sent to the team leader');
    expect(merged.tracking.status).toBe('applied');
    expect(merged.tracking.statusHistory.map((change) => change.status)).toEqual(['saved', 'preparing', 'applied']);
    expect(merged.edits.title).toBe('Border management expert (corrected)');
    expect(await contentOf(a)).toEqual(await contentOf(b));
    const onServer = await server.get(`posting:${posting.canonicalUrl}`, { conflicts: true });
    expect(onServer._conflicts ?? []).toEqual([]);
  });

  it('never lets a re-capture overwrite a correction the user made', async () => {
    const clock = new Clock();
    const [a, b, server] = devices.open(clock);
    const posting = capturedPosting({ title: 'Expert' });
    await savePosting(a.db, posting, clock.tick());
    await syncUntilQuiet([a, b], server);
    const id = (await findByCanonicalUrl(a.db, posting.canonicalUrl))!.id;
    await editFields(a.db, id, { title: 'Senior expert, police cooperation' }, clock.tick());
    // Later, B captures the page again: its title changed on the site.
    await savePosting(b.db, { ...posting, title: 'Expert (updated)', description: 'New text' }, clock.tick());
    await syncUntilQuiet([a, b], server);
    for (const one of [a, b]) {
      const record = (await findByCanonicalUrl(one.db, posting.canonicalUrl))!;
      expect(record.edits.title).toBe('Senior expert, police cooperation');
      expect(record.extracted.title).toBe('Expert (updated)');
      expect((await one.db.descriptions.get(record.id))?.text).toBe('New text');
    }
  });

  it('makes one posting of a page captured on both devices', async () => {
    const clock = new Clock();
    const [a, b, server] = devices.open(clock);
    const posting = capturedPosting();
    await savePosting(a.db, posting, clock.tick());
    await savePosting(b.db, posting, clock.tick());
    await setStatus(b.db, (await findByCanonicalUrl(b.db, posting.canonicalUrl))!.id, 'interview', clock.tick());
    await syncUntilQuiet([a, b], server);
    expect(await a.db.postings.count()).toBe(1);
    expect(await contentOf(a)).toEqual(await contentOf(b));
    expect((await findByCanonicalUrl(a.db, posting.canonicalUrl))?.tracking.status).toBe('interview');
  });

  it('propagates a deletion, and brings a posting back, saying so, when the other device edited it after the deletion', async () => {
    const clock = new Clock();
    const [a, b, server] = devices.open(clock);
    const kept = capturedPosting({ title: 'Kept by B' });
    const gone = capturedPosting({ title: 'Deleted on both' });
    for (const posting of [kept, gone]) await savePosting(a.db, posting, clock.tick());
    await syncUntilQuiet([a, b], server);
    const keptId = (await findByCanonicalUrl(a.db, kept.canonicalUrl))!.id;
    const goneId = (await findByCanonicalUrl(a.db, gone.canonicalUrl))!.id;

    await deletePostings(a.db, [keptId, goneId]);
    clock.tick();
    await updateTracking(b.db, keptId, { notes: 'Interview on Monday' }, clock.tick());
    await syncUntilQuiet([a, b], server);

    expect(await findByCanonicalUrl(b.db, gone.canonicalUrl)).toBeUndefined();
    expect((await findByCanonicalUrl(a.db, kept.canonicalUrl))?.tracking.notes).toBe('Interview on Monday');
    expect(a.revived).toEqual(['Kept by B']);
    expect(b.revived).toEqual([]);
    expect(await contentOf(a)).toEqual(await contentOf(b));
  });

  it('lets an undo bring back a posting deleted everywhere', async () => {
    const clock = new Clock();
    const [a, b, server] = devices.open(clock);
    const posting = capturedPosting();
    await savePosting(a.db, posting, clock.tick());
    await syncUntilQuiet([a, b], server);
    clock.tick();
    const deleted = await deletePostings(a.db, [(await findByCanonicalUrl(a.db, posting.canonicalUrl))!.id]);
    await syncUntilQuiet([a, b], server);
    expect(await b.db.postings.count()).toBe(0);
    clock.tick();
    await restorePostings(a.db, deleted);
    await syncUntilQuiet([a, b], server);
    expect(await findByCanonicalUrl(b.db, posting.canonicalUrl)).toBeDefined();
  });

  it('refuses and counts a hostile document from the server, and stores nothing of it', async () => {
    const clock = new Clock();
    const [a, b, server] = devices.open(clock);
    await savePosting(a.db, capturedPosting(), clock.tick());
    await syncUntilQuiet([a, b], server);
    const url = 'https://evil.example/posting';
    await server.put({ _id: `posting:${url}`, kind: 'posting', canonicalUrl: url, record: { id: 'x', title: '<img src=x onerror=alert(1)>' }, description: 'x', times: {}, deletedAt: null } as never);
    await server.put({ _id: 'rule:other', kind: 'rule', value: { id: 'not-other', label: 'x', family: 'user', phrases: ['x'], createdAt: 'x', updatedAt: 'x' }, time: '2030-01-01T00:00:00.000Z', deletedAt: null } as never);
    // A valid tombstone of another kind under a posting's id would make one id hold two kinds of record.
    const known = (await a.db.postings.toArray())[0]!.canonicalUrl;
    await server.bulkDocs([{ _id: `posting:${known}`, _rev: '9-deadbeef', kind: 'rule', value: null, time: '2030-01-01T00:00:00.000Z', deletedAt: null }] as never[], { new_edits: false });
    await syncOnce(b, server);
    expect(b.refused.sort()).toEqual([`posting:${known}`, `posting:${url}`, 'rule:other'].sort());
    // B removed the conflicting revision in its mirror; its next sync removes it from the server.
    await syncOnce(b, server);
    const conflicted = await server.get(`posting:${known}`, { conflicts: true });
    expect(conflicted._conflicts ?? []).toEqual([]);
    expect((await findByCanonicalUrl(b.db, known))?.canonicalUrl).toBe(known);
    expect(await b.db.postings.count()).toBe(1);
    expect(await b.db.rules.count()).toBe(0);
  });

  it('syncs tag rules, which tag the postings of the other device too, and the profile; the export columns stay on each device', async () => {
    const clock = new Clock();
    const [a, b, server] = devices.open(clock);
    const posting = capturedPosting({ description: 'Support to maritime cocaine interdiction in West Africa.' });
    await savePosting(b.db, posting, clock.tick());
    await saveRule(a.db, ruleFrom('SEACOP', 'seacop, maritime cocaine', clock.tick()));
    await updateSetting(a.db, 'profile', (profile) => ({ ...profile, experienceYears: 12 }));
    await updateSetting(a.db, 'exportColumns', () => ['title']);
    await syncUntilQuiet([a, b], server);
    expect((await b.db.rules.get('seacop'))?.phrases).toEqual(['seacop', 'maritime cocaine']);
    expect((await getSetting(b.db, 'profile')).experienceYears).toBe(12);
    expect(await getSetting(b.db, 'exportColumns')).toEqual([]);
    for (const one of [a, b]) expect((await findByCanonicalUrl(one.db, posting.canonicalUrl))?.tagIds).toContain('user:seacop');
  });

  it('carries what a backup restored on one device brought, like any other write', async () => {
    const clock = new Clock();
    const [a, b, server] = devices.open(clock);
    const source = devices.alsoClose(device('backup-source', clock));
    await savePosting(source.db, capturedPosting({ title: 'From the backup' }), clock.tick());
    await restoreBackup(a.db, await createBackup(source.db, clock.tick()));
    await syncUntilQuiet([a, b], server);
    expect((await b.db.postings.toArray()).map((record) => record.extracted.title)).toEqual(['From the backup']);
  });
});
