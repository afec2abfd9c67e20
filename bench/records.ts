/**
 * A realistic saved history for the benchmark: the fixture pages' postings, varied into as many
 * records as asked (distinct URLs, deadlines spread over months, every status).
 */
import { deadlineSortKey } from '../lib/repository';
import { STATUSES, emptyTracking, type Posting, type SavedPosting } from '../lib/schema';
import { extractFixture, listFixtures } from '../test/support/fixtures';

export interface GeneratedHistory {
  records: SavedPosting[];
  descriptions: Array<{ id: string; text: string }>;
}

export function fixturePostings(): Posting[] {
  return listFixtures().map((fixture) => extractFixture(fixture.file));
}

export function generateHistory(count: number, templates: Posting[] = fixturePostings(), now = Date.parse('2026-11-26T12:00:00Z')): GeneratedHistory {
  const records: SavedPosting[] = [];
  const descriptions: Array<{ id: string; text: string }> = [];
  for (let index = 0; index < count; index++) {
    const template = templates[index % templates.length]!;
    const id = `bench-${index}`;
    const url = `${template.url.replace(/[?#].*$/, '')}?copy=${index}`;
    const deadlineAt = new Date(now + ((index * 7919) % 240 - 120) * 86_400_000);
    const deadline = { date: deadlineAt.toISOString().slice(0, 10), time: '16:00', timeZone: 'UTC', instant: `${deadlineAt.toISOString().slice(0, 10)}T16:00:00Z`, raw: deadlineAt.toISOString().slice(0, 10), unparsed: false };
    const { description, ...extracted } = { ...template, url, canonicalUrl: url, title: `${template.title ?? 'Posting'} (${index})`, deadline };
    const at = new Date(now - index * 60_000).toISOString();
    const status = STATUSES[index % STATUSES.length]!;
    records.push({
      id,
      canonicalUrl: url,
      extracted,
      edits: {},
      userTags: [],
      tracking: { ...emptyTracking(at), status, statusHistory: [{ status, at }] },
      capturedAt: at,
      updatedAt: at,
      status,
      deadlineAt: deadlineSortKey(extracted),
      organization: extracted.organization ?? '',
      tagIds: extracted.tags.map((tag) => tag.id),
    });
    descriptions.push({ id, text: description });
  }
  return { records, descriptions };
}
