/**
 * Builds the CLI into .output/cli/: scripts node compiles once and then takes from V8's code cache
 * (tsx compiled every source file on each call: seconds), run by extract.mjs (cli/start.mjs). pdf.js
 * and mammoth go to a chunk loaded only for documents, linkedom and Readability to one for pages.
 * `node cli/build.mjs` or `npm run build`; cli/run.mjs calls it when the bundle is missing or stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(ROOT, '.output', 'cli');
export const CLI_ENTRY = join(CLI_DIR, 'extract.mjs');

/**
 * i18n-iso-countries' Node entry registers every language (900 KB to load at each start);
 * lib/extract/places.ts registers the three it reads, as in the extension, which gets the browser entry.
 */
const countriesWithoutEveryLanguage = {
  name: 'countries-without-every-language',
  setup(build) {
    build.onResolve({ filter: /^i18n-iso-countries$/ }, () => ({ path: join(ROOT, 'node_modules', 'i18n-iso-countries', 'index.js') }));
  },
};

/**
 * i18n-iso-countries requires diacritics at load, which builds a map of a thousand characters there,
 * for getSimpleAlpha2Code alone, which the place reader never calls: the CLI requires it at that
 * function's first call.
 */
const diacriticsWhenCalled = {
  name: 'diacritics-when-called',
  setup(build) {
    build.onResolve({ filter: /^diacritics$/ }, () => ({ path: 'diacritics', namespace: 'diacritics-when-called' }));
    build.onLoad({ filter: /.*/, namespace: 'diacritics-when-called' }, () => ({
      contents: `exports.remove = (text) => require(${JSON.stringify(join(ROOT, 'node_modules', 'diacritics', 'index.js'))}).remove(text);`,
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};

/**
 * linkedom parses a <style> element's CSS (cssomnom, 200 KB evaluated at every start) only when its
 * `sheet` is read, which neither the collector nor Readability does: the CLI's DOM goes without it.
 */
const noStyleSheets = {
  name: 'no-style-sheets',
  setup(build) {
    build.onResolve({ filter: /^cssomnom\/parse$/ }, () => ({ path: 'cssomnom-parse', namespace: 'no-style-sheets' }));
    build.onLoad({ filter: /.*/, namespace: 'no-style-sheets' }, () => ({
      contents: "export function parse() { throw new Error('The CLI reads no style sheets (cli/build.mjs).'); }",
      loader: 'js',
    }));
  },
};

/**
 * zod exposes its 40 locales as `z.locales` (250 KB parsed at every start); its messages are in
 * English, which it loads on its own, and nothing here reads another locale.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(join('node_modules', 'zod')) ? { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-english-only' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * JSON that the sources import (the English messages, the country names in three languages, the cities'
 * table) as one JSON.parse of a string: esbuild's default, an object literal, is parsed and compiled as
 * code, which V8 does slower than it parses JSON. CommonJS packages' require() of JSON keeps the
 * default, which gives it the value itself.
 */
const jsonParsedAtRunTime = {
  name: 'json-parsed-at-run-time',
  setup(build) {
    const again = Symbol('resolved by esbuild');
    build.onResolve({ filter: /\.json$/ }, async (args) => {
      if (args.kind !== 'import-statement' || args.pluginData === again) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: again });
      return resolved.errors.length > 0 ? { errors: resolved.errors } : { path: resolved.path, namespace: 'json-parsed-at-run-time' };
    });
    build.onLoad({ filter: /.*/, namespace: 'json-parsed-at-run-time' }, async (args) => {
      const text = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/**
 * Non-ASCII characters as \u escapes: esbuild escapes them in strings but not in regular expressions,
 * and a script in ASCII alone is read without decoding (as latin1) and kept by V8 one byte a character.
 * A backslash that escaped the character would escape the escape: it goes, as it meant the character itself.
 */
function asciiOnly(code) {
  return code.replace(/(\\*)([\u0080-\uffff])/g, (_, backslashes, character) =>
    `${backslashes.slice(0, backslashes.length - (backslashes.length % 2))}\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * An ES module of the bundle → a script that cli/start.mjs runs through V8's code cache (see there):
 * its imports of other scripts become calls of the require() and __cliImport() it is given.
 */
async function scriptOf(module, minify) {
  const { transform } = await import('esbuild');
  const { code } = await transform(module, { format: 'cjs', platform: 'node', target: 'node20', charset: 'ascii', minify, define: { 'import.meta.url': '__cliFileUrl' }, logLevel: 'error' });
  return asciiOnly(code.replace(/\bimport\((?=["']\.\.?\/)/g, '__cliImport('));
}

/**
 * Removes from a built CLI's folder the scripts and caches that neither of the given lists of scripts
 * names: a build keeps its own and the previous build's, which a run started before it may still be
 * loading chunks of, and no more (cli/run.mjs rebuilds at every edit of a source). A cache is named
 * by its script, the script's hash, then node's version (cli/start.mjs).
 */
export function pruneBuilds(dir, keep) {
  const scripts = new Set(keep.flatMap((list) => Object.keys(list.hashes)));
  const caches = keep.flatMap((list) => Object.entries(list.hashes).map(([name, hash]) => `${name.replaceAll('/', '_')}.${hash}.`));
  for (const entry of readdirSync(join(dir, 'scripts'), { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !scripts.has(relative(dir, path).split(sep).join('/'))) rmSync(path, { force: true });
  }
  for (const name of existsSync(join(dir, 'cache')) ? readdirSync(join(dir, 'cache')) : []) {
    if (!caches.some((prefix) => name.startsWith(prefix))) rmSync(join(dir, 'cache', name), { force: true });
  }
}

export async function buildCli() {
  const { build } = await import('esbuild');
  // CLI_MINIFY=0 keeps the names, for reading a profile (node --cpu-prof) of the start-up.
  const minify = process.env.CLI_MINIFY !== '0';
  const result = await build({
    entryPoints: [join(ROOT, 'cli', 'extract.ts')],
    absWorkingDir: ROOT,
    outdir: join(CLI_DIR, 'scripts'),
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify,
    plugins: [countriesWithoutEveryLanguage, diacriticsWhenCalled, noStyleSheets, zodEnglishOnly, jsonParsedAtRunTime],
    write: false,
    logLevel: 'error',
    metafile: true,
  });
  const starter = readFileSync(join(ROOT, 'cli', 'start.mjs'), 'utf8');
  const scripts = { entry: '', hashes: {} };
  const files = [];
  for (const output of result.outputFiles) {
    const name = relative(CLI_DIR, output.path).split(sep).join('/');
    const contents = await scriptOf(output.text, minify);
    // The starter's text is in the hash too: it wraps each script, and a cache holds the wrapped code.
    scripts.hashes[name] = createHash('sha256').update(starter).update(contents).digest('hex').slice(0, 16);
    if (result.metafile.outputs[relative(ROOT, output.path).split(sep).join('/')]?.entryPoint === 'cli/extract.ts') scripts.entry = name;
    files.push([output.path, contents]);
  }
  // Scripts are named by their content and never rewritten; the list of them, then the entry that
  // reads it, are written last, each written then renamed: a second run started meanwhile (two tests
  // on a fresh clone) reads either the old build or the complete new one.
  files.push([join(CLI_DIR, 'scripts.json'), `${JSON.stringify(scripts, null, 2)}\n`], [CLI_ENTRY, starter]);
  let previous = null;
  try {
    previous = JSON.parse(readFileSync(join(CLI_DIR, 'scripts.json'), 'utf8'));
  } catch {
    // No previous build (or one from before the scripts' list): nothing of it to keep.
  }
  for (const [path, contents] of files) {
    mkdirSync(dirname(path), { recursive: true });
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, contents);
    renameSync(partial, path);
  }
  pruneBuilds(CLI_DIR, previous ? [scripts, previous] : [scripts]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(CLI_DIR, { recursive: true, force: true });
  await buildCli();
}
