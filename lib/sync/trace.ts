/**
 * The durable trace every write that must sync leaves, in the write's own transaction: a Dexie
 * middleware under every table write, so no code path (repository, settings, backup restore, CSV
 * import, re-reading) can forget it. For each changed posting, rule or shared setting it
 * - stamps the time of each changed part (lib/sync/paths.ts) or of the deletion, in `syncTimes`;
 * - puts an entry in `syncOutbox` with a fresh token, which the bridge removes only once it has
 *   carried that very version to the mirror (a later write changes the token, so it is never lost).
 * Writes the bridge applies from the server are marked (markRemote) and pass untouched: they carry
 * their own times. Database upgrades pass untouched too: they change no one's edit.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { SavedFile, SavedPosting } from '../schema';
import { fileDocId, fileRank } from './files';
import { SHARED_SETTINGS, canonical, changedParts } from './paths';

export interface OutboxEntry {
  /** The mirror document's id: posting:<canonical URL>, rule:<id> or setting:<key>. */
  key: string;
  token: string;
}

/** When each part of a document last changed here, and when it was deleted here. */
export interface PartTimes {
  key: string;
  times: Record<string, string>;
  deletedAt: string | null;
}

/** The part a rule or a setting is: it syncs whole. */
export const WHOLE = 'value';

const TRACED_TABLES = ['postings', 'descriptions', 'files', 'rules', 'settings'];
const TRACE_TABLES = ['syncOutbox', 'syncTimes', 'postings'];

const remoteTransactions = new WeakSet<object>();

/** Marks a transaction as the bridge applying what the server sent: the trace leaves it alone. */
export function markRemote(transaction: object): void {
  remoteTransactions.add(transaction);
}

interface Change {
  key: string;
  /** Parts changed; empty with `deleted`. */
  parts: string[];
  deleted: boolean;
}

async function affectedKeys(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
  switch (req.type) {
    case 'add':
    case 'put':
      if (req.type === 'put' && req.updates) return req.updates.keys;
      return req.keys ?? req.values.map((value) => table.schema.primaryKey.extractKey!(value));
    case 'delete':
      return req.keys;
    case 'deleteRange': {
      const found = await table.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } });
      return found.result;
    }
  }
}

async function changesOf(name: string, trans: DBCoreTransaction, keys: unknown[], before: unknown[], after: unknown[], postings: DBCoreTable): Promise<Change[]> {
  const changes: Change[] = [];
  if (name === 'postings') {
    for (let index = 0; index < keys.length; index++) {
      const old = before[index] as SavedPosting | undefined;
      const now = after[index] as SavedPosting | undefined;
      if (old && (!now || now.canonicalUrl !== old.canonicalUrl)) changes.push({ key: `posting:${old.canonicalUrl}`, parts: [], deleted: true });
      const parts = changedParts(old?.canonicalUrl === now?.canonicalUrl ? old : undefined, now);
      // A capture that read the same again changes only the record's times: no part is newer, but those times sync too.
      const touched = parts.length > 0 || old?.updatedAt !== now?.updatedAt || old?.capturedAt !== now?.capturedAt;
      if (now && touched) changes.push({ key: `posting:${now.canonicalUrl}`, parts, deleted: false });
    }
  } else if (name === 'files') {
    // A file kept (or kept again) syncs whole, in a document of its own (lib/sync/files.ts); a file goes
    // away only with its posting, whose deletion syncs. Compared on what decides between versions, not on the bytes.
    const sameFile = (a: unknown, b: unknown) => canonical(a && fileRank(a as SavedFile)) === canonical(b && fileRank(b as SavedFile));
    const keptIds = keys.filter((_, index) => after[index] !== undefined && !sameFile(before[index], after[index]));
    const owners = (await postings.getMany({ trans, keys: keptIds })) as Array<SavedPosting | undefined>;
    for (const owner of owners) if (owner) changes.push({ key: fileDocId(owner.canonicalUrl), parts: [], deleted: false });
  } else if (name === 'descriptions') {
    const changedIds = keys.filter((_, index) => after[index] !== undefined && canonical(before[index]) !== canonical(after[index]));
    const owners = (await postings.getMany({ trans, keys: changedIds })) as Array<SavedPosting | undefined>;
    for (const owner of owners) if (owner) changes.push({ key: `posting:${owner.canonicalUrl}`, parts: ['extracted'], deleted: false });
  } else {
    for (let index = 0; index < keys.length; index++) {
      if (name === 'settings' && !(SHARED_SETTINGS as readonly unknown[]).includes(keys[index])) continue;
      if (canonical(before[index]) === canonical(after[index])) continue;
      const key = `${name === 'rules' ? 'rule' : 'setting'}:${String(keys[index])}`;
      changes.push({ key, parts: after[index] === undefined ? [] : [WHOLE], deleted: after[index] === undefined });
    }
  }
  return changes;
}

/** The trace, for a database whose clock gives the time of each write. */
export function syncTrace(clock: () => Date): Middleware<DBCore> {
  let last = '';
  // Strictly increasing: two writes of one device never share a time, and a later one never looks older.
  const stampTime = () => {
    let at = clock().toISOString();
    if (at <= last) at = new Date(Date.parse(last) + 1).toISOString();
    last = at;
    return at;
  };
  return {
    stack: 'dbcore',
    name: 'syncTrace',
    // Under Dexie's own layers (hooks, live-query cache and observation, all at levels -1 to 2), whose
    // reads expect Dexie's transaction zone, which this layer's promises do not carry.
    level: -10,
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          const traced = mode === 'readwrite' && stores.some((store) => TRACED_TABLES.includes(store));
          return down.transaction(traced ? [...new Set([...stores, ...TRACE_TABLES])] : stores, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (!TRACED_TABLES.includes(name)) return table;
          return {
            ...table,
            mutate(req) {
              const { trans } = req;
              if (remoteTransactions.has(trans) || (trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(req);
              // Looked up here, not when the stack is made: during an upgrade from an older version they do not exist yet.
              const [outbox, timesTable, postings] = TRACE_TABLES.map((trace) => down.table(trace)) as [DBCoreTable, DBCoreTable, DBCoreTable];
              // Chained, not awaited: with async/await the transaction was seen to commit between two of these
              // steps (Dexie's PrematureCommitError, found by test/unit/sync-model.test.ts, seed 1).
              const trace = (changes: Change[]) =>
                timesTable.getMany({ trans, keys: changes.map((change) => change.key) }).then((rows: Array<PartTimes | undefined>) => {
                  const at = stampTime();
                  const byKey = new Map<string, PartTimes>();
                  changes.forEach((change, index) => {
                    // A file has no parts: its own time decides (lib/sync/files.ts); it only needs the outbox.
                    if (change.key.startsWith(fileDocId(''))) {
                      byKey.set(change.key, { key: change.key, times: {}, deletedAt: null });
                      return;
                    }
                    const row = byKey.get(change.key) ?? rows[index] ?? { key: change.key, times: {}, deletedAt: null };
                    // A deletion keeps no part times here: the mirror holds them, and an undo stamps every part anew.
                    const times = change.deleted ? {} : { ...row.times };
                    for (const part of change.parts) times[part] = at;
                    byKey.set(change.key, { key: change.key, times, deletedAt: change.deleted ? at : row.deletedAt });
                  });
                  const entries: OutboxEntry[] = [...byKey.keys()].map((key) => ({ key, token: crypto.randomUUID() }));
                  const timed = [...byKey.values()].filter((row) => !row.key.startsWith(fileDocId('')));
                  return timesTable.mutate({ type: 'put', trans, values: timed }).then(() => outbox.mutate({ type: 'put', trans, values: entries }));
                });
              return affectedKeys(table, req).then((keys) =>
                table.getMany({ trans, keys }).then((before) =>
                  table.mutate(req).then((result) =>
                    table
                      .getMany({ trans, keys })
                      .then((after) => changesOf(name, trans, keys, before, after, postings))
                      .then((changes) => (changes.length === 0 ? result : trace(changes).then(() => result))),
                  ),
                ),
              );
            },
          };
        },
      };
    },
  };
}
