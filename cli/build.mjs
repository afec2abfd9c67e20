/**
 * Builds the CLI into .output/cli/extract.mjs: one module node loads at once (tsx compiled every
 * source file on each call: seconds). pdf.js and mammoth go to a chunk loaded only for documents.
 * `node cli/build.mjs` or `npm run build`; cli/run.mjs calls it when the bundle is missing or stale.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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
 * JSON that the sources import (the cities' gazetteer, 200 KB; the English messages; country names) as
 * one JSON.parse of a string: esbuild's default, an object literal, is parsed and compiled as code,
 * which V8 does several times slower than it parses JSON. CommonJS packages' require() of JSON keeps
 * the default, which gives it the value itself.
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

export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(ROOT, 'cli', 'extract.ts')],
    absWorkingDir: ROOT,
    outdir: CLI_DIR,
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // CLI_MINIFY=0 keeps the names, for reading a profile (node --cpu-prof) of the start-up.
    minify: process.env.CLI_MINIFY !== '0',
    plugins: [countriesWithoutEveryLanguage, noStyleSheets, zodEnglishOnly, jsonParsedAtRunTime],
    write: false,
    logLevel: 'error',
    metafile: true,
    banner: {
      js: [
        // Bundled CommonJS (mammoth) still calls require() for node's own modules.
        "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
        // V8 first interprets a regular expression and compiles it only when it runs again: one page runs
        // hundreds of large patterns a few times each, and interpreting the largest first (the readers'
        // cue lists over every clause) cost about a tenth of a single file's CPU time. The flag is set at
        // the top of every file of the bundle, before any pattern runs; the extension is untouched.
        "import { setFlagsFromString as __setV8Flags } from 'node:v8'; __setV8Flags('--no-regexp-tier-up');",
      ].join('\n'),
    },
  });
  // Chunks first, each written then renamed, the entry last: a second run started meanwhile (two
  // tests on a fresh clone) reads either the old bundle or the complete new one.
  const outputs = [...result.outputFiles].sort((a, b) => (a.path === CLI_ENTRY) - (b.path === CLI_ENTRY));
  for (const output of outputs) {
    mkdirSync(dirname(output.path), { recursive: true });
    const partial = `${output.path}.${process.pid}.tmp`;
    writeFileSync(partial, output.contents);
    renameSync(partial, output.path);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(CLI_DIR, { recursive: true, force: true });
  await buildCli();
}
