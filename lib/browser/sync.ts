/**
 * Sync's browser glue: it runs in the background (Chrome's service worker, Firefox's background page).
 * While the background runs, PouchDB replicates the mirror with the server live (with retry and
 * back-off), local writes are carried to the mirror as they happen (Dexie's storagemutated event) and
 * the mirror's changes are applied to Dexie. Chrome stops an idle worker, and this state with it:
 * an alarm, browser start and every message to the background start it again, and the durable outbox
 * and the mirror's checkpoints make a resumed sync lose nothing. The configuration, credentials
 * included, lives in local extension storage only.
 */
import Dexie from 'dexie';
import PouchDB from 'pouchdb-core';
import idbAdapter from 'pouchdb-adapter-idb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { VacancyDatabase } from '../db';
import { pull, push, queueEverything, type BridgeEvents } from '../sync/bridge';
import { SYNC_OFF, SyncConfigSchema, databaseUrl, explainSyncError, type SyncConfig, type SyncStatus } from '../sync/config';
import type { Mirror } from '../sync/pouch';
import { SYNC_CONFIG_KEY, SYNC_STATUS_KEY } from './sync-keys';

const Pouch = PouchDB.plugin(idbAdapter).plugin(httpAdapter).plugin(replication);

export const SYNC_ALARM = 'sync-resume';
const MIRROR_NAME = 'vacancy-clipper-sync';
/** Where the mirror's changes were last applied to Dexie: a local document, never replicated. */
const BRIDGE_STATE = '_local/bridge';

interface Session {
  config: SyncConfig;
  mirror: Mirror;
  remote: Mirror;
  stop: () => void;
}

let session: Session | null = null;
let work: Promise<unknown> = Promise.resolve();

/** Runs bridge work one piece at a time, in order, whatever fails. */
function serially<T>(task: () => Promise<T>): Promise<T> {
  const next = work.then(task, task);
  work = next.catch(() => undefined);
  return next;
}

export async function readSyncConfig(): Promise<SyncConfig | null> {
  const parsed = SyncConfigSchema.safeParse((await browser.storage.local.get(SYNC_CONFIG_KEY))[SYNC_CONFIG_KEY]);
  return parsed.success ? parsed.data : null;
}

export async function readSyncStatus(): Promise<SyncStatus> {
  return ((await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as SyncStatus | undefined) ?? SYNC_OFF;
}

let statusWrites: Promise<unknown> = Promise.resolve();

/** Changes the stored status; one change at a time, each over the one before, so that no count is lost. */
function updateStatus(db: VacancyDatabase, change: Partial<SyncStatus> | ((status: SyncStatus) => Partial<SyncStatus>)): Promise<SyncStatus> {
  const write = async () => {
    const current = await readSyncStatus();
    const status = { ...current, ...(typeof change === 'function' ? change(current) : change), pending: await db.syncOutbox.count() };
    await browser.storage.local.set({ [SYNC_STATUS_KEY]: status });
    return status;
  };
  const next = statusWrites.then(write, write);
  statusWrites = next.catch(() => undefined);
  return next;
}

function eventsFor(db: VacancyDatabase): BridgeEvents {
  return {
    refused: (id) => {
      console.warn(`Sync refused a document from the server that is not a valid record (${id}).`);
      void updateStatus(db, (status) => ({ refused: status.refused + 1 }));
    },
    revived: (title) => void updateStatus(db, (status) => ({ revived: [...status.revived, title] })),
  };
}

async function bridgeSince(mirror: Mirror): Promise<string | number | null> {
  try {
    return ((await mirror.get(BRIDGE_STATE)) as { since?: string | number }).since ?? 0;
  } catch {
    return null;
  }
}

/** Local changes into the mirror, then the mirror's changes into Dexie. */
function bridge(db: VacancyDatabase, mirror: Mirror): Promise<void> {
  return serially(async () => {
    await push(db, mirror);
    const since = (await bridgeSince(mirror)) ?? 0;
    const next = await pull(db, mirror, since, eventsFor(db));
    if (next !== since) {
      const state = await mirror.get(BRIDGE_STATE).catch(() => ({ _id: BRIDGE_STATE }));
      await mirror.put({ ...state, _id: BRIDGE_STATE, since: next });
    }
    await updateStatus(db, {});
  });
}

function start(db: VacancyDatabase, config: SyncConfig): Session {
  const mirror = new Pouch(MIRROR_NAME, { adapter: 'idb' });
  // No user: a server open to all (a CouchDB on this computer in "admin party" mode, the tests' server).
  const auth = config.user ? { auth: { username: config.user, password: config.password } } : {};
  const remote = new Pouch(databaseUrl(config), { adapter: 'http', ...auth });
  // Two replications rather than PouchDB's sync(), whose 'paused' event drops the error: a server gone
  // away during live sync then read as "up to date" (found by test/e2e/sync.test.ts).
  const options = { live: true, retry: true, back_off_function: (delay: number) => Math.min(60_000, delay === 0 ? 1000 : delay * 2) };
  const directions = { out: Pouch.replicate(mirror, remote, options), in: Pouch.replicate(remote, mirror, options) };
  const states: Record<keyof typeof directions, { active: boolean; error: unknown }> = { out: { active: true, error: null }, in: { active: true, error: null } };
  let stopped = false;
  // A replication being cancelled still reports; a stopped session's reports would write a status for a server forgotten.
  const report = () => {
    if (stopped) return;
    const failed = [states.out, states.in].find((state) => state.error);
    if (failed) void updateStatus(db, { state: 'offline', error: explainSyncError(failed.error) });
    else if (states.out.active || states.in.active) void updateStatus(db, { state: 'syncing', error: null });
    else void updateStatus(db, { state: 'idle', error: null, lastSync: new Date().toISOString() });
  };
  for (const direction of ['out', 'in'] as const) {
    directions[direction]
      .on('active', () => {
        states[direction] = { active: true, error: null };
        report();
      })
      .on('paused', (error) => {
        states[direction] = { active: false, error: error ?? null };
        report();
      })
      .on('denied', (error) => void (stopped || updateStatus(db, { state: 'error', error: explainSyncError(error) })))
      .on('error', (error) => void (stopped || updateStatus(db, { state: 'error', error: explainSyncError(error) })));
  }
  directions.in.on('change', () => void (stopped || bridge(db, mirror)));
  const onLocalWrite = () => void bridge(db, mirror);
  Dexie.on('storagemutated', onLocalWrite);
  void serially(async () => {
    // A mirror that starts empty (a first sync, a new server) takes every record once.
    if ((await bridgeSince(mirror)) === null) {
      await queueEverything(db);
      await mirror.put({ _id: BRIDGE_STATE, since: 0 });
    }
  }).then(() => bridge(db, mirror));
  return {
    config,
    mirror,
    remote,
    stop: () => {
      stopped = true;
      Dexie.on('storagemutated').unsubscribe(onLocalWrite);
      directions.out.cancel();
      directions.in.cancel();
    },
  };
}

let lifecycle: Promise<unknown> = Promise.resolve();

/**
 * Starts and stops run one at a time: every message to the background resumes sync, so the very
 * message that forgets the server would otherwise read the configuration before it is removed, and
 * start again the session being stopped, with a new mirror (found by test/e2e/sync.test.ts).
 */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const next = lifecycle.then(task, task);
  lifecycle = next.catch(() => undefined);
  return next;
}

/** Starts syncing if the user set a server and it is not running in this context; called at start, on the alarm and on messages. */
export function resumeSync(db: VacancyDatabase): Promise<SyncStatus> {
  return oneAtATime(async () => {
    const config = await readSyncConfig();
    if (session && JSON.stringify(session.config) !== JSON.stringify(config)) stopSession();
    if (!config) return SYNC_OFF;
    if (!session) {
      session = start(db, config);
      await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 0.5 });
    }
    return updateStatus(db, {});
  });
}

function stopSession(): void {
  session?.stop();
  session = null;
}

/** One whole sync now, waited for: local changes out, the server's in. */
export async function syncNow(db: VacancyDatabase): Promise<SyncStatus> {
  await resumeSync(db);
  const current = session;
  if (!current) return SYNC_OFF;
  try {
    await updateStatus(db, { state: 'syncing' });
    await bridge(db, current.mirror);
    await Pouch.replicate(current.mirror, current.remote);
    await Pouch.replicate(current.remote, current.mirror);
    await bridge(db, current.mirror);
    return await updateStatus(db, { state: 'idle', error: null, lastSync: new Date().toISOString() });
  } catch (error) {
    return updateStatus(db, { state: 'offline', error: explainSyncError(error) });
  }
}

/** Stops syncing and forgets the server: its address, the credentials, the mirror. The postings stay. */
export function forgetSync(): Promise<SyncStatus> {
  return oneAtATime(async () => {
    // The configuration goes first: from then on nothing starts a session again.
    await browser.storage.local.remove(SYNC_CONFIG_KEY);
    const mirror = session?.mirror ?? new Pouch(MIRROR_NAME, { adapter: 'idb' });
    stopSession();
    await browser.alarms.clear(SYNC_ALARM);
    // After the bridge's last piece of work, which may still be writing to the mirror.
    await serially(() => mirror.destroy());
    await statusWrites;
    await browser.storage.local.remove(SYNC_STATUS_KEY);
    return SYNC_OFF;
  });
}
