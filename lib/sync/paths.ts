/**
 * The parts of a saved posting that sync decides one by one. Each part carries the time of its last
 * change (lib/sync/trace.ts stamps it), and a merge keeps, part by part, the value changed last.
 * The extraction is one part: a re-capture replaces it whole and never touches the user's
 * corrections, which are parts of their own (edits.<field>), so a capture never overwrites an edit.
 */
import { PostingEditsSchema, TrackingSchema, type SavedPosting } from '../schema';

/** Tracking fields merged by time; the status history is merged as a union instead. */
const TRACKING_PARTS = Object.keys(TrackingSchema.shape).filter((key) => key !== 'statusHistory');
const EDIT_PARTS = Object.keys(PostingEditsSchema.shape);

/** Settings that mean the same on every device of the user; the rest (export columns) stay local. */
export const SHARED_SETTINGS = ['profile', 'reminderLeadDays'] as const;

export const POSTING_PARTS: readonly string[] = ['extracted', 'userTags', ...TRACKING_PARTS.map((key) => `tracking.${key}`), ...EDIT_PARTS.map((key) => `edits.${key}`)];

/** The part's value; `undefined` for a correction the user never made (or took back). */
export function partOf(record: SavedPosting, part: string): unknown {
  const [head, field] = part.split('.') as [string, string | undefined];
  if (field === undefined) return (record as unknown as Record<string, unknown>)[head];
  return ((record as unknown as Record<string, Record<string, unknown>>)[head] ?? {})[field];
}

/** The record with that part set; an undefined correction is removed. */
export function withPart(record: SavedPosting, part: string, value: unknown): SavedPosting {
  const [head, field] = part.split('.') as [string, string | undefined];
  if (field === undefined) return { ...record, [head]: value };
  const group = { ...(record as unknown as Record<string, Record<string, unknown>>)[head] };
  if (value === undefined) delete group[field];
  else group[field] = value;
  return { ...record, [head]: group };
}

/** A stable text of a value, keys sorted, to compare values and to break ties between equal times. */
export function canonical(value: unknown): string {
  if (value === undefined) return '';
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Uint8Array)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/**
 * What a change of the extraction is compared on: what was read from the page, not what is derived
 * from it (requirements, grids, tags; lib/derive.ts), which every device derives again by itself when
 * its rules or readers change. A re-read is no newer capture.
 */
function readFields(record: SavedPosting): unknown {
  const { requirements: _requirements, selectionGrids: _grids, tags: _tags, ...read } = record.extracted;
  return read;
}

/** The parts whose values differ between two versions of a record (all of them when one is missing). */
export function changedParts(before: SavedPosting | undefined, after: SavedPosting | undefined): string[] {
  if (!before || !after) return [...POSTING_PARTS];
  const valueOf = (record: SavedPosting, part: string) => (part === 'extracted' ? readFields(record) : partOf(record, part));
  return POSTING_PARTS.filter((part) => canonical(valueOf(before, part)) !== canonical(valueOf(after, part)));
}
