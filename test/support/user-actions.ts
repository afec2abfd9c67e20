/**
 * What users do, as commands of a model-based test (fast-check): each runs against the real repository
 * and against the model (test/support/user-model.ts); after each, the two must agree.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { openDatabase } from '../../lib/db';
import { MIGRATIONS } from '../../lib/migrations';
import { postingField } from '../../lib/posting-fields';
import { addUserTag, capturePosting, deletePostings, findByCanonicalUrl, removeTag, restorePostings, savePosting, setStatus, writeField } from '../../lib/repository';
import { ruleFrom, rereadAll } from '../../lib/rules';
import { STATUSES, type Status } from '../../lib/schema';
import { writeSettingField } from '../../lib/settings';
import { BackupError, parseBackup, restoreBackup } from '../../lib/transfer/backup';
import { createBackup } from '../../lib/transfer/backup-export';
import { guessMapping, mapRows, parseCsv } from '../../lib/transfer/csv';
import { importCsvRows } from '../../lib/transfer/csv-import';
import { userTag } from '../../lib/user-tags';
import { AUTO_TAGS, SLOTS, TEXT_FIELDS, autoTag, capturedInModel, copy, editInModel, expectAgreement, holdsUserWork, postingOf, recordOf, shownOf, stats, tick, urlOf, workOf, yearsField, type Capture, type Model, type Real, type TextFieldName } from './user-model';

type Command = fc.AsyncCommand<Model, Real>;

abstract class Step implements Command {
  abstract check(model: Readonly<Model>): boolean;
  async run(model: Model, real: Real): Promise<void> {
    stats.steps++;
    await this.apply(model, real);
    await expectAgreement(model, real);
  }
  abstract apply(model: Model, real: Real): Promise<void>;
  abstract toString(): string;
}

class CaptureStep extends Step {
  constructor(readonly capture: Capture) {
    super();
  }
  check() {
    return true;
  }
  async apply(model: Model, real: Real) {
    const { now, at } = tick(real);
    await savePosting(real.db, postingOf(this.capture), now);
    capturedInModel(model, this.capture, at);
  }
  toString() {
    return `capture(${JSON.stringify(this.capture)})`;
  }
}

/** The popup: a capture with the title typed over the title the popup showed (now, or in an old popup). */
class PopupSaveStep extends Step {
  constructor(readonly capture: Capture, readonly typed: string, readonly tab: number | null) {
    super();
  }
  check() {
    return true;
  }
  async apply(model: Model, real: Real) {
    const url = urlOf(this.capture.slot);
    const before = model.postings.get(url);
    const { now, at } = tick(real);
    const posting = capturedInModel(model, this.capture, at);
    const seen = (this.tab !== null ? model.tabs[this.tab % Math.max(1, model.tabs.length)]?.get(url)?.title : undefined) ?? shownOf(posting).title;
    const expectWritten = editInModel(posting, 'title', seen, this.typed, at);
    const { refused } = await capturePosting(real.db, postingOf(this.capture), [{ name: 'title', field: postingField('title'), seen, typed: this.typed }], now);
    expect(refused.length === 0, `popup change applied (before: ${JSON.stringify(before)})`).toBe(expectWritten);
  }
  toString() {
    return `popupSave(${JSON.stringify(this.capture)}, typed ${JSON.stringify(this.typed)}, seen in ${this.tab === null ? 'this popup' : `old tab ${this.tab}`})`;
  }
}

class EditStep extends Step {
  constructor(readonly slot: number, readonly field: TextFieldName, readonly typed: string, readonly tab: number | null) {
    super();
  }
  override check(model: Readonly<Model>) {
    return model.postings.has(urlOf(this.slot));
  }
  async apply(model: Model, real: Real) {
    const url = urlOf(this.slot);
    const posting = model.postings.get(url)!;
    const staleTab = this.tab !== null && model.tabs.length > 0 ? model.tabs[this.tab % model.tabs.length]!.get(url) : undefined;
    const seen = staleTab?.[this.field] ?? shownOf(posting)[this.field];
    const { now, at } = tick(real);
    const expectWritten = editInModel(posting, this.field, seen, this.typed, at);
    const record = (await recordOf(real, this.slot))!;
    const outcome = await writeField(real.db, record.id, postingField(this.field), seen, this.typed, now);
    expect(outcome.written).toBe(expectWritten);
    if (!outcome.written) expect(outcome.current).toBe(shownOf(posting)[this.field]);
  }
  toString() {
    return `edit(slot ${this.slot}, ${this.field}, ${JSON.stringify(this.typed)}, seen in ${this.tab === null ? 'this tab' : `old tab ${this.tab}`})`;
  }
}

class OpenTabStep extends Step {
  check() {
    return true;
  }
  async apply(model: Model) {
    model.tabs.push(new Map([...model.postings].map(([url, posting]) => [url, shownOf(posting)])));
  }
  toString() {
    return 'openTabAndLeaveIt()';
  }
}

class StatusStep extends Step {
  constructor(readonly slot: number, readonly status: Status) {
    super();
  }
  override check(model: Readonly<Model>) {
    return model.postings.has(urlOf(this.slot));
  }
  async apply(model: Model, real: Real) {
    const posting = model.postings.get(urlOf(this.slot))!;
    const { now, at } = tick(real);
    await setStatus(real.db, (await recordOf(real, this.slot))!.id, this.status, now);
    if (posting.status !== this.status) Object.assign(posting, { status: this.status, updatedAt: at, applied: posting.applied || this.status === 'applied' });
  }
  toString() {
    return `status(slot ${this.slot}, ${this.status})`;
  }
}

class TagStep extends Step {
  constructor(readonly slot: number, readonly label: string, readonly remove: boolean) {
    super();
  }
  override check(model: Readonly<Model>) {
    return model.postings.has(urlOf(this.slot));
  }
  async apply(model: Model, real: Real) {
    const posting = model.postings.get(urlOf(this.slot))!;
    const id = (await recordOf(real, this.slot))!.id;
    const tag = AUTO_TAGS.includes(this.label) ? autoTag(this.label) : userTag(this.label);
    const { now, at } = tick(real);
    if (this.remove) {
      await removeTag(real.db, id, tag.id, now);
      posting.userTags = posting.userTags.filter((other) => other !== tag.id);
      posting.removedTags = [...new Set([...posting.removedTags, tag.id])];
    } else {
      await addUserTag(real.db, id, tag, now);
      posting.userTags = [...posting.userTags.filter((other) => other !== tag.id), tag.id];
      posting.removedTags = posting.removedTags.filter((other) => other !== tag.id);
    }
    posting.updatedAt = at;
  }
  toString() {
    return `${this.remove ? 'removeTag' : 'addTag'}(slot ${this.slot}, ${this.label})`;
  }
}


/** The profile's years, typed in the settings of this tab or of an old one (which saw no years yet). */
class ProfileStep extends Step {
  constructor(readonly years: string, readonly stale: boolean) {
    super();
  }
  check() {
    return true;
  }
  async apply(model: Model, real: Real) {
    const seen = this.stale ? '' : model.profile.years;
    const outcome = await writeSettingField(real.db, 'profile', yearsField, seen, this.years);
    const expectWritten = seen === model.profile.years;
    expect(outcome.written).toBe(expectWritten);
    if (expectWritten) model.profile = { years: this.years.trim(), set: true };
  }
  toString() {
    return `profileYears(${JSON.stringify(this.years)}${this.stale ? ', seen in an old tab' : ''})`;
  }
}

class DeleteStep extends Step {
  constructor(readonly slots: number[]) {
    super();
  }
  check() {
    return true;
  }
  async apply(model: Model, real: Real) {
    const urls = [...new Set(this.slots.map(urlOf))].filter((url) => model.postings.has(url));
    const ids = await Promise.all(urls.map(async (url) => (await findByCanonicalUrl(real.db, url))!.id));
    real.undo = await deletePostings(real.db, ids);
    model.undo = urls.map((url) => ({ url, posting: copy(model.postings.get(url)!) }));
    for (const url of urls) model.postings.delete(url);
  }
  toString() {
    return `delete(slots ${this.slots.join(', ')})`;
  }
}

class UndoStep extends Step {
  override check(model: Readonly<Model>) {
    return model.undo !== null;
  }
  async apply(model: Model, real: Real) {
    const notRestored = await restorePostings(real.db, real.undo!);
    const expectedKept: string[] = [];
    for (const { url, posting } of model.undo!) {
      const again = model.postings.get(url);
      if (again && holdsUserWork(again) && workOf(again) !== workOf(posting)) {
        expectedKept.push(url);
        continue;
      }
      const restored = copy(posting);
      if (again && again.updatedAt > posting.updatedAt) Object.assign(restored, { extracted: again.extracted, updatedAt: again.updatedAt });
      model.postings.set(url, restored);
    }
    expect(notRestored.map((record) => record.canonicalUrl)).toEqual(expectedKept);
    real.undo = null;
    model.undo = null;
  }
  toString() {
    return 'undoDelete()';
  }
}

class ExportStep extends Step {
  check() {
    return true;
  }
  async apply(model: Model, real: Real) {
    real.backups.push(await createBackup(real.db));
    model.backups.push({ postings: new Map([...model.postings].map(([url, posting]) => [url, copy(posting)])), profile: { ...model.profile } });
  }
  toString() {
    return 'exportBackup()';
  }
}

class ImportBackupStep extends Step {
  constructor(readonly which: number) {
    super();
  }
  override check(model: Readonly<Model>) {
    return model.backups.length > 0;
  }
  async apply(model: Model, real: Real) {
    const index = this.which % real.backups.length;
    const report = await restoreBackup(real.db, parseBackup(JSON.stringify(real.backups[index])));
    const expected = { added: 0, updated: 0, skipped: 0 };
    const backup = model.backups[index]!;
    // A profile written here is kept; one never written here comes from the backup.
    if (!model.profile.set && backup.profile.set) model.profile = { ...backup.profile };
    for (const [url, incoming] of backup.postings) {
      const local = model.postings.get(url);
      if (local && incoming.updatedAt <= local.updatedAt) {
        expected.skipped++;
        continue;
      }
      expected[local ? 'updated' : 'added']++;
      model.postings.set(url, copy(incoming));
    }
    expect({ added: report.added, updated: report.updated, skipped: report.skipped.length }).toEqual(expected);
  }
  toString() {
    return `importBackup(${this.which})`;
  }
}

interface CsvLine {
  slot: number;
  title: string;
  notes: string;
  status: Status;
  tag: string;
}

class ImportCsvStep extends Step {
  constructor(readonly lines: CsvLine[]) {
    super();
  }
  check() {
    return true;
  }
  async apply(model: Model, real: Real) {
    const text = Papa.unparse([
      ['Title', 'Organisation', 'City', 'Country', 'Status', 'Tags', 'URL', 'Notes'],
      ...this.lines.map((line) => [line.title, 'From a sheet', 'Dakar', 'SN', line.status, line.tag, urlOf(line.slot), line.notes]),
    ]);
    const table = parseCsv(text);
    const { rows } = mapRows(table, guessMapping(table.headers));
    const { now, at } = tick(real);
    const slots = this.lines.map((line) => line.slot);
    if (new Set(slots).size !== slots.length) {
      await expect(importCsvRows(real.db, rows, 'UTC', now)).rejects.toThrow(BackupError);
      return;
    }
    const report = await importCsvRows(real.db, rows, 'UTC', now);
    let added = 0;
    for (const line of this.lines) {
      if (model.postings.has(urlOf(line.slot))) continue;
      added++;
      model.postings.set(urlOf(line.slot), {
        extracted: { title: line.title, organization: 'From a sheet', city: 'Dakar' },
        corrections: {},
        notes: line.notes,
        status: line.status,
        userTags: line.tag ? [userTag(line.tag).id] : [],
        removedTags: [],
        applied: false,
        updatedAt: at,
      });
    }
    expect(report.added).toBe(added);
  }
  toString() {
    return `importCsv(${JSON.stringify(this.lines)})`;
  }
}

class TagRuleStep extends Step {
  constructor(readonly label: string, readonly phrases: string) {
    super();
  }
  check() {
    return true;
  }
  async apply(_model: Model, real: Real) {
    const existing = await real.db.rules.get(ruleFrom(this.label, this.phrases).id);
    await real.db.rules.put(ruleFrom(this.label, this.phrases, new Date(Date.UTC(2027, 0, 1)), existing));
    await rereadAll(real.db);
  }
  toString() {
    return `tagRule(${JSON.stringify(this.label)}: ${JSON.stringify(this.phrases)})`;
  }
}

/**
 * The database as the previous release left it: the same records written into a version 2 database,
 * without what version 3 added, then opened by this version (its migration runs).
 */
class MigrateStep extends Step {
  check() {
    return true;
  }
  async apply(_model: Model, real: Real) {
    const postings = await real.db.postings.toArray();
    const descriptions = await real.db.descriptions.toArray();
    const name = `${real.name}-v2-${++real.migrations}`;
    const old = new Dexie(name);
    old.version(1).stores(MIGRATIONS[0]!.stores);
    old.version(2).stores(MIGRATIONS[1]!.stores);
    await old.open();
    await old.table('postings').bulkAdd(
      postings.map((record) => {
        const { requirements: _requirements, selectionGrids: _grids, ...extracted } = record.extracted;
        const { gridChecks: _checks, ...tracking } = record.tracking;
        return { ...record, extracted, tracking };
      }),
    );
    await old.table('descriptions').bulkAdd(descriptions);
    await old.table('rules').bulkAdd(await real.db.rules.toArray());
    await old.table('settings').bulkAdd(await real.db.settings.toArray());
    old.close();
    real.db.close();
    await real.db.delete();
    real.db = openDatabase(name);
    await real.db.open();
  }
  toString() {
    return 'migrateFromVersion2()';
  }
}

const slot = fc.integer({ min: 0, max: SLOTS - 1 });
const tab = fc.option(fc.nat(3), { nil: null });
const TYPED = ['', ' ', 'Mine', '  Mine  ', 'Water engineer', 'Customs expert', 'Dakar', 'Bamako', 'Call them Monday', 'Expert “SEACOP” — à Saint-Louis'];
const capture = fc.record({
  slot,
  title: fc.constantFrom('Water engineer', 'Customs expert', 'Customs expert (SEACOP)', null),
  organization: fc.constantFrom('Expertise France', 'IOM', null),
  city: fc.constantFrom('Dakar', 'Bamako', null),
  tags: fc.subarray(AUTO_TAGS),
});

/** What users do, with weights close to how often they do it. */
export const userActions = fc.commands(
  [
    capture.map((value) => new CaptureStep(value)),
    fc.tuple(capture, fc.constantFrom(...TYPED), tab).map(([value, typed, from]) => new PopupSaveStep(value, typed, from)),
    fc.tuple(slot, fc.constantFrom(...TEXT_FIELDS), fc.constantFrom(...TYPED), tab).map(([at, field, typed, from]) => new EditStep(at, field, typed, from)),
    fc.tuple(slot, fc.constantFrom(...TEXT_FIELDS), fc.constantFrom(...TYPED)).map(([at, field, typed]) => new EditStep(at, field, typed, null)),
    fc.constant(new OpenTabStep()),
    fc.tuple(slot, fc.constantFrom(...STATUSES)).map(([at, status]) => new StatusStep(at, status)),
    fc.tuple(slot, fc.constantFrom('SEACOP', 'Sahel', ...AUTO_TAGS), fc.boolean()).map(([at, label, remove]) => new TagStep(at, label, remove)),
    fc.array(slot, { minLength: 1, maxLength: 2 }).map((slots) => new DeleteStep(slots)),
    fc.constant(new UndoStep()),
    fc.constant(new ExportStep()),
    fc.nat(3).map((which) => new ImportBackupStep(which)),
    fc
      .array(fc.record({ slot, title: fc.constantFrom('Water engineer', 'Chef de projet'), notes: fc.constantFrom('', 'from my sheet'), status: fc.constantFrom(...STATUSES), tag: fc.constantFrom('', 'SEACOP') }), { minLength: 1, maxLength: 3 })
      .map((lines) => new ImportCsvStep(lines)),
    fc.tuple(fc.constantFrom('SEACOP', 'Health'), fc.constantFrom('seaport cooperation', 'customs, water')).map(([label, phrases]) => new TagRuleStep(label, phrases)),
    fc.constant(new MigrateStep()),
    fc.tuple(fc.constantFrom('', '3', '12', ' 7 '), fc.boolean()).map(([years, stale]) => new ProfileStep(years, stale)),
  ],
  { maxCommands: 40, size: 'large' },
);
