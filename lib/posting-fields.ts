/**
 * Every field of a saved posting the user can edit, each as text read from a record and text applied
 * to a record. The storage compares the text read now with the text the user saw before it applies a
 * change (lib/repository.ts writeField), and applies it to the record as stored at that moment, so an
 * edit of one field never carries stale values of another.
 */
import { instantOf } from './extract/dates';
import type { TextField } from './field-state';
import type { Contact, PostingEdits, SavedPosting, StoredPosting, Tracking } from './schema';
import { CONTRACT_TYPES, EDUCATION_LEVELS } from './schema';
import { effectivePosting } from './repository';

/** apply() gives the record with the typed text applied; the caller recomputes index keys and the time of change. */
export type EditableField = TextField<SavedPosting>;

const nullable = (text: string) => (text.trim() === '' ? null : text.trim());
const numberOrNull = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? null : Number(text));

/**
 * Records a correction, or drops it when the user typed back what the page says: a correction equal to
 * the extracted value would otherwise pin it against every later capture.
 */
function corrected<K extends keyof PostingEdits>(record: SavedPosting, key: K, value: NonNullable<PostingEdits[K]>): SavedPosting {
  const edits = { ...record.edits };
  if (JSON.stringify(record.extracted[key]) === JSON.stringify(value)) delete edits[key];
  else edits[key] = value;
  return { ...record, edits };
}

type Shown = StoredPosting;
function correction<K extends keyof PostingEdits & keyof Shown>(key: K, read: (shown: Shown) => string, value: (text: string, shown: Shown) => NonNullable<PostingEdits[K]>): EditableField {
  return {
    read: (record) => read(effectivePosting(record)),
    apply: (record, text) => corrected(record, key, value(text, effectivePosting(record))),
  };
}

function deadlineWith(shown: Shown, change: Partial<Shown['deadline']>): Shown['deadline'] {
  const next = { ...shown.deadline, ...change, unparsed: false };
  return { ...next, instant: next.date ? instantOf(next.date, next.time, next.timeZone) : null };
}

function tracked(read: (tracking: Tracking) => string, change: (tracking: Tracking, text: string) => Partial<Tracking>): EditableField {
  return {
    read: (record) => read(record.tracking),
    apply: (record, text) => ({ ...record, tracking: { ...record.tracking, ...change(record.tracking, text) } }),
  };
}

function contactField(index: number, key: keyof Contact): EditableField {
  return tracked(
    (tracking) => tracking.contacts[index]?.[key] ?? '',
    (tracking, text) => ({ contacts: tracking.contacts.map((contact, at) => (at === index ? { ...contact, [key]: text } : contact)) }),
  );
}

const FIELDS: Record<string, EditableField> = {
  title: correction('title', (shown) => shown.title ?? '', nullable as (text: string) => string),
  organization: correction('organization', (shown) => shown.organization ?? '', nullable as (text: string) => string),
  reference: correction('reference', (shown) => shown.reference ?? '', nullable as (text: string) => string),
  country: correction('location', (shown) => shown.location.country ?? '', (text, shown) => ({ ...shown.location, country: /^[A-Za-z]{2}$/.test(text.trim()) ? text.trim().toUpperCase() : null })),
  city: correction('location', (shown) => shown.location.city ?? '', (text, shown) => ({ ...shown.location, city: nullable(text) })),
  remote: correction('location', (shown) => String(shown.location.remote), (text, shown) => ({ ...shown.location, remote: text === 'true' })),
  deadline: correction('deadline', (shown) => shown.deadline.date ?? '', (text, shown) => deadlineWith(shown, { date: nullable(text) })),
  'deadline-time': correction('deadline', (shown) => shown.deadline.time ?? '', (text, shown) => deadlineWith(shown, { time: nullable(text) })),
  timezone: correction('deadline', (shown) => shown.deadline.timeZone ?? '', (text, shown) => deadlineWith(shown, { timeZone: nullable(text) })),
  contract: correction('contract', (shown) => shown.contract.type ?? '', (text, shown) => ({
    ...shown.contract,
    type: (CONTRACT_TYPES as readonly string[]).includes(text) ? (text as Shown['contract']['type']) : null,
  })),
  'duration-days': correction('duration', (shown) => shown.duration.days?.toString() ?? '', (text, shown) => ({ ...shown.duration, days: numberOrNull(text) })),
  'duration-months': correction('duration', (shown) => shown.duration.months?.toString() ?? '', (text, shown) => ({ ...shown.duration, months: numberOrNull(text) })),
  experience: correction('experienceYears', (shown) => shown.experienceYears?.toString() ?? '', numberOrNull as (text: string) => number),
  education: correction('education', (shown) => shown.education.level ?? '', (text, shown) => ({
    ...shown.education,
    level: (EDUCATION_LEVELS as readonly string[]).includes(text) ? (text as Shown['education']['level']) : null,
  })),
  'apply-emails': correction('apply', (shown) => shown.apply.emails.join(', '), (text, shown) => ({ ...shown.apply, emails: text.split(/[\s,;]+/).filter(Boolean) })),
  'apply-subject': correction('apply', (shown) => shown.apply.subject ?? '', (text, shown) => ({ ...shown.apply, subject: nullable(text) })),
  'apply-url': correction('apply', (shown) => shown.apply.url ?? '', (text, shown) => ({ ...shown.apply, url: nullable(text) })),
  notes: tracked((tracking) => tracking.notes, (_, notes) => ({ notes })),
  'sent-cv': tracked((tracking) => tracking.sent.cv, (tracking, cv) => ({ sent: { ...tracking.sent, cv } })),
  'sent-letter': tracked((tracking) => tracking.sent.coverLetter, (tracking, coverLetter) => ({ sent: { ...tracking.sent, coverLetter } })),
  'applied-date': tracked((tracking) => tracking.appliedDate ?? '', (_, text) => ({ appliedDate: nullable(text) })),
  'follow-up-date': tracked((tracking) => tracking.followUpDate ?? '', (_, text) => ({ followUpDate: nullable(text) })),
  starred: tracked((tracking) => String(tracking.starred), (_, text) => ({ starred: text === 'true' })),
};

const CONTACT_FIELD = /^contact-(name|email|role)-(\d+)$/;

export type PostingFieldName = keyof typeof FIELDS | `contact-${keyof Contact}-${number}`;

/** The field of that name: the names are the inputs' names in the detail pane and the popup. */
export function postingField(name: string): EditableField {
  const contact = CONTACT_FIELD.exec(name);
  if (contact) return contactField(Number(contact[2]), contact[1] as keyof Contact);
  const field = Object.hasOwn(FIELDS, name) ? FIELDS[name] : undefined;
  if (!field) throw new Error(`No editable field named "${name}".`);
  return field;
}

export const POSTING_FIELD_NAMES = Object.keys(FIELDS);
