/**
 * Sync: the first sync of N postings to an empty device (the server's documents replicated into its
 * mirror, then merged into its database), beside its floor, the raw replication of the same documents
 * by PouchDB alone into an empty database; and a steady-state change (one capture on a device, seen on
 * the other). In Node: Dexie on fake-indexeddb and PouchDB's memory adapter, the stores the unit tests
 * use; the browser's IndexedDB is slower on both sides. Rounds are interleaved, so load falls on both.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { openDatabase, type VacancyDatabase } from '../lib/db';
import { derive } from '../lib/derive';
import { savePosting } from '../lib/repository';
import { PostingSchema, type Posting } from '../lib/schema';
import { pull, push, type BridgeEvents } from '../lib/sync/bridge';
import type { Mirror } from '../lib/sync/pouch';
import { median, ms, ratio, record } from './table';

Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;
PouchDB.plugin(memoryAdapter).plugin(replication);

const ROUNDS = 3;
let names = 0;
const fresh = (kind: string) => `bench-sync-${kind}-${++names}`;
const ignore: BridgeEvents = { refused: () => undefined, revived: () => undefined };

function posting(index: number): Posting {
  const url = `https://jobs.example.org/bench/${index}`;
  const read = PostingSchema.parse({
    url,
    canonicalUrl: url,
    site: 'jobs.example.org',
    title: `Border management expert ${index}`,
    organization: ['UNDP', 'Expertise France', 'GIZ', 'IOM'][index % 4],
    reference: `REF-${index}`,
    location: { country: 'NE', city: 'Niamey', remote: false, raw: 'Niamey, Niger' },
    deadline: { date: '2031-02-20', time: '17:00', timeZone: 'UTC', instant: '2031-02-20T17:00:00Z', raw: '20/02/2031 17:00 GMT', unparsed: false },
    published: { date: null, raw: null },
    contract: { type: 'consultancy', raw: 'Consultancy' },
    duration: { days: 60, months: null, term: 'short', raw: '60 days' },
    languages: [],
    experienceYears: 7,
    education: { level: null, raw: null },
    requirements: [],
    selectionGrids: [],
    apply: { emails: [], subject: null, url: null },
    postingLanguage: 'en',
    description: `Posting ${index}. The consultant supports border management and community policing in Niger. `.repeat(20),
    tags: [],
    warnings: [],
  });
  return { ...read, ...derive(read, []) };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function firstSync(size: number): Promise<void> {
  const source = openDatabase(fresh('source'));
  const sourceMirror: Mirror = new PouchDB(fresh('source-mirror'), { adapter: 'memory' });
  const server: Mirror = new PouchDB(fresh('server'), { adapter: 'memory' });
  for (let index = 0; index < size; index++) await savePosting(source, posting(index));
  await push(source, sourceMirror);
  await PouchDB.replicate(sourceMirror, server);

  const syncTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const db: VacancyDatabase = openDatabase(fresh('device'));
    const mirror: Mirror = new PouchDB(fresh('device-mirror'), { adapter: 'memory' });
    syncTimes.push(
      await timed(async () => {
        await PouchDB.replicate(server, mirror);
        await pull(db, mirror, 0, ignore);
      }),
    );
    if ((await db.postings.count()) !== size) throw new Error(`the first sync brought ${await db.postings.count()} of ${size} postings`);
    const raw: Mirror = new PouchDB(fresh('raw'), { adapter: 'memory' });
    floorTimes.push(await timed(() => PouchDB.replicate(server, raw)));
    await Promise.all([mirror.destroy(), raw.destroy()]);
    db.close();
    await db.delete();
  }
  const value = median(syncTimes);
  const floor = median(floorTimes);
  record(`sync: first sync of ${size.toLocaleString('en')} postings to an empty device (replicate + merge into Dexie), median of ${ROUNDS}`, ms(value), {
    floor: ms(floor),
    ratio: ratio(value, floor),
    note: 'floor: PouchDB replicating the same documents alone; Node, fake-indexeddb, PouchDB memory adapter',
  });

  // Steady state: one capture on the source device, carried to the other, measured end to end.
  const db = openDatabase(fresh('device'));
  const mirror: Mirror = new PouchDB(fresh('device-mirror'), { adapter: 'memory' });
  await PouchDB.replicate(server, mirror);
  const since = await pull(db, mirror, 0, ignore);
  const change = await timed(async () => {
    await savePosting(source, posting(size));
    await push(source, sourceMirror);
    await PouchDB.replicate(sourceMirror, server);
    await PouchDB.replicate(server, mirror);
    await pull(db, mirror, since, ignore);
  });
  if ((await db.postings.count()) !== size + 1) throw new Error('the new capture did not arrive');
  record(`sync: one capture on a device seen on the other, ${size.toLocaleString('en')} postings held`, ms(change), { note: 'save, outbox → mirror, mirror → server → mirror, merge' });
  for (const store of [db, source]) {
    store.close();
    await store.delete();
  }
  await Promise.all([mirror.destroy(), sourceMirror.destroy(), server.destroy()]);
}

export async function syncTimes(sizes: number[]): Promise<void> {
  for (const size of sizes) await firstSync(size);
}
