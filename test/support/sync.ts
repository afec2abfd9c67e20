/**
 * Devices for sync tests: each a Dexie database on fake-indexeddb and its own mirror, a PouchDB on
 * PouchDB's memory adapter, replicating with a "server" that is a memory PouchDB too. Every device's
 * clock is the test's, so the tests decide which edit is the later.
 */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import Dexie from 'dexie';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { openDatabase, type VacancyDatabase } from '../../lib/db';
import { derive } from '../../lib/derive';
import type { Posting } from '../../lib/schema';
import { makePosting } from './postings';
import { pull, push, type BridgeEvents } from '../../lib/sync/bridge';
import type { Mirror } from '../../lib/sync/pouch';

Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

PouchDB.plugin(memoryAdapter).plugin(replication);

let databases = 0;

/** The test's clock: every device reads it, and `tick` moves it on. */
export class Clock {
  now = Date.parse('2030-01-01T00:00:00Z');
  read = () => new Date(this.now);
  tick(ms = 1000): Date {
    this.now += ms;
    return new Date(this.now);
  }
}

export interface Device {
  name: string;
  db: VacancyDatabase;
  mirror: Mirror;
  since: string | number;
  refused: string[];
  revived: string[];
  events: BridgeEvents;
}

export function memoryPouch(name: string): Mirror {
  return new PouchDB(`${name}-${++databases}`, { adapter: 'memory' });
}

export function device(name: string, clock: Clock): Device {
  const refused: string[] = [];
  const revived: string[] = [];
  return {
    name,
    db: openDatabase(`sync-${name}-${++databases}`, clock.read),
    mirror: memoryPouch(`mirror-${name}`),
    since: 0,
    refused,
    revived,
    events: { refused: (id) => refused.push(id), revived: (title) => revived.push(title) },
  };
}

/** One sync of a device: its changes into its mirror, the mirror both ways with the server, the server's changes into Dexie. */
export async function syncOnce(one: Device, server: Mirror): Promise<void> {
  await push(one.db, one.mirror);
  await PouchDB.replicate(one.mirror, server);
  await PouchDB.replicate(server, one.mirror);
  one.since = await pull(one.db, one.mirror, one.since, one.events);
}

/** Syncs the devices in turn until nothing moves: every outbox empty and the server unchanged by a whole round. */
export async function syncUntilQuiet(devices: Device[], server: Mirror): Promise<number> {
  for (let round = 1; round <= 10; round++) {
    const before = (await server.info()).update_seq;
    for (const one of devices) await syncOnce(one, server);
    const after = (await server.info()).update_seq;
    const queued = await Promise.all(devices.map((one) => one.db.syncOutbox.count()));
    if (before === after && queued.every((count) => count === 0)) return round;
  }
  throw new Error('The devices did not settle in 10 rounds of sync.');
}

export async function closeDevices(devices: Device[]): Promise<void> {
  for (const one of devices) {
    one.db.close();
    await one.db.delete();
    await (one.mirror).destroy();
  }
}

/** What a device holds, in one comparable value: postings by address with their descriptions, rules, shared settings, and the times sync decides on. */
export async function contentOf(one: Device): Promise<unknown> {
  const postings = await one.db.postings.orderBy('canonicalUrl').toArray();
  const descriptions = await one.db.descriptions.bulkGet(postings.map((posting) => posting.id));
  return {
    postings: postings.map((posting, index) => ({ posting, description: descriptions[index]?.text })),
    rules: await one.db.rules.orderBy('id').toArray(),
    settings: (await one.db.settings.toArray()).filter((row) => row.key !== 'exportColumns'),
    times: (await one.db.syncTimes.orderBy('key').toArray()).map(({ key, times, deletedAt }) => ({ key, times, deletedAt })),
  };
}

/** A posting as a capture saves it: read fields, with what derives from them under no user rule (lib/derive.ts). */
export function capturedPosting(overrides: Partial<Posting> = {}): Posting {
  const read = makePosting(overrides);
  return { ...read, ...derive(read, []) };
}

/**
 * Two devices and a memory server for each test of a file, closed and destroyed after each test:
 * `const devices = twoDevicesEachTest();` then, in a test, `const [a, b, server] = devices.open(clock);`.
 */
export function twoDevicesEachTest(): { open(clock: Clock): [Device, Device, Mirror]; alsoClose(extra: Device): Device } {
  let opened: Device[] = [];
  let server: Mirror | null = null;
  afterEach(async () => {
    await closeDevices(opened);
    opened = [];
    await server?.destroy();
    server = null;
  });
  return {
    open(clock) {
      server = memoryPouch('server');
      opened = [device('a', clock), device('b', clock)];
      return [opened[0]!, opened[1]!, server];
    },
    alsoClose(extra) {
      opened.push(extra);
      return extra;
    },
  };
}
