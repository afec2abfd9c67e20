import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type VacancyDatabase } from '../../lib/db';
import { postingField } from '../../lib/posting-fields';
import { capturePosting, effectivePosting, savePosting, writeField } from '../../lib/repository';
import { writeRulePhrases, ruleFrom } from '../../lib/rules';
import { getSetting, writeSettingField } from '../../lib/settings';
import { makePosting } from '../support/postings';

let db: VacancyDatabase;
let name = 0;

beforeEach(async () => {
  db = openDatabase(`field-writes-${++name}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const write = (id: string, field: string, seen: string, typed: string) => writeField(db, id, postingField(field), seen, typed);

describe('writing a field over the value the user saw', () => {
  it('writes when the field still holds that value, and says what it stored', async () => {
    const saved = await savePosting(db, makePosting({ title: 'Page title' }));
    const outcome = await write(saved.id, 'title', 'Page title', '  My title ');
    expect(outcome).toMatchObject({ written: true, stored: 'My title' });
    expect(effectivePosting((await db.postings.get(saved.id))!).title).toBe('My title');
  });

  it('refuses when the value changed meanwhile (a re-capture), and hands back the current one', async () => {
    const posting = makePosting({ title: 'Old title' });
    const saved = await savePosting(db, posting);
    await savePosting(db, { ...posting, title: 'New title' });
    expect(await write(saved.id, 'title', 'Old title', 'Old title, corrected')).toEqual({ written: false, current: 'New title' });
    const stored = (await db.postings.get(saved.id))!;
    expect(stored.edits.title).toBeUndefined();
    expect(effectivePosting(stored).title).toBe('New title');
  });

  it('of two racing writes over one seen value, exactly one lands', async () => {
    const saved = await savePosting(db, makePosting());
    const outcomes = await Promise.all([write(saved.id, 'notes', '', 'from tab A'), write(saved.id, 'notes', '', 'from tab B')]);
    expect(outcomes.filter((outcome) => outcome.written)).toHaveLength(1);
    const refused = outcomes.find((outcome) => !outcome.written);
    expect(refused).toEqual({ written: false, current: (await db.postings.get(saved.id))!.tracking.notes });
  });

  it('an edit of the city keeps a country changed by a later capture (no stale neighbours)', async () => {
    const posting = makePosting();
    const saved = await savePosting(db, posting);
    const seenCity = postingField('city').read(saved);
    await savePosting(db, { ...posting, location: { ...posting.location, country: 'ML' } });
    await write(saved.id, 'city', seenCity, 'Bamako');
    const shown = effectivePosting((await db.postings.get(saved.id))!);
    expect(shown.location).toMatchObject({ city: 'Bamako', country: 'ML' });
  });

  it('typing back what the page says records no correction', async () => {
    const saved = await savePosting(db, makePosting({ title: 'Page title' }));
    await write(saved.id, 'title', 'Page title', 'Mine');
    await write(saved.id, 'title', 'Mine', 'Page title');
    expect((await db.postings.get(saved.id))!.edits).toEqual({});
  });

  it('a contact field changes only that contact', async () => {
    const saved = await savePosting(db, makePosting());
    await db.postings.update(saved.id, { tracking: { ...saved.tracking, contacts: [{ name: 'A', email: '', role: '' }, { name: 'B', email: '', role: '' }] } });
    await write(saved.id, 'contact-email-1', '', 'b@example.org');
    expect((await db.postings.get(saved.id))!.tracking.contacts).toEqual([{ name: 'A', email: '', role: '' }, { name: 'B', email: 'b@example.org', role: '' }]);
  });
});

describe('saving from the popup with the fields the user changed', () => {
  it('applies only changed fields whose value is still the one seen, and reports the others', async () => {
    const posting = makePosting({ title: 'Title seen', organization: 'Org seen' });
    const first = await savePosting(db, posting);
    await write(first.id, 'organization', 'Org seen', 'Org corrected in the tracker');
    const { record, refused } = await capturePosting(db, posting, [
      { name: 'title', field: postingField('title'), seen: 'Title seen', typed: 'Title typed in the popup' },
      { name: 'organization', field: postingField('organization'), seen: 'Org seen', typed: 'Org typed in the popup' },
    ]);
    expect(effectivePosting(record)).toMatchObject({ title: 'Title typed in the popup', organization: 'Org corrected in the tracker' });
    expect(refused).toEqual([{ name: 'organization', current: 'Org corrected in the tracker' }]);
  });
});

describe('settings and tag rules', () => {
  it('a profile field is written only over the value seen', async () => {
    const years = { read: (profile: { experienceYears: number | null }) => String(profile.experienceYears ?? ''), apply: <P>(profile: P, typed: string) => ({ ...profile, experienceYears: Number(typed) }) };
    expect(await writeSettingField(db, 'profile', years, '', '7')).toEqual({ written: true, stored: '7' });
    expect(await writeSettingField(db, 'profile', years, '', '9')).toEqual({ written: false, current: '7' });
    expect((await getSetting(db, 'profile')).experienceYears).toBe(7);
  });

  it('a rule’s phrases are written only over the phrases seen', async () => {
    await db.rules.put(ruleFrom('SEACOP', 'SEACOP'));
    expect(await writeRulePhrases(db, 'seacop', 'SEACOP', 'SEACOP, seaport')).toEqual({ written: true, stored: 'SEACOP, seaport' });
    expect(await writeRulePhrases(db, 'seacop', 'SEACOP', 'SEACOP, port')).toEqual({ written: false, current: 'SEACOP, seaport' });
  });
});
