/**
 * The database's versions, oldest first. An upgrade runs in whichever extension context opens the
 * database first after an update, so each is self-contained: no fetch, no timers, no imports of
 * code that may change later.
 */
import type { Transaction } from 'dexie';
import type { Notice } from './notice';

/** A posting as an older version stored it: typed only as far as the upgrades below read and write it. */
interface StoredPosting {
  extracted?: { description?: unknown; warnings?: unknown; [field: string]: unknown };
  tracking?: { statusHistory?: Array<{ status: string; at: unknown }>; [field: string]: unknown };
  [field: string]: unknown;
}

export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  {
    // The first released schema: indexes for what the tracker filters and sorts on.
    version: 1,
    stores: {
      postings: 'id, &canonicalUrl, status, deadlineAt, organization, *tagIds, capturedAt, updatedAt',
      rules: 'id',
      settings: 'key',
    },
  },
  {
    // Descriptions move to their own table so that lists of 10,000 postings load light records;
    // tracking gains applied and follow-up dates, a star, contacts and what was sent.
    version: 2,
    stores: {
      postings: 'id, &canonicalUrl, status, deadlineAt, organization, *tagIds, capturedAt, updatedAt',
      descriptions: 'id',
    },
    async upgrade(transaction) {
      const postings = transaction.table('postings');
      const withDescription = (await postings.toArray()).filter((record) => typeof record.extracted?.description === 'string');
      await transaction.table('descriptions').bulkPut(withDescription.map((record) => ({ id: record.id, text: record.extracted.description })));
      await postings.toCollection().modify((record: StoredPosting) => {
        delete record.extracted?.description;
        const tracking = record.tracking ?? {};
        const applied = (tracking.statusHistory ?? []).find((change) => change.status === 'applied');
        record.tracking = {
          appliedDate: applied ? String(applied.at).slice(0, 10) : null,
          followUpDate: null,
          starred: false,
          contacts: [],
          sent: { cv: '', coverLetter: '' },
          ...tracking,
        };
      });
    },
  },
  {
    // Postings gain their requirements and selection grids, tracking the grid criteria the user ticks;
    // the original file of a posting captured from a PDF or Word document is kept in its own table.
    // The requirements are left empty here (a migration imports no extraction code); the background
    // reads every saved posting again after an update (lib/rules.ts rereadAll) and fills them.
    version: 3,
    stores: { files: 'id' },
    async upgrade(transaction) {
      await transaction
        .table('postings')
        .toCollection()
        .modify((record: StoredPosting) => {
          record.extracted = { requirements: [], selectionGrids: [], ...record.extracted };
          record.tracking = { gridChecks: [], ...record.tracking };
        });
    },
  },
  {
    // Sync (lib/sync/): the time each part of a record last changed here, and an outbox of the records
    // changed since the mirror last took them, both written in the same transaction as the change.
    // Nothing to fill: records written before carry no times and count as older than any edit.
    version: 4,
    stores: { syncOutbox: 'key', syncTimes: 'key' },
  },
  {
    // A posting's warnings become notices (a code and its parameters, lib/notice.ts) that the interface
    // words in its own language; the English sentences versions 1 to 4 stored are read back into them.
    version: 5,
    stores: {},
    async upgrade(transaction) {
      await transaction
        .table('postings')
        .toCollection()
        .modify((record: StoredPosting) => {
          if (Array.isArray(record.extracted?.warnings)) record.extracted.warnings = noticesOfLegacyWarnings(record.extracted.warnings);
        });
    },
  },
];

/**
 * The sentences versions 1 to 4 wrote as warnings, as the notices that replace them; kept here, frozen,
 * because they describe what old databases and backups hold. A sentence none of them matches is dropped.
 */
const LEGACY_WARNINGS: Array<[RegExp, (match: RegExpMatchArray) => object]> = [
  [/^(\d+) JSON-LD block\(s\) could not be read and were ignored\.$/, (match) => ({ code: 'warningJsonLdBroken', params: { count: Number(match[1]) } })],
  [/^The page was too large: only its beginning was read\.$/, () => ({ code: 'warningTruncated', params: {} })],
  [/^This looks like an error page \(“(.*)”\), not a posting\.$/s, (match) => ({ code: 'warningErrorTitle', params: { heading: match[1] } })],
  [/^The deadline "(.*)" could not be read: check it by hand\.$/s, (match) => ({ code: 'warningDeadlineUnparsed', params: { raw: match[1] } })],
  [/^The deadline gives no time zone\.$/, () => ({ code: 'warningNoTimeZone', params: {} })],
  [/^This PDF has no text layer/, () => ({ code: 'warningNoTextLayer', params: {} })],
];

export function noticesOfLegacyWarnings(warnings: unknown[]): Notice[] {
  return warnings.flatMap((warning) => {
    if (typeof warning !== 'string') return [warning as Notice];
    for (const [pattern, toNotice] of LEGACY_WARNINGS) {
      const match = warning.match(pattern);
      if (match) return [toNotice(match) as Notice];
    }
    return [];
  });
}

export const CURRENT_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
