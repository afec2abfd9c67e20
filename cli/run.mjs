/**
 * `npm run extract`: runs the built CLI, building it first when it is missing or older than a source
 * file (a fresh clone, a pull, an edit), so the bundle never runs stale code.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, '.output', 'cli', 'extract.mjs');

function newestSource() {
  let newest = statSync(join(ROOT, 'package-lock.json')).mtimeMs;
  for (const folder of ['cli', 'lib']) {
    for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

const built = statSync(ENTRY, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (built < newestSource()) await (await import('./build.mjs')).buildCli();
await import(pathToFileURL(ENTRY).href);
