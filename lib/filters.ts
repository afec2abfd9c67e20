/**
 * The tracker's filters and sorts, as pure functions over light records (no descriptions): fast
 * enough for 10,000 postings on every keystroke. Description search is the database's job.
 */
import { checkFit, compareFits, selfScores, type Fit, type FitVerdict } from './fit';
import type { ContractType, Profile, SavedPosting, Status, Tag } from './schema';
import { effectivePosting } from './repository';
import { fold } from './text';

export interface TrackerFilter {
  statuses: Status[];
  tagId: string | null;
  organization: string | null;
  country: string | null;
  regionTagId: string | null;
  contract: ContractType | null;
  deadlineFrom: string | null;
  deadlineTo: string | null;
  fit: FitVerdict | null;
  text: string;
}

export const EMPTY_FILTER: TrackerFilter = {
  statuses: [],
  tagId: null,
  organization: null,
  country: null,
  regionTagId: null,
  contract: null,
  deadlineFrom: null,
  deadlineTo: null,
  fit: null,
  text: '',
};

export type SortKey = 'deadline' | 'title' | 'organization' | 'country' | 'fit' | 'status' | 'captured';

/** One row of the tracker: the record with what the filters and columns read, computed once. */
export interface TrackerRow {
  record: SavedPosting;
  title: string;
  organization: string;
  country: string;
  contract: ContractType | null;
  tags: Tag[];
  tagIds: string[];
  /** Against the profile the rows were made with: rows are remade when it changes. */
  fit: Fit;
  /** The user's score on the posting's first selection grid, once they ticked a criterion. */
  selfScore: { scored: number; total: number } | null;
  searchText: string;
}

export function toRows(records: SavedPosting[], profile: Profile): TrackerRow[] {
  return records.map((record) => {
    const shown = effectivePosting(record);
    const title = shown.title ?? shown.url;
    const organization = shown.organization ?? '';
    return {
      record,
      title,
      organization,
      country: shown.location.country ?? '',
      contract: shown.contract.type,
      tags: shown.tags,
      tagIds: shown.tags.map((tag) => tag.id),
      fit: checkFit(shown.requirements, profile),
      selfScore: record.tracking.gridChecks.length > 0 ? (selfScores(shown.selectionGrids, record.tracking.gridChecks)[0] ?? null) : null,
      searchText: fold(`${title}\n${organization}\n${shown.reference ?? ''}\n${shown.location.city ?? ''}`),
    };
  });
}

/**
 * Rows that pass every filter. `descriptionMatches` holds the ids whose description contains the
 * search text (found by the database), so that text search covers title, organisation and description.
 */
export function filterRows(rows: TrackerRow[], filter: TrackerFilter, descriptionMatches?: ReadonlySet<string>): TrackerRow[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const from = filter.deadlineFrom;
  const to = filter.deadlineTo ? `${filter.deadlineTo}T23:59:59Z` : null;
  return rows.filter((row) => {
    const { record } = row;
    if (filter.statuses.length > 0 && !filter.statuses.includes(record.status)) return false;
    if (filter.tagId && !row.tagIds.includes(filter.tagId)) return false;
    if (filter.regionTagId && !row.tagIds.includes(filter.regionTagId)) return false;
    if (filter.organization && row.organization !== filter.organization) return false;
    if (filter.country && row.country !== filter.country) return false;
    if (filter.contract && row.contract !== filter.contract) return false;
    if (from && record.deadlineAt < from) return false;
    if (to && record.deadlineAt > to) return false;
    if (filter.fit && row.fit.verdict !== filter.fit) return false;
    if (words.length > 0 && !words.every((word) => row.searchText.includes(word)) && !descriptionMatches?.has(record.id)) return false;
    return true;
  });
}

/** Open deadlines first, nearest first; then postings without one; then closed ones, latest first. */
export function compareDeadlines(a: string, b: string, now: string): number {
  const aClosed = a < now;
  const bClosed = b < now;
  if (aClosed !== bClosed) return aClosed ? 1 : -1;
  // ISO instants order as plain strings; localeCompare would cost a collation per comparison.
  const order = a < b ? -1 : a > b ? 1 : 0;
  return aClosed ? -order : order;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const COMPARE: Record<Exclude<SortKey, 'deadline'>, (a: TrackerRow, b: TrackerRow) => number> = {
  title: (a, b) => collator.compare(a.title, b.title),
  organization: (a, b) => collator.compare(a.organization, b.organization),
  country: (a, b) => plain(a.country, b.country),
  fit: (a, b) => compareFits(a.fit, b.fit),
  status: (a, b) => plain(a.record.status, b.record.status),
  captured: (a, b) => plain(a.record.capturedAt, b.record.capturedAt),
};

export function sortRows(rows: TrackerRow[], key: SortKey, descending: boolean, now = new Date()): TrackerRow[] {
  const nowIso = now.toISOString();
  const compare = key === 'deadline' ? (a: TrackerRow, b: TrackerRow) => compareDeadlines(a.record.deadlineAt, b.record.deadlineAt, nowIso) : COMPARE[key];
  return [...rows].sort((a, b) => (descending ? -compare(a, b) : compare(a, b)));
}

/** The values the filter menus offer, from the rows themselves. */
export function filterChoices(rows: TrackerRow[]): { organizations: string[]; countries: string[]; tags: Map<string, Tag> } {
  const organizations = new Set<string>();
  const countries = new Set<string>();
  const tags = new Map<string, Tag>();
  for (const row of rows) {
    if (row.organization) organizations.add(row.organization);
    if (row.country) countries.add(row.country);
    for (const tag of row.tags) tags.set(tag.id, tag);
  }
  return { organizations: [...organizations].sort(), countries: [...countries].sort(), tags };
}
