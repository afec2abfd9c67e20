/**
 * Hunts for lost edits: random sequences of what users do, run against the real repository (on
 * fake-indexeddb) and a plain model of what they should see (test/support/user-model.ts). Seeded, so
 * a failure replays (MODEL_SEED=n); `npm run soak` runs many more under a fresh seed, printed.
 */
import 'fake-indexeddb/auto';
import { fc, test } from '@fast-check/vitest';
import { afterAll } from 'vitest';
import { userActions } from '../support/user-actions';
import { closeReal, emptyModel, freshReal, stats } from '../support/user-model';

const runs = Number(process.env.MODEL_RUNS ?? 300);
const seed = process.env.MODEL_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.MODEL_SEED ?? 20261202);

afterAll(() => {
  console.log(`model-based test: ${stats.sequences} sequences, ${stats.steps} steps (seed ${seed}, ${runs} runs asked)`);
});

test.prop([userActions], { numRuns: runs, seed, verbose: true })('no sequence of user actions loses what the user wrote', async (actions) => {
  stats.sequences++;
  const real = await freshReal();
  try {
    await fc.asyncModelRun(() => ({ model: emptyModel(), real }), actions);
  } finally {
    await closeReal(real);
  }
}, runs * 1000);
