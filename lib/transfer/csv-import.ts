/** Spreadsheet rows into saved postings: one transaction, nothing overwritten. */
import { DateTime } from 'luxon';
import type { VacancyDatabase } from '../db';
import { withIndexKeys, writing } from '../repository';
import { CONTRACT_TYPES, PostingSchema, emptyTracking, type ContractType, type Posting, type SavedPosting, type Status } from '../schema';
import { userTag } from '../user-tags';
import { BackupError, explainImportError, type ImportReport } from './backup';
import { normaliseStatus, type CsvRow } from './csv';
import { notice } from '../notice';

const isoDate = (text: string | undefined) => {
  const match = text?.match(/\d{4}-\d{2}-\d{2}/);
  return match ? match[0] : null;
};
const numberOrNull = (text: string | undefined) => (text && !Number.isNaN(Number(text)) ? Number(text) : null);

/** A row without a URL still needs a stable identity, so that importing the file twice adds nothing. */
function identityOf(row: CsvRow): string {
  if (row.values.url && /^https?:\/\//i.test(row.values.url)) return row.values.url;
  return `csv-import:${encodeURIComponent([row.values.title, row.values.organization, row.values.deadline].join('|'))}`;
}

export function postingFromRow(row: CsvRow, timeZone: string): Posting {
  const { values } = row;
  const deadline = values.deadline ? DateTime.fromFormat(values.deadline.slice(0, 16), values.deadline.length > 10 ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd', { zone: timeZone }) : null;
  const hasTime = Boolean(values.deadline && values.deadline.length > 10);
  const url = identityOf(row);
  return PostingSchema.parse({
    url,
    canonicalUrl: url,
    site: null,
    title: values.title ?? null,
    organization: values.organization ?? null,
    reference: values.reference ?? null,
    location: { country: /^[A-Za-z]{2}$/.test(values.country ?? '') ? values.country!.toUpperCase() : null, city: values.city ?? null, remote: false, raw: values.country ?? null },
    deadline:
      deadline?.isValid
        ? { date: deadline.toISODate(), time: hasTime ? deadline.toFormat('HH:mm') : null, timeZone: hasTime ? timeZone : null, instant: hasTime ? deadline.toUTC().toISO({ suppressMilliseconds: true }) : null, raw: values.deadline, unparsed: false }
        : { date: null, time: null, timeZone: null, instant: null, raw: values.deadline ?? null, unparsed: Boolean(values.deadline) },
    published: { date: null, raw: null },
    contract: { type: CONTRACT_TYPES.includes(values.contract as ContractType) ? values.contract : null, raw: values.contract ?? null },
    duration: { days: numberOrNull(values.durationDays), months: numberOrNull(values.durationMonths), term: null, raw: null },
    languages: [],
    experienceYears: numberOrNull(values.experienceYears),
    education: { level: null, raw: null },
    // Requirements are quoted from a posting's text; a spreadsheet row has none to quote.
    requirements: [],
    selectionGrids: [],
    apply: { emails: [], subject: null, url: null },
    postingLanguage: null,
    description: '',
    tags: [],
    warnings: [],
  });
}

export async function importCsvRows(db: VacancyDatabase, rows: CsvRow[], timeZone: string, now = new Date()): Promise<ImportReport> {
  const at = now.toISOString();
  const records: SavedPosting[] = [];
  const report: ImportReport = { added: 0, updated: 0, skipped: [] };
  const lineOf = new Map<string, number>();
  const clashes: string[] = [];
  for (const row of rows) {
    const { description: _description, ...extracted } = postingFromRow(row, timeZone);
    const earlier = lineOf.get(extracted.canonicalUrl);
    if (earlier !== undefined) clashes.push(`${earlier} + ${row.line} (“${extracted.title ?? extracted.canonicalUrl}”)`);
    lineOf.set(extracted.canonicalUrl, earlier ?? row.line);
    const status = (row.values.status ? normaliseStatus(row.values.status) : 'saved') as Status;
    const tracking = {
      ...emptyTracking(at),
      status,
      statusHistory: [{ status, at }],
      notes: row.values.notes ?? '',
      appliedDate: isoDate(row.values.appliedDate),
      followUpDate: isoDate(row.values.followUpDate),
    };
    const userTags = (row.values.tags ?? '').split(';').map((label) => label.trim()).filter(Boolean).map(userTag);
    records.push(
      withIndexKeys({
        id: crypto.randomUUID(),
        canonicalUrl: extracted.canonicalUrl,
        extracted,
        edits: {},
        userTags,
        tracking,
        capturedAt: isoDate(row.values.capturedAt) ? row.values.capturedAt! : at,
        updatedAt: at,
      }),
    );
  }
  if (clashes.length > 0) {
    // Which of two rows is right is the user's call: importing one and dropping the other would lose what the other says.
    throw new BackupError(notice('importSameRow', { rows: [...clashes.slice(0, 3), ...(clashes.length > 3 ? ['…'] : [])].join('; ') }));
  }
  try {
    // A bulk path: one transaction for the whole file (see lib/repository.ts).
    await writing(db, db.postings, async () => {
      const saved = new Set((await db.postings.where('canonicalUrl').anyOf(records.map((record) => record.canonicalUrl)).toArray()).map((record) => record.canonicalUrl));
      const fresh = records.filter((record) => {
        if (saved.has(record.canonicalUrl)) report.skipped.push({ url: record.canonicalUrl, reason: notice('skippedAlreadySaved') });
        return !saved.has(record.canonicalUrl);
      });
      await db.postings.bulkAdd(fresh);
      report.added = fresh.length;
    });
  } catch (error) {
    throw explainImportError(error);
  }
  return report;
}
