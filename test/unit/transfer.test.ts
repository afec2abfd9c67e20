import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type VacancyDatabase } from '../../lib/db';
import { addUserTag, keepFile, savePosting, setStatus, updateTracking } from '../../lib/repository';
import type { Posting, SavedPosting, Status } from '../../lib/schema';
import { BackupError, MAX_STRING_LENGTH, parseBackup, restoreBackup } from '../../lib/transfer/backup';
import { createBackup } from '../../lib/transfer/backup-export';
import { CSV_COLUMNS, guessMapping, mapRows, parseCsv, toCsv } from '../../lib/transfer/csv';
import { importCsvRows } from '../../lib/transfer/csv-import';
import { toCalendar } from '../../lib/transfer/calendar';
import { toMarkdown } from '../../lib/transfer/markdown';
import { userTag } from '../../lib/user-tags';
import { makePosting } from '../support/postings';
import { ENGLISH, englishOf } from '../support/words';

let databases: VacancyDatabase[] = [];
let counter = 0;
async function freshDatabase(): Promise<VacancyDatabase> {
  const db = openDatabase(`transfer-${++counter}`);
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

/** A small seeded generator: the same "random" postings on every run, so a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

const UNUSUAL_TEXTS = [
  'Chargé(e) de programme – protection de l’enfance',
  'منسق برامج الحماية', // right-to-left
  'Coordinador/a de proyectos 🌍 Sahel',
  'He said "apply now", she said \'no\'',
  'line one\nline two\r\nline three',
  '=HYPERLINK("http://evil.example","click")',
  '+33 1 23 45 67 89',
  '-5 years',
  '@mention',
  '\tindented',
  "'already quoted",
  'Comma, semicolon; pipe | backslash \\ and *stars*',
];
const STATUSES_USED: Status[] = ['saved', 'preparing', 'applied', 'interview', 'offer', 'rejected', 'withdrawn'];

async function fillWithRandomPostings(db: VacancyDatabase, count: number, seed: number): Promise<SavedPosting[]> {
  const random = generator(seed);
  const saved: SavedPosting[] = [];
  for (let index = 0; index < count; index++) {
    const hasTime = random.next() > 0.3;
    const day = String(1 + Math.floor(random.next() * 27)).padStart(2, '0');
    const posting: Posting = makePosting({
      title: random.pick(UNUSUAL_TEXTS) + ` #${index}`,
      organization: random.pick(UNUSUAL_TEXTS),
      reference: random.next() > 0.5 ? `REF-${index}/${random.pick(['A', 'É', '٣'])}` : null,
      location: { country: random.pick(['SN', 'LC', 'EC', 'FR']), city: random.pick(['Dakar', 'Castries', 'Quito', 'Saint-Louis']), remote: random.next() > 0.8, raw: null },
      deadline: hasTime
        ? { date: `2030-03-${day}`, time: '16:00', timeZone: 'UTC', instant: `2030-03-${day}T16:00:00Z`, raw: `${day}/03/2030 16:00`, unparsed: false }
        : { date: null, time: null, timeZone: null, instant: null, raw: null, unparsed: false },
      description: random.pick(UNUSUAL_TEXTS).repeat(3),
      requirements: [
        { kind: 'language', code: random.pick(['es', 'fr', 'ar']), level: random.pick(['B2', 'C1', null]), required: random.next() > 0.3, quote: random.pick(UNUSUAL_TEXTS) },
        { kind: 'experience', years: 1 + Math.floor(random.next() * 20), scope: random.next() > 0.5 ? random.pick(UNUSUAL_TEXTS) : null, themeIds: ['theme:migration-border'], regionIds: [], required: true, quote: random.pick(UNUSUAL_TEXTS) },
      ],
      selectionGrids: random.next() > 0.5 ? [{ title: random.pick(UNUSUAL_TEXTS), total: 100, criteria: [{ label: random.pick(UNUSUAL_TEXTS), points: 60 }, { label: 'B', points: 40 }] }] : [],
    });
    let record = await savePosting(db, posting, new Date(Date.UTC(2026, 0, 1, 0, index)));
    record = await setStatus(db, record.id, random.pick(STATUSES_USED), new Date(Date.UTC(2026, 0, 2, 0, index)));
    record = await updateTracking(
      db,
      record.id,
      { notes: random.pick(UNUSUAL_TEXTS), followUpDate: random.next() > 0.5 ? '2030-04-01' : null, starred: random.next() > 0.5, gridChecks: random.next() > 0.5 ? ['0:1'] : [] },
      new Date(Date.UTC(2026, 0, 3, 0, index)),
    );
    if (random.next() > 0.6) record = await addUserTag(db, record.id, userTag(random.pick(['SEACOP', 'Sahel sécurité', 'طوارئ'])));
    saved.push(record);
  }
  return saved;
}

describe('JSON backup', () => {
  it('restores exactly what was there (round trip of random postings with unusual text)', async () => {
    const source = await freshDatabase();
    await fillWithRandomPostings(source, 60, 7);
    await source.rules.put({ id: 'seacop', label: 'SEACOP', family: 'user', phrases: ['SEACOP', 'seaport cooperation'], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });
    await source.settings.put({ key: 'reminderLeadDays', value: [5, 2] });
    // A kept PDF, every byte value in it: the backup carries it in base64.
    const pdf = Uint8Array.from({ length: 70_000 }, (_, index) => (index * 31) % 256);
    const [first] = await source.postings.limit(1).toArray();
    await keepFile(source, { id: first!.id, fileName: 'ToR expert – Dakar.pdf', kind: 'pdf', bytes: pdf, savedAt: '2026-01-05T00:00:00Z' });
    const backup = await createBackup(source, new Date('2026-02-01T00:00:00Z'));
    const text = JSON.stringify(backup);

    const target = await freshDatabase();
    const report = await restoreBackup(target, parseBackup(text));
    expect(report).toEqual({ added: 60, updated: 0, skipped: [], keptSettings: [] });
    expect(await createBackup(target, new Date('2026-02-01T00:00:00Z'))).toEqual(backup);
    expect(Array.from((await target.files.get(first!.id))!.bytes)).toEqual(Array.from(pdf));
  });

  it('restores a version 2 backup, whose warnings were English sentences, with its warnings as notices', async () => {
    const source = await freshDatabase();
    await fillWithRandomPostings(source, 2, 17);
    const version2 = structuredClone(await createBackup(source)) as unknown as { version: number; postings: Array<{ extracted: { warnings: unknown[] } }> };
    version2.version = 2;
    version2.postings[0]!.extracted.warnings = ['The deadline gives no time zone.', 'The deadline "fin mai" could not be read: check it by hand.'];
    version2.postings[1]!.extracted.warnings = ['A sentence no version wrote.'];
    const target = await freshDatabase();
    expect(await restoreBackup(target, parseBackup(JSON.stringify(version2)))).toMatchObject({ added: 2 });
    const warnings = (await target.postings.toArray()).map((record) => record.extracted.warnings).sort((a, b) => b.length - a.length);
    expect(warnings).toEqual([[{ code: 'warningNoTimeZone', params: {} }, { code: 'warningDeadlineUnparsed', params: { raw: 'fin mai' } }], []]);
  });

  it('restores a version 1 backup, written before postings had requirements, with every record', async () => {
    const source = await freshDatabase();
    await fillWithRandomPostings(source, 5, 13);
    const current = await createBackup(source);
    const version1 = structuredClone(current) as unknown as { version: number; postings: Array<{ extracted: Record<string, unknown>; tracking: Record<string, unknown> }> };
    version1.version = 1;
    for (const posting of version1.postings) {
      delete posting.extracted.requirements;
      delete posting.extracted.selectionGrids;
      delete posting.tracking.gridChecks;
    }
    const target = await freshDatabase();
    expect(await restoreBackup(target, parseBackup(JSON.stringify(version1)))).toEqual({ added: 5, updated: 0, skipped: [], keptSettings: [] });
    const restored = await target.postings.toArray();
    expect(restored).toHaveLength(5);
    for (const record of restored) {
      expect(record.extracted.requirements).toEqual([]);
      expect(record.tracking.gridChecks).toEqual([]);
      expect(record.tracking.notes).toBe(current.postings.find((posting) => posting.id === record.id)!.tracking.notes);
    }
  });

  it('merges by canonical URL: the newer edits win on either side, and the report says why', async () => {
    const source = await freshDatabase();
    const [older, newer] = await fillWithRandomPostings(source, 2, 3);
    const backup = await createBackup(source);
    const target = await freshDatabase();
    await restoreBackup(target, backup);
    // Here, one posting is edited after the backup; in the backup, the other is newer.
    await updateTracking(target, older!.id, { notes: 'edited here, later' }, new Date('2027-01-01T00:00:00Z'));
    const newerInBackup = structuredClone(backup);
    const changed = newerInBackup.postings.find((record) => record.id === newer!.id)!;
    changed.tracking.notes = 'edited in the backup, later';
    changed.updatedAt = '2027-06-01T00:00:00.000Z';
    const report = await restoreBackup(target, newerInBackup);
    expect(report.added).toBe(0);
    expect(report.updated).toBe(1);
    expect(report.skipped).toEqual([{ url: older!.canonicalUrl, reason: { code: 'skippedNewerHere', params: {} } }]);
    expect((await target.postings.get(older!.id))!.tracking.notes).toBe('edited here, later');
    expect((await target.postings.get(newer!.id))!.tracking.notes).toBe('edited in the backup, later');
  });

  describe('a malformed or hostile file writes nothing and says what is wrong', () => {
    const valid = async () => {
      const source = await freshDatabase();
      await fillWithRandomPostings(source, 2, 11);
      return createBackup(source);
    };
    const expectRefused = async (text: string, message: RegExp, byteLength?: number) => {
      const target = await freshDatabase();
      let error: unknown;
      try {
        await restoreBackup(target, parseBackup(text, byteLength));
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(BackupError);
      // The interface follows every BackupError with "Nothing was imported."
      expect(englishOf(error)).toMatch(message);
      expect(await target.postings.count()).toBe(0);
    };

    it('not JSON, or truncated', async () => {
      const text = JSON.stringify(await valid());
      await expectRefused(text.slice(0, text.length / 2), /not valid JSON.*truncated/);
      await expectRefused('hello', /not valid JSON/);
    });
    it('a kept file whose bytes are not base64', async () => {
      const backup = await valid();
      const file = { id: backup.postings[0]!.id, fileName: 'a.pdf', kind: 'pdf', savedAt: '2026-01-01T00:00:00Z', base64: '<script>' };
      await expectRefused(JSON.stringify({ ...backup, files: [file] }), /\$\.files\.0\.base64/);
    });
    it('a wrong format version', async () => {
      await expectRefused(JSON.stringify({ ...(await valid()), version: 99 }), /format version 99/);
    });
    it('missing fields', async () => {
      const backup = await valid();
      const { tracking: _tracking, ...broken } = backup.postings[0]!;
      await expectRefused(JSON.stringify({ ...backup, postings: [broken] }), /\$\.postings\.0\.tracking/);
    });
    it('wrong types', async () => {
      const backup = await valid();
      await expectRefused(JSON.stringify({ ...backup, postings: [{ ...backup.postings[0], status: 42 }] }), /\$\.postings\.0\.status/);
    });
    it('a 50 MB string', async () => {
      const backup = await valid();
      const huge = { ...backup, postings: [{ ...backup.postings[0], tracking: { ...backup.postings[0]!.tracking, notes: 'x'.repeat(50 * 1024 * 1024) } }] };
      await expectRefused(JSON.stringify(huge), /\$\.postings\[0\]\.tracking\.notes: a text of 52,428,800 characters/);
      expect(MAX_STRING_LENGTH).toBeLessThan(50 * 1024 * 1024);
    });
    it('prototype-pollution keys', async () => {
      const text = JSON.stringify(await valid()).replace('"edits":{}', '"edits":{"__proto__":{"polluted":true}}');
      await expectRefused(text, /“__proto__” is not allowed/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      await expectRefused(JSON.stringify({ ...(await valid()), constructor: { prototype: { polluted: true } } }), /“constructor” is not allowed/);
    });
    it('an oversized file, refused before it is read', async () => {
      await expectRefused('{}', /200 MB: a backup is at most 150 MB/, 200 * 1024 * 1024);
    });
    it('an unknown or invalid setting', async () => {
      await expectRefused(JSON.stringify({ ...(await valid()), settings: [{ key: 'reminderLeadDays', value: 'soon' }] }), /setting “reminderLeadDays” is not valid/);
      await expectRefused(JSON.stringify({ ...(await valid()), settings: [{ key: 'toString', value: 1 }] }), /setting “toString” is unknown/);
      await expectRefused(JSON.stringify({ ...(await valid()), settings: [{ key: 'profile', value: { languages: [{ code: 'French', level: 'fluent' }] } }] }), /setting “profile” is not valid/);
    });
  });
});

describe('CSV', () => {
  it('starts with a byte-order mark and neutralises formula cells', async () => {
    const db = await freshDatabase();
    const record = await savePosting(db, makePosting({ title: '=HYPERLINK("http://evil.example")', organization: '@org' }));
    await updateTracking(db, record.id, { notes: '+call them' });
    const csv = toCsv(await db.postings.toArray());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain("'@org");
    expect(csv).toContain("'+call them");
    expect(csv).not.toMatch(/(^|,)[=+@]/m);
  });

  it('round-trips every column through a spreadsheet file (random postings with unusual text)', async () => {
    const source = await freshDatabase();
    const records = await fillWithRandomPostings(source, 40, 21);
    const csv = toCsv(records, [...CSV_COLUMNS], 'America/New_York');
    const table = parseCsv(csv);
    expect(table.errors).toEqual([]);
    const mapping = guessMapping(table.headers);
    expect(mapping).toEqual([...CSV_COLUMNS]);
    const { rows, problems } = mapRows(table, mapping);
    expect(problems).toEqual([]);
    const target = await freshDatabase();
    const report = await importCsvRows(target, rows, 'America/New_York');
    expect(report.added).toBe(40);
    for (const original of records) {
      const copy = await target.postings.where('canonicalUrl').equals(original.canonicalUrl).first();
      expect(copy, original.canonicalUrl).toBeDefined();
      expect(copy!.extracted.title).toBe(original.extracted.title);
      expect(copy!.extracted.organization).toBe(original.extracted.organization);
      expect(copy!.extracted.reference).toBe(original.extracted.reference);
      expect(copy!.extracted.location.country).toBe(original.extracted.location.country);
      expect(copy!.extracted.location.city).toBe(original.extracted.location.city);
      expect(copy!.status).toBe(original.status);
      expect(copy!.tracking.notes).toBe(original.tracking.notes);
      expect(copy!.tracking.appliedDate).toBe(original.tracking.appliedDate);
      expect(copy!.tracking.followUpDate).toBe(original.tracking.followUpDate);
      expect(copy!.deadlineAt).toBe(original.deadlineAt);
      expect(copy!.userTags.map((tag) => tag.label.en)).toEqual(original.userTags.map((tag) => tag.label.en));
    }
    // Importing the same file again adds nothing.
    expect((await importCsvRows(target, rows, 'America/New_York')).added).toBe(0);
  });

  it('maps another tracker’s French headers and reports rows it cannot use', () => {
    const table = parseCsv('Intitulé du poste;Organisme;Date limite;Statut;Lien\n"Chef de projet";AFD;2030-01-15;Entretien;https://afd.example/1\n;;;;\n"Expert";CIVIPOL;;inconnu;https://civipol.example/2\n'.replace(/;/g, ','));
    const mapping = guessMapping(table.headers);
    expect(mapping).toEqual(['title', 'organization', 'deadline', 'status', 'url']);
    const { rows, problems } = mapRows(table, mapping);
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([{ line: 4, reason: { code: 'csvUnknownStatus', params: { status: 'inconnu' } } }]);
  });
});

describe('iCalendar', () => {
  it('writes deadlines with alarms in UTC, follow-ups as all-day events, and the same UIDs every time', async () => {
    const db = await freshDatabase();
    const timed = await savePosting(db, makePosting({ title: 'Timed, with; commas' }));
    const allDay = await savePosting(db, makePosting({ deadline: { date: '2030-02-10', time: null, timeZone: null, instant: null, raw: '10 février 2030', unparsed: false } }));
    await updateTracking(db, allDay.id, { followUpDate: '2030-02-20' });
    const first = toCalendar(await db.postings.toArray(), [3, 1], ENGLISH);
    const second = toCalendar(await db.postings.toArray(), [3, 1], ENGLISH);
    const uids = (calendar: string) => [...calendar.matchAll(/^UID:(.+)$/gm)].map((match) => match[1]);
    expect(uids(first)).toEqual(uids(second));
    expect(uids(first)).toEqual(expect.arrayContaining([`${timed.id}-deadline@vacancy-clipper.local`, `${allDay.id}-deadline@vacancy-clipper.local`, `${allDay.id}-follow-up@vacancy-clipper.local`]));
    expect(first).toContain('DTSTART:20300115T160000Z');
    expect(first).toContain('DTSTART;VALUE=DATE:20300210');
    expect(first).toContain('DTSTART;VALUE=DATE:20300220');
    expect(first).toContain('TRIGGER:-P3D');
    expect(first).toContain('SUMMARY:Deadline: Timed\\, with\\; commas');
  });
});

describe('Markdown', () => {
  it('writes a note per posting and escapes what would change its layout', async () => {
    const db = await freshDatabase();
    const record = await savePosting(db, makePosting({ title: 'Expert [senior] *urgent*', organization: 'IOM' }));
    await updateTracking(db, record.id, { notes: 'Call #1\nthen e-mail' });
    const markdown = toMarkdown([(await db.postings.get(record.id))!], ENGLISH);
    expect(markdown).toContain('## [Expert \\[senior\\] \\*urgent\\*](https://jobs.example.org/posting/');
    expect(markdown).toContain('- **Organisation:** IOM');
    expect(markdown).toContain('> Call \\#1\n> then e-mail');
  });
});
