/**
 * The documents the sync mirror holds (one per posting with its description, one per tag rule, one per
 * shared setting), their schemas, and how two versions of one document merge. The merge is a pure
 * function that is commutative, associative and idempotent: every part keeps its value of the latest
 * time (ties broken by the value's text), the status history is a union, a deletion is a time too.
 * So any two devices that have seen the same versions, in any order, hold the same document.
 */
import { z } from 'zod';
import { withIndexKeys } from '../repository';
import { SavedPostingSchema, StatusChangeSchema, UserRuleSchema, type SavedPosting } from '../schema';
import { SETTINGS } from '../settings';
import { POSTING_PARTS, SHARED_SETTINGS, canonical, partOf, withPart } from './paths';

/** The largest description a server may send: a posting's text, not a file. */
const MAX_DESCRIPTION = 2_000_000;

const time = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/);
const revision = { _id: z.string(), _rev: z.string().optional() };

export const PostingDocSchema = z
  .object({
    ...revision,
    kind: z.literal('posting'),
    canonicalUrl: z.string().min(1),
    /** null in the tombstone of a posting deleted before its mirror knew it. */
    record: SavedPostingSchema.nullable(),
    description: z.string().max(MAX_DESCRIPTION),
    times: z.partialRecord(z.enum(POSTING_PARTS as [string, ...string[]]), time),
    deletedAt: time.nullable(),
  })
  .refine((doc) => doc._id === postingDocId(doc.canonicalUrl) && (doc.record === null || doc.record.canonicalUrl === doc.canonicalUrl), 'a posting document names another posting than its own')
  .refine((doc) => doc.record !== null || Object.keys(doc.times).length === 0, 'a tombstone carries no times');

export const RuleDocSchema = z
  .object({ ...revision, kind: z.literal('rule'), value: UserRuleSchema.nullable(), time, deletedAt: time.nullable() })
  .refine((doc) => doc._id.startsWith(ruleDocId('')) && (doc.value === null || doc._id === ruleDocId(doc.value.id)), 'a rule document names another rule');

export const SettingDocSchema = z
  .object({ ...revision, kind: z.literal('setting'), key: z.enum(SHARED_SETTINGS), value: z.unknown(), time, deletedAt: z.null() })
  .refine((doc) => doc._id === settingDocId(doc.key) && SETTINGS[doc.key].schema.safeParse(doc.value).success, 'a setting document holds no valid setting');

export type PostingDoc = z.infer<typeof PostingDocSchema>;
export type RuleDoc = z.infer<typeof RuleDocSchema>;
export type SettingDoc = z.infer<typeof SettingDocSchema>;
export type MirrorDoc = PostingDoc | RuleDoc | SettingDoc;

export const postingDocId = (canonicalUrl: string) => `posting:${canonicalUrl}`;
export const ruleDocId = (id: string) => `rule:${id}`;
export const settingDocId = (key: string) => `setting:${key}`;

/** A document as a server sent it, if it is one of ours and valid; null refuses it. */
export function parseMirrorDoc(raw: unknown): MirrorDoc | null {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  const schema = kind === 'posting' ? PostingDocSchema : kind === 'rule' ? RuleDocSchema : kind === 'setting' ? SettingDocSchema : null;
  const parsed = schema?.safeParse(raw);
  return parsed?.success ? (parsed.data as MirrorDoc) : null;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const latestTime = (times: Partial<Record<string, string>>) => Object.values(times).reduce<string | null>((a, b) => later(a, b ?? null), null);

/** A posting lives when some part of it changed after its last deletion: an edit made after a deletion brings it back. */
export function isAlive(doc: MirrorDoc): boolean {
  if (doc.kind === 'posting') {
    const latest = latestTime(doc.times);
    return doc.record !== null && latest !== null && (doc.deletedAt === null || latest > doc.deletedAt);
  }
  return doc.value !== null && (doc.deletedAt === null || doc.time > doc.deletedAt);
}

/** Which of two timed values wins: the later, or on a tie the greater text, so every device picks the same. */
function laterValue(a: { at: string; value: unknown }, b: { at: string; value: unknown }): 'a' | 'b' {
  if (a.at !== b.at) return a.at > b.at ? 'a' : 'b';
  return canonical(a.value) >= canonical(b.value) ? 'a' : 'b';
}

const NEVER = '';

function mergeRecords(a: PostingDoc, b: PostingDoc): Pick<PostingDoc, 'record' | 'description' | 'times'> {
  if (a.record === null) return { record: b.record, description: b.description, times: b.times };
  if (b.record === null) return { record: a.record, description: a.description, times: a.times };
  const [base, other] = a.record.id <= b.record.id ? [a, b] : [b, a];
  let record: SavedPosting = base.record!;
  let description = base.description;
  const times: Record<string, string> = {};
  for (const part of POSTING_PARTS) {
    // The description belongs to the extraction it was read with: the two travel together.
    const valueOf = (doc: PostingDoc) => (part === 'extracted' ? { extracted: doc.record!.extracted, description: doc.description } : partOf(doc.record!, part));
    const winner = laterValue({ at: base.times[part] ?? NEVER, value: valueOf(base) }, { at: other.times[part] ?? NEVER, value: valueOf(other) }) === 'a' ? base : other;
    const at = winner.times[part];
    if (at !== undefined) times[part] = at;
    record = withPart(record, part, partOf(winner.record!, part));
    if (part === 'extracted') description = winner.description;
  }
  const history = new Map([...base.record!.tracking.statusHistory, ...other.record!.tracking.statusHistory].map((change) => [`${change.at} ${change.status}`, StatusChangeSchema.parse(change)]));
  const statusHistory = [...history.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, change]) => change);
  record = withIndexKeys({
    ...record,
    tracking: { ...record.tracking, statusHistory },
    capturedAt: base.record!.capturedAt <= other.record!.capturedAt ? base.record!.capturedAt : other.record!.capturedAt,
    updatedAt: base.record!.updatedAt >= other.record!.updatedAt ? base.record!.updatedAt : other.record!.updatedAt,
  });
  return { record, description, times };
}

/** The two versions of a document as one. Both name the same document (same _id); the result has no _rev. */
export function mergeDocs<Doc extends MirrorDoc>(first: Doc, second: Doc): Doc {
  const a: MirrorDoc = first;
  const b: MirrorDoc = second;
  if (a.kind === 'posting' && b.kind === 'posting') {
    return { _id: a._id, kind: 'posting', canonicalUrl: a.canonicalUrl, ...mergeRecords(a, b), deletedAt: later(a.deletedAt, b.deletedAt) } as Doc;
  }
  if (a.kind === 'rule' && b.kind === 'rule') {
    const winner = laterValue({ at: a.time, value: a.value }, { at: b.time, value: b.value }) === 'a' ? a : b;
    return { _id: a._id, kind: 'rule', value: winner.value, time: winner.time, deletedAt: later(a.deletedAt, b.deletedAt) } as Doc;
  }
  if (a.kind === 'setting' && b.kind === 'setting') {
    const winner = laterValue({ at: a.time, value: a.value }, { at: b.time, value: b.value }) === 'a' ? a : b;
    return { _id: a._id, kind: 'setting', key: a.key, value: winner.value, time: winner.time, deletedAt: null } as Doc;
  }
  throw new Error(`Two documents of different kinds under one id (${a._id}).`);
}

/** Whether two versions hold the same content, revisions aside. */
export function sameContent(a: MirrorDoc, b: MirrorDoc): boolean {
  const { _rev: _a, ...contentA } = a;
  const { _rev: _b, ...contentB } = b;
  return canonical(contentA) === canonical(contentB);
}
