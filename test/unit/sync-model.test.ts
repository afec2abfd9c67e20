/**
 * Model-based test of sync: two devices do random things offline (captures, re-captures, status,
 * notes, corrections, tags, deletions and their undo), syncing now and then in random order; at the
 * end both sync until nothing moves. Then both hold the same thing, and for every posting and part,
 * the edit made last anywhere is what both show (unless a deletion came after every edit of the
 * posting: then it is gone on both). Seeded, so a failure replays (SYNC_MODEL_SEED=n).
 */
import { fc, test } from '@fast-check/vitest';
import { afterAll, expect } from 'vitest';
import {
  addUserTag,
  deletePostings,
  editFields,
  findByCanonicalUrl,
  removeTag,
  restorePostings,
  savePosting,
  setStatus,
  updateTracking,
  type DeletedPosting,
} from '../../lib/repository';
import { STATUSES, type SavedPosting } from '../../lib/schema';
import { POSTING_PARTS, canonical, changedParts, partOf } from '../../lib/sync/paths';
import { Clock, capturedPosting, closeDevices, contentOf, device, memoryPouch, syncOnce, syncUntilQuiet, type Device } from '../support/sync';

const runs = Number(process.env.SYNC_MODEL_RUNS ?? 60);
const seed = Number(process.env.SYNC_MODEL_SEED ?? 20261202);
const stats = { sequences: 0, steps: 0 };

afterAll(() => {
  console.log(`sync model test: ${stats.sequences} sequences, ${stats.steps} steps (seed ${seed})`);
});

const SLOTS = 3;
const urlOf = (slot: number) => `https://jobs.example.org/sync/slot-${slot}`;
const tag = (name: string) => ({ id: `user:${name}`, family: 'user' as const, label: { en: name, fr: name }, evidence: [], source: 'user' as const });

const step = fc.oneof(
  fc.record({ kind: fc.constant('capture' as const), slot: fc.nat(SLOTS - 1), variant: fc.nat(2) }),
  fc.record({ kind: fc.constant('status' as const), slot: fc.nat(SLOTS - 1), status: fc.constantFrom(...STATUSES) }),
  fc.record({ kind: fc.constant('notes' as const), slot: fc.nat(SLOTS - 1), text: fc.constantFrom('', 'call back', 'sent CV', 'interview Monday') }),
  fc.record({ kind: fc.constant('correct' as const), slot: fc.nat(SLOTS - 1), title: fc.constantFrom('Expert A', 'Expert B', 'Team leader') }),
  fc.record({ kind: fc.constant('tag' as const), slot: fc.nat(SLOTS - 1), name: fc.constantFrom('sahel', 'police'), add: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), slot: fc.nat(SLOTS - 1) }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({ kind: fc.constant('sync' as const) }),
);
const steps = fc.array(fc.record({ on: fc.nat(1), step }), { minLength: 1, maxLength: 25 });

type Step = (typeof steps extends fc.Arbitrary<infer Sequence> ? Sequence : never)[number];

/** What happened to each posting, anywhere: the last change of each part and the last deletion, by time. */
interface History {
  parts: Map<string, { at: number; value: string }>;
  deletedAt: number;
}

async function run(one: Device, { step: action }: Step, at: Date, undo: Map<Device, DeletedPosting[]>, server: ReturnType<typeof memoryPouch>): Promise<void> {
  if (action.kind === 'sync') return syncOnce(one, server);
  if (action.kind === 'undo') {
    const deleted = undo.get(one);
    undo.delete(one);
    if (deleted) await restorePostings(one.db, deleted);
    return;
  }
  const url = urlOf(action.slot);
  if (action.kind === 'capture') {
    await savePosting(one.db, capturedPosting({ url, canonicalUrl: url, title: `Posting ${action.slot} v${action.variant}`, description: `Text v${action.variant}` }), at);
    return;
  }
  const record = await findByCanonicalUrl(one.db, url);
  if (!record) return;
  if (action.kind === 'status') await setStatus(one.db, record.id, action.status, at);
  if (action.kind === 'notes') await updateTracking(one.db, record.id, { notes: action.text }, at);
  if (action.kind === 'correct') await editFields(one.db, record.id, { title: action.title }, at);
  if (action.kind === 'tag') await (action.add ? addUserTag(one.db, record.id, tag(action.name), at) : removeTag(one.db, record.id, `user:${action.name}`, at));
  if (action.kind === 'delete') undo.set(one, await deletePostings(one.db, [record.id]));
}

async function snapshot(one: Device): Promise<Map<string, { record: SavedPosting; description: string }>> {
  const postings = await one.db.postings.toArray();
  const descriptions = await one.db.descriptions.bulkGet(postings.map((posting) => posting.id));
  return new Map(postings.map((record, index) => [record.canonicalUrl, { record, description: descriptions[index]?.text ?? '' }]));
}

const valueOf = (entry: { record: SavedPosting; description: string }, part: string) =>
  canonical(part === 'extracted' ? { read: partOf(entry.record, part), description: entry.description } : partOf(entry.record, part));

/** Records in the history what one step changed on the device that made it, at the step's time. */
function record(history: Map<string, History>, before: Awaited<ReturnType<typeof snapshot>>, after: Awaited<ReturnType<typeof snapshot>>, at: number): void {
  for (const url of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(url);
    const now = after.get(url);
    const entry = history.get(url) ?? { parts: new Map(), deletedAt: 0 };
    history.set(url, entry);
    if (old && !now) entry.deletedAt = at;
    if (!now) continue;
    const parts = old ? changedParts(old.record, now.record) : [...POSTING_PARTS];
    if (old && old.description !== now.description) parts.push('extracted');
    for (const part of new Set(parts)) entry.parts.set(part, { at, value: valueOf(now, part) });
  }
}

test.prop([steps], { numRuns: runs, seed, verbose: true })(
  'two devices editing offline converge, and the last edit of every field survives',
  async (sequence) => {
    stats.sequences++;
    const clock = new Clock();
    const server = memoryPouch('server');
    const devices = [device('a', clock), device('b', clock)];
    const history = new Map<string, History>();
    const undo = new Map<Device, DeletedPosting[]>();
    try {
      for (const item of sequence) {
        stats.steps++;
        const one = devices[item.on]!;
        const at = clock.tick();
        const before = await snapshot(one);
        await run(one, item, at, undo, server);
        if (item.step.kind !== 'sync') record(history, before, await snapshot(one), at.getTime());
      }
      await syncUntilQuiet(devices, server);
      const [a, b] = devices as [Device, Device];
      expect(await contentOf(a)).toEqual(await contentOf(b));
      const final = await snapshot(a);
      for (const [url, { parts, deletedAt }] of history) {
        const latestEdit = Math.max(0, ...[...parts.values()].map((change) => change.at));
        const shown = final.get(url);
        if (latestEdit <= deletedAt) {
          expect(shown, `${url} deleted after its last edit`).toBeUndefined();
          continue;
        }
        expect(shown, `${url} edited after its last deletion`).toBeDefined();
        for (const [part, change] of parts) expect(valueOf(shown!, part), `${url} ${part}`).toBe(change.value);
      }
    } finally {
      await closeDevices(devices);
      await server.destroy();
    }
  },
  runs * 5000,
);
