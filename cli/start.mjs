/**
 * The built CLI's entry (.output/cli/extract.mjs, copied there by cli/build.mjs). It runs the bundle's
 * scripts through V8's code cache: compiling the bundle was the largest part of a single file's
 * start-up, and node 20 caches no compiled code for ES modules. Each script is compiled with the cache
 * kept beside it for this exact script (its hash in scripts.json) and this node (its version and
 * architecture in the cache's name); a script compiled without one, or whose cache V8 refused, gets one
 * written when the process exits, so that the next start finds it. A cache that cannot be read or
 * written only costs that start its speed.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script, constants } from 'node:vm';

// V8 first interprets a regular expression and compiles it only when it runs again: one page runs
// hundreds of large patterns a few times each, and interpreting the largest first (the readers' cue
// lists over every clause) cost about a tenth of a single file's CPU time. Set before any script is
// compiled, since V8 keys its code cache on its flags; the extension is untouched.
setFlagsFromString('--no-regexp-tier-up');

const HERE = dirname(fileURLToPath(import.meta.url));
/** { entry, hashes: { 'scripts/chunks/x.js': sha256 } }, written by cli/build.mjs with the scripts. */
const SCRIPTS = JSON.parse(readFileSync(join(HERE, 'scripts.json'), 'utf8'));
const CACHE_DIR = join(HERE, 'cache');
const nodeRequire = createRequire(import.meta.url);
const modules = new Map();
const uncached = [];

const cacheFileOf = (name) => join(CACHE_DIR, `${name.replaceAll('/', '_')}.${SCRIPTS.hashes[name]}.${process.version}-${process.arch}.bin`);

function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** A script of the bundle by its name ('scripts/chunks/x.js'), run once: its exports. */
function load(name) {
  const known = modules.get(name);
  if (known) return known.exports;
  const file = join(HERE, name);
  const cacheFile = cacheFileOf(name);
  const cachedData = readCache(cacheFile);
  // cli/build.mjs writes the scripts in ASCII alone: read as latin1, each byte is one character. Strict,
  // as the ES modules they were made from.
  const source = `(function (exports, require, module, __cliImport, __cliFileUrl) {'use strict';${readFileSync(file, 'latin1')}\n})`;
  const script = new Script(source, { filename: file, cachedData, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  if (cachedData === undefined || script.cachedDataRejected) uncached.push({ script, cacheFile });
  const module = { exports: {} };
  modules.set(name, module);
  const from = (specifier) => posix.join(posix.dirname(name), specifier);
  const require = (specifier) => (specifier.startsWith('.') ? load(from(specifier)) : nodeRequire(specifier));
  const importChunk = (specifier) => Promise.resolve().then(() => load(from(specifier)));
  script.runInThisContext()(module.exports, require, module, importChunk, pathToFileURL(file).href);
  return module.exports;
}

process.once('exit', () => {
  for (const { script, cacheFile } of uncached) {
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      const partial = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile);
    } catch {
      // A read-only install: every start compiles, as without a cache.
    }
  }
});

load(SCRIPTS.entry);
