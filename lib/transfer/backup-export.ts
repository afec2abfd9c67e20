/**
 * The backup, read table by table in chunks of primary keys inside one read transaction (a
 * consistent copy), each chunk requested before the one before it is handled, so that the database
 * reads while the page writes. The export turns each chunk into a Blob part as it comes: the file is
 * never held whole as a string, and the page stays responsive between chunks.
 */
import type { Table } from 'dexie';
import type { VacancyDatabase } from '../db';
import type { SavedFile } from '../schema';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupFile } from './backup';
import { stopIfCancelled, type ChunkedWork } from './progress';

type Section = 'postings' | 'descriptions' | 'rules' | 'settings' | 'files';
const SECTIONS: readonly Section[] = ['postings', 'descriptions', 'rules', 'settings', 'files'];
/** Records per read: large enough that round trips cost little, small enough to keep the page answering. */
const RECORDS_PER_CHUNK = 500;
/** Chunks requested before the one being handled is written: memory stays bounded by a few chunks. */
const READS_AHEAD = 2;
/** A kept file can weigh megabytes: fewer of them per read. */
const FILES_PER_CHUNK = 4;

/** Base64 in slices: String.fromCharCode over 20 MB at once would overflow the call stack. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

const forBackup = ({ bytes, ...file }: SavedFile): BackupFile => ({ ...file, base64: toBase64(bytes) });

interface BackupReader {
  section(name: Section): void;
  rows(rows: unknown[]): void;
}

async function readTable(table: Table<unknown, string>, size: number, keys: string[], each: (rows: unknown[]) => void): Promise<void> {
  const chunk = (index: number) => {
    const first = keys[index * size]!;
    const last = keys[Math.min(keys.length, (index + 1) * size) - 1]!;
    return table.where(':id').between(first, last, true, true).toArray();
  };
  const count = Math.ceil(keys.length / size);
  // Two reads ahead: the database reads the next chunks while the page writes this one.
  const ahead: Array<Promise<unknown[]>> = [];
  for (let index = 0; index < Math.min(count, READS_AHEAD); index++) ahead.push(chunk(index));
  for (let index = 0; index < count; index++) {
    const rows = await ahead.shift()!;
    if (index + READS_AHEAD < count) ahead.push(chunk(index + READS_AHEAD));
    each(rows);
  }
}

async function readBackup(db: VacancyDatabase, work: ChunkedWork, reader: BackupReader): Promise<void> {
  const tables = SECTIONS.map((name) => db.table(name) as Table<unknown, string>);
  await db.transaction('r', tables, async () => {
    const keys = await Promise.all(tables.map(async (table) => (await table.toCollection().primaryKeys()) as string[]));
    const total = keys.reduce((sum, list) => sum + list.length, 0);
    let done = 0;
    work.onProgress?.({ done, total });
    for (const [index, name] of SECTIONS.entries()) {
      reader.section(name);
      await readTable(tables[index]!, name === 'files' ? FILES_PER_CHUNK : RECORDS_PER_CHUNK, keys[index]!, (rows) => {
        stopIfCancelled(work.signal);
        reader.rows(name === 'files' ? (rows as SavedFile[]).map(forBackup) : rows);
        done += rows.length;
        work.onProgress?.({ done, total });
      });
    }
  });
}

/** The whole backup as one value (tests, the test bridge); the tracker uses exportBackup. */
export async function createBackup(db: VacancyDatabase, now = new Date()): Promise<Backup> {
  const backup: Record<string, unknown> = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString() };
  let current: unknown[] = [];
  await readBackup(db, {}, {
    section: (name) => (backup[name] = current = []),
    rows: (rows) => current.push(...rows),
  });
  return backup as Backup;
}

/** The backup file, built from one Blob part per chunk: the same JSON text as JSON.stringify(createBackup(…)). */
export async function exportBackup(db: VacancyDatabase, work: ChunkedWork = {}, now = new Date()): Promise<Blob> {
  const parts: BlobPart[] = [`{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(now.toISOString())}`];
  let opened = false;
  let empty = true;
  await readBackup(db, work, {
    section(name) {
      parts.push(`${opened ? ']' : ''},${JSON.stringify(name)}:[`);
      opened = true;
      empty = true;
    },
    rows(rows) {
      if (rows.length === 0) return;
      const items = JSON.stringify(rows).slice(1, -1);
      // A Blob per chunk hands the text to the browser at once; the string can then be collected.
      parts.push(new Blob([empty ? items : `,${items}`]));
      empty = false;
    },
  });
  parts.push(']}');
  return new Blob(parts, { type: 'application/json' });
}
