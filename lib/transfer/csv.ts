/**
 * CSV for spreadsheets (papaparse does the quoting). UTF-8 with a byte-order mark so that Excel
 * shows accents; cells a spreadsheet would run as a formula are neutralised with a leading quote,
 * which the import takes off again, so a round trip keeps the text as it was.
 */
import Papa from 'papaparse';
import { DateTime } from 'luxon';
import { effectivePosting } from '../repository';
import { STATUSES, type SavedPosting, type Status } from '../schema';
import { fold } from '../text';
import { notice, type Notice } from '../notice';

export const CSV_COLUMNS = [
  'title', 'organization', 'reference', 'country', 'city', 'deadline', 'status', 'appliedDate', 'followUpDate', 'tags', 'url', 'notes',
  'contract', 'durationDays', 'durationMonths', 'experienceYears', 'capturedAt',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const DEFAULT_CSV_COLUMNS: CsvColumn[] = ['title', 'organization', 'country', 'deadline', 'status', 'appliedDate', 'tags', 'url', 'notes'];

export const CSV_HEADERS: Record<CsvColumn, string> = {
  title: 'Title', organization: 'Organisation', reference: 'Reference', country: 'Country', city: 'City',
  deadline: 'Deadline (your time)', status: 'Status', appliedDate: 'Applied on', followUpDate: 'Follow up on', tags: 'Tags',
  url: 'URL', notes: 'Notes', contract: 'Contract', durationDays: 'Duration (days)', durationMonths: 'Duration (months)',
  experienceYears: 'Experience (years)', capturedAt: 'Saved on',
};

const FORMULA_START = /^[=+\-@\t\r']/;
const BYTE_ORDER_MARK = '\uFEFF';

/** "=SUM(A1)" would run in a spreadsheet: a leading quote makes it text. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

function cellOf(record: SavedPosting, column: CsvColumn, timeZone: string): string {
  const posting = effectivePosting(record);
  switch (column) {
    case 'title': return posting.title ?? '';
    case 'organization': return posting.organization ?? '';
    case 'reference': return posting.reference ?? '';
    case 'country': return posting.location.country ?? '';
    case 'city': return posting.location.city ?? '';
    case 'deadline':
      if (record.deadlineAt.startsWith('9999')) return '';
      return DateTime.fromISO(record.deadlineAt, { zone: 'utc' }).setZone(timeZone).toFormat('yyyy-MM-dd HH:mm');
    case 'status': return record.status;
    case 'appliedDate': return record.tracking.appliedDate ?? '';
    case 'followUpDate': return record.tracking.followUpDate ?? '';
    case 'tags': return posting.tags.map((tag) => tag.label.en).join('; ');
    case 'url': return posting.url;
    case 'notes': return record.tracking.notes;
    case 'contract': return posting.contract.type ?? '';
    case 'durationDays': return posting.duration.days?.toString() ?? '';
    case 'durationMonths': return posting.duration.months?.toString() ?? '';
    case 'experienceYears': return posting.experienceYears?.toString() ?? '';
    case 'capturedAt': return record.capturedAt;
  }
}

export function toCsv(records: SavedPosting[], columns: CsvColumn[] = DEFAULT_CSV_COLUMNS, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): string {
  const rows = records.map((record) => columns.map((column) => neutraliseFormula(cellOf(record, column, timeZone))));
  return BYTE_ORDER_MARK + Papa.unparse({ fields: columns.map((column) => CSV_HEADERS[column]), data: rows }, { newline: '\r\n' });
}

// ---------------------------------------------------------------- import

/** Header words (English, French, Spanish, and other trackers' usual names) that say which field a column holds. */
const HEADER_GUESSES: Array<[CsvColumn, RegExp]> = [
  ['deadline', /deadline|date limite|closing|cloture|fecha limite|echeance/],
  ['appliedDate', /applied|candidature envoyee|postulado|date of application/],
  ['followUpDate', /follow|relance|seguimiento/],
  ['organization', /organi[sz]ation|organisme|employer|employeur|company|entreprise|agency|organismo/],
  ['reference', /^ref|reference|referencia|job id/],
  ['country', /country|pays|pais/],
  ['city', /city|ville|ciudad|duty station|lieu/],
  ['status', /status|statut|estado|stage|etape/],
  ['tags', /tags?|etiquettes?|labels?|categor/],
  ['url', /url|link|lien|enlace|address|adresse/],
  ['notes', /notes?|comment|remarques?/],
  ['contract', /contract|contrat|contrato/],
  ['durationDays', /duration.*day|duree.*jour|dias/],
  ['durationMonths', /duration.*month|duree.*mois|meses/],
  ['experienceYears', /experience|experiencia/],
  ['capturedAt', /saved on|enregistree le|captured/],
  ['title', /title|titre|intitule|position|poste|job|titulo|puesto|role/],
];

export interface CsvTable {
  headers: string[];
  rows: string[][];
  errors: string[];
}

export function parseCsv(text: string): CsvTable {
  // Empty rows are kept here so that row numbers match the spreadsheet's; mapRows passes over them.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [headers = [], ...rows] = parsed.data;
  // The file's last newline makes one empty row.
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell.trim() === '')) rows.pop();
  return {
    headers,
    rows,
    errors: parsed.errors.slice(0, 5).map((error) => `line ${(error.row ?? 0) + 2}: ${error.message}`),
  };
}

export type CsvMapping = Array<CsvColumn | null>;

export function guessMapping(headers: string[]): CsvMapping {
  const taken = new Set<CsvColumn>();
  return headers.map((header) => {
    const folded = fold(header).trim();
    const exact = CSV_COLUMNS.find((column) => fold(CSV_HEADERS[column]) === folded);
    const guess = exact ?? HEADER_GUESSES.find(([column, pattern]) => !taken.has(column) && pattern.test(folded))?.[0] ?? null;
    if (guess) taken.add(guess);
    return guess;
  });
}

export interface CsvRow {
  line: number;
  values: Partial<Record<CsvColumn, string>>;
}

/**
 * The rows as field → text under a mapping, formula quotes taken off; rows with neither title nor URL
 * are reported. `line` is the row number a spreadsheet shows (the header is row 1).
 */
export function mapRows(table: CsvTable, mapping: CsvMapping): { rows: CsvRow[]; problems: Array<{ line: number; reason: Notice }> } {
  const rows: CsvRow[] = [];
  const problems: Array<{ line: number; reason: Notice }> = [];
  table.rows.forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const values: Partial<Record<CsvColumn, string>> = {};
    mapping.forEach((column, at) => {
      const cell = cells[at];
      if (column && cell !== undefined && cell.trim() !== '') values[column] = restoreFormula(cell);
    });
    if (!values.title && !values.url) problems.push({ line, reason: notice('csvNoTitleNoUrl') });
    else if (values.status && !STATUSES.includes(normaliseStatus(values.status) as Status)) problems.push({ line, reason: notice('csvUnknownStatus', { status: values.status }) });
    else rows.push({ line, values });
  });
  return { rows, problems };
}

const STATUS_WORDS: Record<string, Status> = {
  saved: 'saved', enregistree: 'saved', 'to apply': 'saved', preparing: 'preparing', 'en preparation': 'preparing',
  applied: 'applied', 'candidature envoyee': 'applied', postulado: 'applied', interview: 'interview', entretien: 'interview',
  offer: 'offer', proposition: 'offer', rejected: 'rejected', refusee: 'rejected', withdrawn: 'withdrawn', retiree: 'withdrawn',
};
export function normaliseStatus(text: string): string {
  const folded = fold(text).trim();
  return STATUS_WORDS[folded] ?? folded;
}
